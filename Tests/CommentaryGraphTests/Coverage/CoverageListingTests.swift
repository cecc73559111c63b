import CommentaryGraph
import Scripture
import Testing

@Suite("Coverage listing and gaps")
struct CoverageListingTests {
    @Test func skipCoveredLeavesOutWhollyCoveredBooksButNotTheirCount() {
        let report = CoverageFixtures.bandsReport
        let text = TextCoverageFormatter(listing: CoverageListing(skipCovered: true, gaps: 0)).format(report)
        #expect(
            text == """
                Book    Verses  Covered   Cover  Missing
                ----------------------------------------
                2 John      13        1   7.69%  2-13
                Jude        25       20  80.00%  21-25
                ----------------------------------------
                TOTAL       59       42  71.19%

                """)
        let markdown = MarkdownCoverageFormatter(listing: CoverageListing(skipCovered: true)).format(report)
        #expect(!markdown.contains("| Obadiah |"))
        #expect(markdown.contains("| **TOTAL** | **59** | **42** |"))
    }

    @Test func sortByCoverIsLowestFirstAndByNameAlphabetical() {
        let report = CoverageFixtures.bandsReport
        #expect(CoverageListing(order: .cover).books(of: report).map(\.book.osisID) == ["2John", "Jude", "Obad"])
        #expect(CoverageListing(order: .name).books(of: report).map(\.book.title) == ["2 John", "Jude", "Obadiah"])
        #expect(CoverageListing().books(of: report).map(\.book.osisID) == ["Obad", "2John", "Jude"])
        let markdown = MarkdownCoverageFormatter(listing: CoverageListing(order: .cover)).format(report)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| :") }.map {
            $0.split(separator: "|")[0]
        }
        #expect(rows.map { $0.trimmingPrefix(" ") }.prefix(4) == ["Book ", "2 John ", "Jude ", "Obadiah "])
    }

    @Test func largestGapsAreLongestFirstAndLimited() {
        let report = CoverageReport(nodes: CoverageFixtures.nodes, scope: .corpus, versification: .kjv)
        let gaps = report.largestGaps(limit: 3)
        #expect(gaps.map(\.range.osisID) == ["Ps.24.1-Ps.150.6", "Exod.1.1-Exod.31.18", "Acts.9.26-Acts.28.31"])
        #expect(gaps.map(\.verses) == [2159, 906, 689])
        #expect(gaps.map(\.chapters) == [127, 31, 20])
        #expect(report.largestGaps(limit: 0).isEmpty)
        #expect(report.largestGaps(limit: 100).count == 8)
        let covered = CoverageReport(
            nodes: [CoverageFixtures.node("Obadiah 1-21", [.commentary])], scope: .books([CoverageFixtures.book("Obad")]),
            versification: .kjv)
        #expect(covered.largestGaps().isEmpty)
    }

    @Test func theHTMLPageListsTheGapsLinkedToTheirChapters() {
        let html = HTMLCoverageFormatter().format(
            CoverageReport(nodes: CoverageFixtures.nodes, scope: .corpus, versification: .kjv))
        #expect(
            html.contains(
                "<h2>Largest gaps</h2>\n<ol class=\"gaps\">\n<li><a href=\"#Ps.24\">Psalm 24-150</a>: 127 chapters, 2,159 verses, 0 pages</li>\n"
            ))
        #expect(html.contains("<tr id=\"Ps.24\">"))
    }
}
