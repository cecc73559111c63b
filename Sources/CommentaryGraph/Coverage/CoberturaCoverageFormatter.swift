/// Cobertura XML (coverage-04.dtd), the coverage report GitLab merge requests, Jenkins'
/// Coverage plugin and Azure Pipelines read: a package per book in scope, a class per chapter
/// (name `Exod.32`, `filename` `Exod/32` as the lcov records name it), and a line per verse whose `hits` is
/// the number of pages holding it.
///
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
/// <coverage line-rate="0.0115" branch-rate="0" lines-covered="14" lines-valid="1213" …>
///   <sources><source>.</source></sources>
///   <packages>
///     <package name="Exod" line-rate="0.0115" branch-rate="0" complexity="0">
///       <classes>
///         <class name="Exod.32" filename="Exod/32" line-rate="0.4000" branch-rate="0" complexity="0">
///           <methods/>
///           <lines>
///             <line number="1" hits="2"/>
/// ```
///
/// Rates have four decimals, rounded as percents are (never `1.0000` while a verse is missing,
/// nor `0.0000` while one is covered); there are
/// no branches, so branch rates are 0. `timestamp` is 0 so that equal reports give equal bytes.
public struct CoberturaCoverageFormatter: CoverageFormatter {
    /// The DOCTYPE's system id: the DTD the document follows.
    public static let dtd = "http://cobertura.sourceforge.net/xml/coverage-04.dtd"

    /// A Cobertura formatter.
    public init() {}

    /// The XML document, ending with a newline.
    public func format(_ report: CoverageReport) -> String {
        let totals = report.totals
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE coverage SYSTEM "\(Self.dtd)">
            <coverage line-rate="\(Self.rate(totals))" branch-rate="0" lines-covered="\(totals.covered)" \
            lines-valid="\(totals.verses)" branches-covered="0" branches-valid="0" complexity="0" \
            version="\(Markup.escaped(VersegraphTool.version))" timestamp="0">
              <sources>
                <source>.</source>
              </sources>
              <packages>

            """
        for book in report.books {
            let id = Markup.escaped(book.book.osisID)
            xml += "    <package name=\"\(id)\" line-rate=\"\(Self.rate(book))\" branch-rate=\"0\" complexity=\"0\">\n"
            xml += "      <classes>\n"
            for chapter in book.chapters {
                xml +=
                    "        <class name=\"\(id).\(chapter.chapter)\" "
                    + "filename=\"\(id)/\(chapter.chapter)\" line-rate=\"\(Self.rate(chapter))\" branch-rate=\"0\" "
                    + "complexity=\"0\">\n          <methods/>\n          <lines>\n"
                for (offset, pages) in chapter.pageCounts.enumerated() {
                    xml += "            <line number=\"\(offset + 1)\" hits=\"\(pages)\"/>\n"
                }
                xml += "          </lines>\n        </class>\n"
            }
            xml += "      </classes>\n    </package>\n"
        }
        return xml + "  </packages>\n</coverage>\n"
    }

    /// covered/verses with four decimals (`0.0115`, `1.0000`), the percent in hundredths; 1
    /// when there is nothing to cover.
    static func rate(_ counts: some CoverageCounts) -> String {
        let tenThousandths = counts.percentHundredths
        let fraction = String(tenThousandths % 10_000)
        return "\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
