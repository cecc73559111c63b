import CommentaryGraph
import Testing

@Suite("Text check format")
struct TextCheckFormatterTests {
    @Test func goldenFindingsAndSummary() {
        #expect(
            TextCheckFormatter().format(CheckFixtures.report) == """
                my pages/100% done.html:12:1: warning: [self-link] link “a|b” says "<x> & y", then
                    leads back to this page
                site/en/commentary/exo+25:31:1:1: note: [orphan-page] no other page links to this commentary
                site/en/synopsis/exo+32:10:140:1: error: [text-target-mismatch] link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:7-14
                site/en/synopsis/exo+32:10:141:1: error: [dangling-link] related link “Numbers 14:11-19 meaning” leads to https://example.org/en/commentary/num+14:11
                2 errors, 1 warning, 1 note in 5 pages

                """)
    }

    @Test func cleanReportSaysSo() {
        #expect(TextCheckFormatter().format(CheckFixtures.clean) == "no problems found in 1 page\n")
    }

    @Test func stylerDecoratesOnlyTheSeverityWord() {
        let styled = TextCheckFormatter(styler: { "<\($1):\($0)>" }).format(CheckFixtures.report)
        let lines = styled.split(separator: "\n")
        #expect(lines[0] == "my pages/100% done.html:12:1: <warning:warning>: [self-link] link “a|b” says \"<x> & y\", then")
        #expect(lines[2] == "site/en/commentary/exo+25:31:1:1: <note:note>: [orphan-page] no other page links to this commentary")
        #expect(lines[3].hasPrefix("site/en/synopsis/exo+32:10:140:1: <error:error>: [text-target-mismatch] link text"))
        // The summary is not styled: only finding lines carry a severity word.
        #expect(lines.last == "2 errors, 1 warning, 1 note in 5 pages")
        let plain = styled.replacing(/<(error|warning|note):(\w+)>/) { $0.output.2 }
        #expect(plain == TextCheckFormatter().format(CheckFixtures.report))
    }

    @Test(arguments: [
        ([0, 0, 0], 47, "no problems found in 47 pages"),
        ([1, 0, 0], 1, "1 error, 0 warnings, 0 notes in 1 page"),
        ([3, 2, 1], 47, "3 errors, 2 warnings, 1 note in 47 pages"),
        ([0, 1, 2], 2, "0 errors, 1 warning, 2 notes in 2 pages"),
    ])
    func summaryWordingIsSingularOrPlural(counts: [Int], pages: Int, expected: String) {
        var findings: [Finding] = []
        for (severity, count) in zip(Severity.allCases, counts) {
            for line in 0..<count {
                findings.append(
                    Finding(
                        rule: "r", severity: severity, file: "f", line: line, source: nil, target: nil,
                        message: "\(severity)"))
            }
        }
        let report = CheckReport(findings: findings, rules: [], pagesChecked: pages)
        #expect(report.summaryText == expected)
        #expect(TextCheckFormatter().format(report).hasSuffix(expected + "\n"))
    }

    @Test func formatEnumPassesTheStylerToTextOnly() {
        let styler: CheckStyler = { "[\($0)]" + "\($1)".prefix(1) }
        #expect(CheckFormat.text.formatter(styler: styler).format(CheckFixtures.report).contains(": [note]n: [orphan-page]"))
        #expect(CheckFormat.text.formatter().format(CheckFixtures.report) == TextCheckFormatter().format(CheckFixtures.report))
        for format in CheckFormat.allCases where format != .text {
            #expect(
                format.formatter(styler: styler).format(CheckFixtures.report)
                    == format.formatter().format(CheckFixtures.report))
        }
    }
}
