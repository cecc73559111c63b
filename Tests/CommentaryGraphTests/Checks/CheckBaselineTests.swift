import CommentaryGraph
import Foundation
import Testing

@Suite("Check baseline")
struct CheckBaselineTests {
    private func baseline(of report: CheckReport) throws -> CheckBaseline {
        try CheckBaseline(json: JSONCheckFormatter().format(report), source: "baseline.json")
    }

    @Test func aReportFilteredByItsOwnJSONIsEmpty() throws {
        let report = CheckFixtures.report
        let filtered = try baseline(of: report).removingKnown(from: report)
        #expect(filtered.findings.isEmpty)
        #expect(filtered.rules == report.rules)
        #expect(filtered.pagesChecked == report.pagesChecked)
        #expect(try baseline(of: report) == CheckBaseline(report: report))
    }

    @Test func aNewFindingSurvivesAndAMovedOneIsKnown() throws {
        var findings = CheckFixtures.findings
        findings[0].line += 3  // an edit above the link moved it
        let new = Finding(
            rule: "self-link", severity: .warning, file: "site/en/synopsis/exo+32:4", line: 7, source: "Exod.32.4",
            target: "Exod.32.4", message: "related link “Exodus 32:4 meaning” leads back to this page")
        findings.append(new)
        let later = CheckReport(findings: findings, rules: CheckFixtures.rules, pagesChecked: 5)
        #expect(try baseline(of: CheckFixtures.report).removingKnown(from: later).findings == [new])
    }

    @Test func aChangedMessageOrTargetIsNew() throws {
        var findings = CheckFixtures.findings
        findings[1].target = "Exod.32.15-Exod.32.20"
        findings[3].message = "no page links here"
        let later = CheckReport(findings: findings, rules: [], pagesChecked: 5)
        let left = try baseline(of: CheckFixtures.report).removingKnown(from: later).findings
        #expect(left == [findings[3], findings[1]])
    }

    @Test func missingOrNullSourceAndTargetAreTolerated() throws {
        let json = """
            {"findings": [{"rule": "orphan-page", "file": "a", "message": "m"},
                          {"rule": "self-link", "file": "b", "message": "n", "source": null, "target": "t"}]}
            """
        let known = try CheckBaseline(json: json, source: "hand.json")
        let report = CheckReport(
            findings: [
                Finding(rule: "orphan-page", severity: .note, file: "a", line: 9, source: nil, target: nil, message: "m"),
                Finding(rule: "self-link", severity: .warning, file: "b", line: 2, source: nil, target: "t", message: "n"),
                Finding(rule: "self-link", severity: .warning, file: "b", line: 2, source: "Gen.1.1", target: "t", message: "n"),
            ], rules: [], pagesChecked: 2)
        #expect(known.removingKnown(from: report).findings.map(\.source) == ["Gen.1.1"])
    }

    @Test(arguments: [
        ("not json", "x.json: the baseline is not valid JSON"),
        ("[1, 2]", "x.json: the baseline is not a versegraph check report (no \"findings\" array)"),
        (#"{"findings": [3]}"#, "x.json: baseline finding 1: not an object"),
        (#"{"findings": [{"rule": "r", "file": "f"}]}"#, "x.json: baseline finding 1: no \"message\""),
        (#"{"findings": [{"rule": "r", "file": 2, "message": "m"}]}"#, "x.json: baseline finding 1: \"file\" is not a string"),
    ])
    func errorsNameTheFileAndTheProblem(json: String, start: String) {
        #expect {
            _ = try CheckBaseline(json: json, source: "x.json")
        } throws: { error in
            "\(error)".hasPrefix(start)
        }
    }

    @Test func loadNamesAMissingFile() throws {
        #expect(throws: CheckBaselineError.self) { try CheckBaseline.load(from: "/nonexistent/baseline.json") }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("versegraph-baseline-\(UUID()).json")
        try Data(JSONCheckFormatter().format(CheckFixtures.report).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try CheckBaseline.load(from: url.path) == CheckBaseline(report: CheckFixtures.report))
    }
}
