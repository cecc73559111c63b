import CommentaryGraph
import Foundation
import Testing

@Suite("Cobertura coverage format")
struct CoberturaCoverageFormatterTests {
    @Test func goldenForTwoJohn() {
        let report = CoverageReport(
            nodes: [CoverageFixtures.node("2 John 1-3", [.synopsis, .commentary], pages: 2)],
            scope: .books([CoverageFixtures.book("2John")]), versification: .kjv)
        var lines = ["<line number=\"1\" hits=\"2\"/>", "<line number=\"2\" hits=\"2\"/>", "<line number=\"3\" hits=\"2\"/>"]
        lines += (4...13).map { "<line number=\"\($0)\" hits=\"0\"/>" }
        #expect(
            CoberturaCoverageFormatter().format(report) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
                <coverage line-rate="0.2308" branch-rate="0" lines-covered="3" lines-valid="13" branches-covered="0" branches-valid="0" complexity="0" version="\(VersegraphTool.version)" timestamp="0">
                  <sources>
                    <source>.</source>
                  </sources>
                  <packages>
                    <package name="2John" line-rate="0.2308" branch-rate="0" complexity="0">
                      <classes>
                        <class name="2John.1" filename="2John/1" line-rate="0.2308" branch-rate="0" complexity="0">
                          <methods/>
                          <lines>
                \(lines.map { "            " + $0 }.joined(separator: "\n"))
                          </lines>
                        </class>
                      </classes>
                    </package>
                  </packages>
                </coverage>

                """)
    }

    /// coverage-04.dtd as cobertura.sourceforge.net publishes it (the DTD GitLab, Jenkins'
    /// Coverage plugin and coverage.py follow).
    static let dtd = """
        <!ELEMENT coverage (sources?,packages)>
        <!ATTLIST coverage line-rate        CDATA #REQUIRED>
        <!ATTLIST coverage branch-rate      CDATA #REQUIRED>
        <!ATTLIST coverage lines-covered    CDATA #REQUIRED>
        <!ATTLIST coverage lines-valid      CDATA #REQUIRED>
        <!ATTLIST coverage branches-covered CDATA #REQUIRED>
        <!ATTLIST coverage branches-valid   CDATA #REQUIRED>
        <!ATTLIST coverage complexity       CDATA #REQUIRED>
        <!ATTLIST coverage version          CDATA #REQUIRED>
        <!ATTLIST coverage timestamp        CDATA #REQUIRED>
        <!ELEMENT sources (source*)>
        <!ELEMENT source (#PCDATA)>
        <!ELEMENT packages (package*)>
        <!ELEMENT package (classes)>
        <!ATTLIST package name        CDATA #REQUIRED>
        <!ATTLIST package line-rate   CDATA #REQUIRED>
        <!ATTLIST package branch-rate CDATA #REQUIRED>
        <!ATTLIST package complexity  CDATA #REQUIRED>
        <!ELEMENT classes (class*)>
        <!ELEMENT class (methods,lines)>
        <!ATTLIST class name        CDATA #REQUIRED>
        <!ATTLIST class filename    CDATA #REQUIRED>
        <!ATTLIST class line-rate   CDATA #REQUIRED>
        <!ATTLIST class branch-rate CDATA #REQUIRED>
        <!ATTLIST class complexity  CDATA #REQUIRED>
        <!ELEMENT methods (method*)>
        <!ELEMENT method (lines)>
        <!ATTLIST method name        CDATA #REQUIRED>
        <!ATTLIST method signature   CDATA #REQUIRED>
        <!ATTLIST method line-rate   CDATA #REQUIRED>
        <!ATTLIST method branch-rate CDATA #REQUIRED>
        <!ATTLIST method complexity  CDATA #REQUIRED>
        <!ELEMENT lines (line*)>
        <!ELEMENT line (conditions*)>
        <!ATTLIST line number CDATA #REQUIRED>
        <!ATTLIST line hits   CDATA #REQUIRED>
        <!ATTLIST line branch CDATA "false">
        <!ATTLIST line condition-coverage CDATA "100%">
        <!ELEMENT conditions (condition*)>
        <!ELEMENT condition EMPTY>
        <!ATTLIST condition number CDATA #REQUIRED>
        <!ATTLIST condition type CDATA #REQUIRED>
        <!ATTLIST condition coverage CDATA #REQUIRED>

        """

    @Test func aWholeCanonReportIsValidAgainstTheDTD() throws {
        let report = CoverageReport(nodes: CoverageFixtures.nodes, versification: .kjv)
        let dtd = try ExternalTool.temporaryFile(Self.dtd, extension: "dtd")
        // The document's DOCTYPE names the published DTD; the copy names the local one.
        let document = CoberturaCoverageFormatter().format(report)
            .replacingOccurrences(of: CoberturaCoverageFormatter.dtd, with: dtd.path)
        let xml = try ExternalTool.temporaryFile(document, extension: "xml")
        defer {
            try? FileManager.default.removeItem(at: xml)
            try? FileManager.default.removeItem(at: dtd)
        }
        let run = try ExternalTool.run(["xmllint", "--noout", "--nonet", "--valid", xml.path])
        run.expectSuccess(needing: "xmllint (apt-get install libxml2-utils)")
        #expect(run.stderr == "")
        // The rule a DTD cannot state: lines-covered and lines-valid add up the lines.
        let text = try String(contentsOf: xml, encoding: .utf8)
        #expect(text.components(separatedBy: "<line ").count - 1 == 31_102)
        #expect(text.components(separatedBy: "<package ").count - 1 == 66)
        #expect(text.components(separatedBy: "<class ").count - 1 == 1_189)
        #expect(text.contains(#"lines-covered="29" lines-valid="31102""#))
    }

    @Test func ratesHaveFourDecimals() {
        let report = CoverageFixtures.bandsReport
        #expect(CoberturaCoverageFormatter().format(report).contains(#"<coverage line-rate="0.7119""#))
        #expect(CoberturaCoverageFormatter().format(report).contains(#"<package name="Obad" line-rate="1.0000""#))
    }
}
