import CommentaryGraph
import Testing

@Suite struct DiffFormatterTests {
    @Test func goldenText() throws {
        #expect(
            TextDiffFormatter().format(try DiffFixtures.diff) == #"""
                findings: 2 new (1 error), 1 fixed, 3 unchanged
                + site/en/synopsis/exo+32:10:150:1: error: [text-target-mismatch] link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:7-14
                + site/en/synopsis/exo+32:9:127:1: warning: [missing-deeper] no Deeper Commentary section
                - my pages/100% done.html:12:1: warning: [self-link] link “a|b” says "<x> & y", then
                    leads back to this page
                coverage: 26.53% → 45.92% (+19.39)
                  Ruth  27.06% → 49.41% (+22.35)  gained Ruth.1.6-Ruth.2.3  lost Ruth.3.18

                """#)
    }

    @Test func goldenJSON() throws {
        #expect(
            JSONDiffFormatter().format(try DiffFixtures.diff) == #"""
                {
                  "coverage": {
                    "books": [
                      {
                        "after": 49.41,
                        "before": 27.06,
                        "book": "Ruth",
                        "change": 22.35,
                        "gained": ["Ruth.1.6-Ruth.2.3"],
                        "lost": ["Ruth.3.18"]
                      },
                      {
                        "after": 23.08,
                        "before": 23.08,
                        "book": "2John",
                        "change": 0.00,
                        "gained": [],
                        "lost": []
                      }
                    ],
                    "totals": {
                      "after": 45.92,
                      "before": 26.53,
                      "change": 19.39
                    }
                  },
                  "findings": {
                    "fixed": [
                      {
                        "file": "my pages/100% done.html",
                        "line": 12,
                        "message": "link “a|b” says \"<x> & y\", then\nleads back to this page",
                        "rule": "self-link",
                        "severity": "warning",
                        "target": "my-page"
                      }
                    ],
                    "new": [
                      {
                        "file": "site/en/synopsis/exo+32:10",
                        "line": 150,
                        "message": "link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:7-14",
                        "rule": "text-target-mismatch",
                        "severity": "error",
                        "source": "Exod.32.10",
                        "target": "Exod.32.7-Exod.32.14"
                      },
                      {
                        "file": "site/en/synopsis/exo+32:9",
                        "line": 127,
                        "message": "no Deeper Commentary section",
                        "rule": "missing-deeper",
                        "severity": "warning",
                        "source": "Exod.32.9"
                      }
                    ],
                    "unchanged": [
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
                        "line": 144,
                        "message": "related link “Numbers 14:11-19 meaning” leads to https://example.org/en/commentary/num+14:11",
                        "rule": "dangling-link",
                        "severity": "error",
                        "source": "Exod.32.10",
                        "target": "Num.14.11-Num.14.19"
                      }
                    ]
                  }
                }

                """#)
    }

    @Test func goldenMarkdown() throws {
        #expect(
            MarkdownDiffFormatter().format(try DiffFixtures.diff) == #"""
                ### versegraph diff: findings 2 new (1 error), 1 fixed, 3 unchanged; coverage 26.53% → 45.92% (+19.39)

                | Book | Before | After | Change | Gained | Lost |
                | :--- | ---: | ---: | ---: | :--- | :--- |
                | Ruth | 27.06% | 49.41% | +22.35 | Ruth.1.6-Ruth.2.3 | Ruth.3.18 |

                | Change | Severity | Rule | File:Line | Message |
                | :--- | :--- | :--- | :--- | :--- |
                | new | error | text-target-mismatch | site/en/synopsis/exo+32:10:150 | link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:7-14 |
                | new | warning | missing-deeper | site/en/synopsis/exo+32:9:127 | no Deeper Commentary section |
                | fixed | warning | self-link | my pages/100% done.html:12 | link “a\|b” says "&lt;x&gt; &amp; y", then<br>leads back to this page |

                """#)
    }

    @Test func reportsNotComparedAreNull() {
        let json = JSONDiffFormatter().format(ReportDiff(findings: nil, coverage: nil))
        #expect(json == "{\n  \"coverage\": null,\n  \"findings\": null\n}\n")
    }

    @Test func theMarkdownStaysUnderItsLimit() {
        // 20,000 new findings of about 180 bytes a row: 3.6 MB of table.
        let findings = (1...20_000).map { index in
            Finding(
                rule: "dangling-link", severity: .error, file: "site/page-\(index)", line: index, source: nil,
                target: "t\(index)", message: String(repeating: "broken ", count: 20))
        }
        let diff = ReportDiff(findings: FindingsDiff(before: [], after: findings), coverage: nil)
        let markdown = MarkdownDiffFormatter().format(diff)
        #expect(markdown.utf8.count <= 1_000_000)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| new |") }.count
        #expect(rows > 4_000)
        #expect(markdown.hasSuffix("… \(20_000 - rows) more, see versegraph diff --format json\n"))
        let small = MarkdownDiffFormatter(limit: 2_000).format(diff)
        #expect(small.utf8.count <= 2_000)
    }

    @Test func longRangeListsAreCut() throws {
        let ruth = CoverageFixtures.book("Ruth")
        let alternate = BookSnapshot(book: ruth, covered: (0..<85).map { $0 % 2 == 0 })
        let none = BookSnapshot(book: ruth, covered: [Bool](repeating: false, count: 85))
        let coverage = try CoverageDiff(
            before: CoverageSnapshot(kind: "any", scope: "Ruth", versification: .kjv, books: [none]),
            after: CoverageSnapshot(kind: "any", scope: "Ruth", versification: .kjv, books: [alternate]))
        #expect(coverage.books[0].gained.count == 43)
        let markdown = MarkdownDiffFormatter(rangesPerCell: 2).format(ReportDiff(findings: nil, coverage: coverage))
        #expect(markdown.contains("| Ruth | 0.00% | 50.59% | +50.59 | Ruth.1.1, Ruth.1.3 and 41 more |  |"))
    }
}
