import Foundation
import Testing

@testable import CommentaryGraph

@Suite("SARIF check format")
struct SARIFCheckFormatterTests {
    @Test func goldenLogOfOneFinding() {
        let report = CheckReport(
            findings: [CheckFixtures.findings[2]], rules: [CheckFixtures.rules[3]], pagesChecked: 1)
        #expect(
            SARIFCheckFormatter().format(report) == #"""
                {
                  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
                  "runs": [
                    {
                      "results": [
                        {
                          "level": "warning",
                          "locations": [
                            {
                              "physicalLocation": {
                                "artifactLocation": {
                                  "uri": "my%20pages/100%25%20done.html"
                                },
                                "region": {
                                  "startColumn": 1,
                                  "startLine": 12
                                }
                              }
                            }
                          ],
                          "message": {
                            "text": "link “a|b” says \"<x> & y\", then\nleads back to this page"
                          },
                          "partialFingerprints": {
                            "versegraph/v1": "df3f1b6d853659da"
                          },
                          "ruleId": "self-link",
                          "ruleIndex": 0
                        }
                      ],
                      "tool": {
                        "driver": {
                          "name": "versegraph",
                          "rules": [
                            {
                              "defaultConfiguration": {
                                "level": "warning"
                              },
                              "fullDescription": {
                                "text": "A page links to itself, which leads a reader nowhere. Point the link at the page it meant, or remove it."
                              },
                              "helpUri": "https://github.com/your-org/versegraph/blob/main/README.md#self-link",
                              "id": "self-link",
                              "shortDescription": {
                                "text": "A page links to itself."
                              }
                            }
                          ],
                          "version": "0.1.0"
                        }
                      }
                    }
                  ],
                  "version": "2.1.0"
                }

                """#)
    }

    /// A rule a hand-made report invented has no section of its own: its full description is
    /// its summary and its help is the list of rules.
    @Test func unknownRulesLinkToTheListOfRules() throws {
        let rule = RuleDescription(id: "house-rule", defaultSeverity: .note, summary: "Ours.")
        let log = SARIFCheckFormatter().format(CheckReport(findings: [], rules: [rule], pagesChecked: 1))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let described = try #require((driver["rules"] as? [[String: Any]])?.first)
        #expect((described["fullDescription"] as? [String: String])?["text"] == "Ours.")
        #expect(described["helpUri"] as? String == "https://github.com/your-org/versegraph/blob/main/README.md#rules")
    }

    /// The fields SARIF 2.1.0 and GitHub code scanning require, checked by hand: no copy of
    /// the schema is available offline to validate against.
    @Test func fullReportHasTheRequiredStructure() throws {
        let text = SARIFCheckFormatter().format(CheckFixtures.report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "versegraph")
        #expect(driver["version"] as? String == VersegraphTool.version)
        #expect(driver["informationUri"] == nil, "no made-up home page")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == CheckFixtures.rules.map(\.id))
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == CheckFixtures.report.findings.count)
        var fingerprints = Set<String>()
        for (result, finding) in zip(results, CheckFixtures.report.findings) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            #expect(result["ruleId"] as? String == finding.rule)
            #expect(["error", "warning", "note"].contains(result["level"] as? String))
            #expect((result["message"] as? [String: Any])?["text"] as? String == finding.message)
            let location = try #require((result["locations"] as? [[String: Any]])?.first)
            let physical = try #require(location["physicalLocation"] as? [String: Any])
            let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(uri.removingPercentEncoding == finding.file)
            let region = try #require(physical["region"] as? [String: Any])
            #expect(region["startLine"] as? Int == finding.line)
            #expect(region["startColumn"] as? Int == 1)
            let fingerprint = try #require((result["partialFingerprints"] as? [String: Any])?["versegraph/v1"] as? String)
            #expect(fingerprint.count == 16 && fingerprint.allSatisfy(\.isHexDigit))
            fingerprints.insert(fingerprint)
        }
        #expect(fingerprints.count == results.count)
    }

    @Test func fingerprintIsFNV1aOfTheBaselineKeyAndIgnoresTheLine() {
        // Reference value computed with Python's FNV-1a 64 over the key's UTF-8 bytes.
        #expect(CheckFixtures.findings[3].fingerprint == "888bec3c71ff6c7f")
        var moved = CheckFixtures.findings[3]
        moved.line += 10
        #expect(moved.fingerprint == CheckFixtures.findings[3].fingerprint)
        moved.message += "!"
        #expect(moved.fingerprint != CheckFixtures.findings[3].fingerprint)
    }

    @Test(arguments: [
        ("Inputs/thebiblesays.com/en/synopsis/exo+32:10", "Inputs/thebiblesays.com/en/synopsis/exo+32:10"),
        ("my pages/100% done.html", "my%20pages/100%25%20done.html"),
        // In a first segment, `:` would read as the end of a scheme.
        ("exo+32:10", "exo+32%3A10"),
        ("/srv/site/a b", "file:///srv/site/a%20b"),
        ("é#?[x]", "%C3%A9%23%3F%5Bx%5D"),
    ])
    func pathsBecomeURIReferences(path: String, uri: String) {
        #expect(SARIFCheckFormatter.uri(ofPath: path) == uri)
    }

    @Test func findingsOfUnlistedRulesGetARule() throws {
        let report = CheckReport(findings: CheckFixtures.findings, rules: [], pagesChecked: 1)
        let text = SARIFCheckFormatter().format(report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(
            rules.compactMap { $0["id"] as? String } == ["dangling-link", "orphan-page", "self-link", "text-target-mismatch"])
    }
}
