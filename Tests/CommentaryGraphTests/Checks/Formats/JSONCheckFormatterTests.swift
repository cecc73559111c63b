import CommentaryGraph
import Foundation
import Testing

@Suite("JSON check format")
struct JSONCheckFormatterTests {
    @Test func goldenDocument() {
        #expect(
            JSONCheckFormatter().format(CheckFixtures.report) == #"""
                {
                  "findings": [
                    {
                      "file": "my pages/100% done.html",
                      "line": 12,
                      "message": "link “a|b” says \"<x> & y\", then\nleads back to this page",
                      "rule": "self-link",
                      "severity": "warning",
                      "target": "my-page"
                    },
                    {
                      "file": "site/en/commentary/exo+25:31",
                      "line": 1,
                      "message": "no other page links to this commentary",
                      "rule": "orphan-page",
                      "severity": "note",
                      "source": "Exod.25.31-Exod.25.40"
                    },
                    {
                      "file": "site/en/synopsis/exo+32:10",
                      "line": 140,
                      "message": "link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:7-14",
                      "rule": "text-target-mismatch",
                      "severity": "error",
                      "source": "Exod.32.10",
                      "target": "Exod.32.7-Exod.32.14"
                    },
                    {
                      "file": "site/en/synopsis/exo+32:10",
                      "line": 141,
                      "message": "related link “Numbers 14:11-19 meaning” leads to https://example.org/en/commentary/num+14:11",
                      "rule": "dangling-link",
                      "severity": "error",
                      "source": "Exod.32.10",
                      "target": "Num.14.11-Num.14.19"
                    }
                  ],
                  "summary": {
                    "errors": 2,
                    "notes": 1,
                    "pages": 5,
                    "warnings": 1
                  }
                }

                """#)
    }

    @Test func cleanReportHasAnEmptyList() {
        #expect(
            JSONCheckFormatter().format(CheckFixtures.clean) == """
                {
                  "findings": [],
                  "summary": {
                    "errors": 0,
                    "notes": 0,
                    "pages": 1,
                    "warnings": 0
                  }
                }

                """)
    }

    @Test func foundationReadsItBackWithoutTheInternalURL() throws {
        let text = JSONCheckFormatter().format(CheckFixtures.report)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == 4)
        #expect(findings[2]["message"] as? String == CheckFixtures.findings[1].message)
        #expect(findings[0]["message"] as? String == CheckFixtures.awkwardMessage)
        #expect(findings.allSatisfy { $0["url"] == nil && $0["column"] == nil })
        #expect(!text.contains("null"))
    }
}
