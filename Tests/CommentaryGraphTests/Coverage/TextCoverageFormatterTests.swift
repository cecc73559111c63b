import CommentaryGraph
import Scripture
import Testing

@Suite("Text coverage format")
struct TextCoverageFormatterTests {
    @Test func goldenTable() {
        let report = CoverageReport(nodes: CoverageFixtures.nodes, scope: .corpus, versification: .kjv)
        #expect(
            TextCoverageFormatter().format(report) == """
                Book    Verses  Covered  Cover  Missing
                ---------------------------------------
                Exodus    1213       16  1.32%  1-31; 32:15-30, 32:32-35; 33; 34:1-4, 34:6-35; 35-40
                Psalms    2461        6  0.24%  1-22; 24-150
                Acts      1007        7  0.70%  1-8; 9:1-18, 9:26-43; 10-28
                ---------------------------------------
                TOTAL     4681       29  0.62%

                Largest gaps:
                  Psalm 24-150: 127 chapters, 2159 verses, 0 pages
                  Exodus 1-31: 31 chapters, 906 verses, 0 pages
                  Acts 9:26-28:31: 20 chapters, 689 verses, 0 pages
                  Acts 1:1-9:18: 9 chapters, 311 verses, 0 pages
                  Psalm 1-22: 22 chapters, 296 verses, 0 pages
                  Exodus 34:6-40:38: 7 chapters, 244 verses, 0 pages
                  Exodus 32:32-34:4: 3 chapters, 31 verses, 0 pages
                  Exodus 32:15-30: 1 chapter, 16 verses, 0 pages

                """)
    }

    @Test func stylerDecoratesOnlyThePercentCellsWithTheirBands() {
        let styled = TextCoverageFormatter(styler: { "[\($1):\($0)]" }).format(CoverageFixtures.bandsReport)
        #expect(
            styled == """
                Book     Verses  Covered    Cover  Missing
                ------------------------------------------
                Obadiah      21       21  [high:100.00%]
                2 John       13        1    [low:7.69%]  2-13
                Jude         25       20   [medium:80.00%]  21-25
                ------------------------------------------
                TOTAL        59       42   [low:71.19%]

                Largest gaps:
                  2 John 2-13: 1 chapter, 12 verses, 0 pages
                  Jude 21-25: 1 chapter, 5 verses, 0 pages

                """)
    }

    @Test func formatEnumPassesTheStylerToText() {
        let report = CoverageFixtures.bandsReport
        let styled = CoverageFormat.text.formatter(styler: { "<\($0)>" + "\($1)".prefix(1) }).format(report)
        #expect(styled.contains("<100.00%>h"))
        #expect(styled.contains("<71.19%>l"))
        #expect(CoverageFormat.text.formatter().format(report) == TextCoverageFormatter().format(report))
    }

    @Test func everyBookOfTheCanonHasARowAndWholeMissingBooksReadAsChapters() {
        let text = TextCoverageFormatter(listing: CoverageListing(gaps: 0))
            .format(CoverageReport(nodes: CoverageFixtures.nodes, kind: .commentary, versification: .kjv))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 66 + 4)
        #expect(lines.contains("Genesis            1533        0  0.00%  1-50"))
        #expect(lines.contains("Jude                 25        0  0.00%  1-25"))
        #expect(lines.last == "TOTAL             31102       27  0.09%")
    }
}
