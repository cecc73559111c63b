import CommentaryGraph
import Testing

@Suite struct CheckReportJSONTests {
    @Test func aCheckJSONReadsBackWithEveryField() throws {
        let json = JSONCheckFormatter().format(CheckFixtures.report)
        let read = try CheckReport(json: json, source: "check.json")
        #expect(
            read.findings
                == CheckFixtures.report.findings.map { finding in
                    var finding = finding
                    finding.url = nil  // check.json leaves the link URL out
                    return finding
                })
        #expect(read.pagesChecked == 5)
    }

    @Test func aFindingWithoutSeverityOrLineIsNamed() {
        let cases: [(String, String)] = [
            (#"{"findings": [{"rule": "r", "file": "f", "line": 1, "message": "m"}]}"#, "check.json: finding 1: no \"severity\""),
            (
                #"{"findings": [{"rule": "r", "severity": "fatal", "file": "f", "line": 1, "message": "m"}]}"#,
                "check.json: finding 1: \"severity\" is not error, warning or note"
            ),
            (
                #"{"findings": [{"rule": "r", "severity": "note", "file": "f", "message": "m"}]}"#,
                "check.json: finding 1: no \"line\" number"
            ),
            ("[1]", "check.json: not a versegraph check report"),
            ("{", "check.json: not valid JSON"),
        ]
        for (json, message) in cases {
            let error = #expect(throws: ReportFileError.self, "\(json)") { try CheckReport(json: json, source: "check.json") }
            #expect(error.map { "\($0)".hasPrefix(message) } == true, "\(String(describing: error))")
        }
    }
}
