import Testing

@testable import CommentaryGraph

@Suite("GitHub check format")
struct GitHubCheckFormatterTests {
    @Test func goldenAnnotationsAndSummaryTable() {
        #expect(
            GitHubCheckFormatter().format(CheckFixtures.report) == #"""
                ::warning file=my pages/100%25 done.html,line=12,col=1,title=self-link::link “a|b” says "<x> & y", then%0Aleads back to this page
                ::notice file=site/en/commentary/exo+25%3A31,line=1,col=1,title=orphan-page::no other page links to this commentary
                ::error file=site/en/synopsis/exo+32%3A10,line=140,col=1,title=text-target-mismatch::link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:7-14
                ::error file=site/en/synopsis/exo+32%3A10,line=141,col=1,title=dangling-link::related link “Numbers 14:11-19 meaning” leads to https://example.org/en/commentary/num+14:11

                ### versegraph check: 2 errors, 1 warning, 1 note in 5 pages

                | Rule | Severity | Findings |
                | :--- | :--- | ---: |
                | dangling-link | error | 1 |
                | text-target-mismatch | error | 1 |
                | self-link | warning | 1 |
                | orphan-page | note | 1 |

                | Severity | Rule | File:Line | Message |
                | :--- | :--- | :--- | :--- |
                | warning | self-link | my pages/100% done.html:12 | link “a\|b” says "&lt;x&gt; &amp; y", then<br>leads back to this page |
                | note | orphan-page | site/en/commentary/exo+25:31:1 | no other page links to this commentary |
                | error | text-target-mismatch | site/en/synopsis/exo+32:10:140 | link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:7-14 |
                | error | dangling-link | site/en/synopsis/exo+32:10:141 | related link “Numbers 14:11-19 meaning” leads to https://example.org/en/commentary/num+14:11 |

                """#)
    }

    @Test func theSummaryStopsBeforeTheLimitAndSaysHowManyAreLeft() {
        // 6,000 findings of about 200 bytes a row: 1.2 MB of table, past GitHub's 1 MiB.
        let findings = (1...6_000).map { index in
            Finding(
                rule: "dangling-link", severity: .error, file: "site/en/synopsis/page-\(index)", line: index,
                source: nil, target: "t\(index)", message: String(repeating: "a broken link ", count: 10))
        }
        let report = CheckReport(findings: findings, rules: CheckFixtures.rules, pagesChecked: 6_000)
        let output = GitHubCheckFormatter().format(report)
        let summary = output.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("::") }
            .joined(separator: "\n")
        #expect(summary.utf8.count <= GitHubCheckFormatter.stepSummaryLimit)
        #expect(summary.contains("| dangling-link | error | 6000 |"))
        let rows = summary.split(separator: "\n").filter { $0.hasPrefix("| error | dangling-link |") }.count
        #expect(rows > 4_000 && rows < 6_000)
        #expect(summary.hasSuffix("\n\n… \(6_000 - rows) more, see check.json\n"))
        // Every finding is still annotated.
        #expect(output.split(separator: "\n").filter { $0.hasPrefix("::error ") }.count == 6_000)
    }

    @Test func aSmallLimitKeepsTheCountTable() {
        let summary = GitHubCheckFormatter(summaryLimit: 600).summary(CheckFixtures.report)
        #expect(summary.utf8.count <= 600)
        #expect(summary.contains("| orphan-page | note | 1 |"))
        #expect(summary.hasSuffix("… 4 more, see check.json\n"))
    }

    @Test func cleanReportIsOnlyTheHeading() {
        #expect(GitHubCheckFormatter().format(CheckFixtures.clean) == "### versegraph check: no problems found in 1 page\n")
    }

    @Test func escapingFollowsTheActionsRunner() {
        #expect(GitHubCheckFormatter.data("100%\r\nwin: a,b") == "100%25%0D%0Awin: a,b")
        #expect(GitHubCheckFormatter.property("100%\r\nwin: a,b") == "100%25%0D%0Awin%3A a%2Cb")
        // Escapes are not escaped twice: `%0A` in the text becomes `%250A`.
        #expect(GitHubCheckFormatter.data("%0A") == "%250A")
        #expect(GitHubCheckFormatter.cell("a|b\r\nc<d>&e") == "a\\|b<br>c&lt;d&gt;&amp;e")
    }
}
