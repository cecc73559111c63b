import Foundation
import Testing

/// A file name is text from the inputs: a newline or an escape character in it must not forge
/// a line of its own, or colour a terminal, when versegraph names the file.
@Suite("versegraph file names on standard error")
struct FileNameEscapingCommandTests {
    @Test func controlCharactersInANameArePrintedEscaped() throws {
        let folder = try ScratchFolder()
        try folder.write("site/thebiblesays.com/en/synopsis/rut+1:1", minimalPage("Ruth 1:1"))
        // Garbage bytes: both files are skipped, so both names are printed.
        try folder.write("site/a\nb.html", bytes: [0x00, 0x01])
        try folder.write("site/c\u{1B}[31md.html", bytes: [0x00, 0x01])
        let run = try folder.run(["build", "site", "--out", "out", "--svg", "never"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4, "two skipped lines, the summary, and the end of the last line: \(run.stderr)")
        #expect(lines.first?.hasPrefix("versegraph: skipped site/a\\u{a}b.html: ") == true, "\(run.stderr)")
        #expect(lines.dropFirst().first?.hasPrefix("versegraph: skipped site/c\\u{1b}[31md.html: ") == true, "\(run.stderr)")
        #expect(!run.stderr.unicodeScalars.contains("\u{1B}"), "no raw escape character")
        #expect(!run.stderr.contains("\r"))
        #expect(run.stderr.contains("1 page read, 2 skipped"), "\(run.stderr)")
    }
}
