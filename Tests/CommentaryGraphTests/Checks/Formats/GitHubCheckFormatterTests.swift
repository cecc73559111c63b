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

                | Severity | Rule | File:Line | Message |
                | :--- | :--- | :--- | :--- |
                | warning | self-link | my pages/100% done.html:12 | link “a\|b” says "&lt;x&gt; &amp; y", then<br>leads back to this page |
                | note | orphan-page | site/en/commentary/exo+25:31:1 | no other page links to this commentary |
                | error | text-target-mismatch | site/en/synopsis/exo+32:10:140 | link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:7-14 |
                | error | dangling-link | site/en/synopsis/exo+32:10:141 | related link “Numbers 14:11-19 meaning” leads to https://example.org/en/commentary/num+14:11 |

                """#)
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
