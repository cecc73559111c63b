import CommentaryGraph
import Scripture
import Testing

@Suite("Markdown coverage format")
struct MarkdownCoverageFormatterTests {
    @Test func golden() {
        #expect(
            MarkdownCoverageFormatter().format(CoverageFixtures.bandsReport) == """
                ## 🟥 Verse coverage: 71.19%

                42 of 59 verses covered (71.19%). Pages of any kind · scope Obad,2John,Jude · KJV.

                | Book | Verses | Covered | Cover | Progress |
                | :--- | ---: | ---: | ---: | :--- |
                | Obadiah | 21 | 21 | 🟩 100.00% | 🟩🟩🟩🟩🟩🟩🟩🟩🟩🟩 |
                | 2 John | 13 | 1 | 🟥 7.69% | ⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜ |
                | Jude | 25 | 20 | 🟨 80.00% | 🟨🟨🟨🟨🟨🟨🟨🟨⬜⬜ |
                | **TOTAL** | **59** | **42** | 🟥 **71.19%** | 🟥🟥🟥🟥🟥🟥🟥⬜⬜⬜ |

                ### Largest gaps

                1. 2 John 2-13: 1 chapter, 12 verses, 0 pages
                2. Jude 21-25: 1 chapter, 5 verses, 0 pages

                ### Missing verses: 17 in 2 books

                - **2 John** (12): 2-13
                - **Jude** (5): 21-25

                """)
    }

    @Test func longMissingListsAreFoldedWithABlankLineForGitHub() {
        let folded = MarkdownCoverageFormatter(foldLines: 1).format(CoverageFixtures.bandsReport)
        #expect(
            folded.hasSuffix(
                """
                <details>
                <summary>Missing verses: 17 in 2 books</summary>

                - **2 John** (12): 2-13
                - **Jude** (5): 21-25

                </details>

                """))
        let canon = MarkdownCoverageFormatter().format(CoverageReport(nodes: CoverageFixtures.nodes, versification: .kjv))
        #expect(canon.contains("<summary>Missing verses: 31,073 in 66 books</summary>"))
    }

    @Test func fullCoverageSaysSo() {
        let report = CoverageReport(
            nodes: [CoverageFixtures.node("Obadiah 1-21", [.commentary])],
            scope: .books([CoverageFixtures.book("Obad")]), versification: .kjv)
        let markdown = MarkdownCoverageFormatter().format(report)
        #expect(markdown.hasPrefix("## 🟩 Verse coverage: 100.00%\n"))
        #expect(markdown.hasSuffix("Every verse in scope is covered.\n"))
    }
}
