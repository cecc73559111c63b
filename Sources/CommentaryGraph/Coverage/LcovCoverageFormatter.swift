/// An lcov tracefile with a record per chapter in scope, so that `genhtml` and coverage
/// services show the Bible as a tree of books (folders) and chapters (files):
///
/// ```
/// TN:versegraph
/// SF:Exod/32
/// DA:1,1
/// DA:2,0
/// ...
/// LF:35
/// LH:12
/// end_of_record
/// ```
///
/// Each verse is a line (`DA:<verse>,<pages holding it>`), so LF is the chapter's verses and
/// LH its covered verses. The `SF` paths name no real file, so run `genhtml --no-source`
/// (checked with lcov 1.16, which then draws a page per book and per chapter).
public struct LcovCoverageFormatter: CoverageFormatter {
    /// The test name written on every record's `TN:` line.
    public let testName: String

    /// A formatter whose records carry `testName`. lcov test names are identifiers, so
    /// characters other than letters, digits and `_` are written as `_`.
    public init(testName: String = "versegraph") {
        self.testName = String(testName.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    /// The tracefile, ending with a newline.
    public func format(_ report: CoverageReport) -> String {
        var text = ""
        for book in report.books {
            for chapter in book.chapters {
                text += "TN:\(testName)\nSF:\(book.book.osisID)/\(chapter.chapter)\n"
                for (offset, pages) in chapter.pageCounts.enumerated() {
                    text += "DA:\(offset + 1),\(pages)\n"
                }
                text += "LF:\(chapter.verses)\nLH:\(chapter.covered)\nend_of_record\n"
            }
        }
        return text
    }
}
