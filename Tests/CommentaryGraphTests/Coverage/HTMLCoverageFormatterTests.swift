import CommentaryGraph
import Scripture
import Testing

@Suite("HTML coverage format")
struct HTMLCoverageFormatterTests {
    let report = CoverageReport(nodes: CoverageFixtures.nodes, kind: .commentary, scope: .corpus, versification: .kjv)

    @Test func heatMapHasACellPerChapterWithItsTooltip() {
        let html = HTMLCoverageFormatter().format(report)
        #expect(html.components(separatedBy: "class=\"cell ").count - 1 == 40 + 150 + 28)
        #expect(html.contains("<a class=\"cell h2\" href=\"#Exod.32\" title=\"Exodus 32: 14/35 verses (40.00%)\""))
        #expect(html.contains("title=\"Psalm 23: 6/6 verses (100.00%)\""))
        #expect(html.contains("<a class=\"cell h0\" href=\"#Exod.1\" title=\"Exodus 1: 0/22 verses (0.00%)\""))
        #expect(html.contains("<tr id=\"Exod.32\"><td>32</td>"))
        #expect(html.contains("<td class=\"missing\">1-31; 32:15-35; 33-40</td>"))
    }

    @Test func totalAndLegendAreAtTheTop() throws {
        let html = HTMLCoverageFormatter().format(report)
        let total = try #require(html.range(of: "27 of 4,681 verses covered (0.58%)"))
        let heatMap = try #require(html.range(of: "<div class=\"heatmap\">"))
        #expect(total.lowerBound < heatMap.lowerBound)
        #expect(html.contains("<i class=\"swatch h6\"></i>all"))
    }

    @Test func everythingIsEscaped() {
        let html = HTMLCoverageFormatter(title: "<script>alert('x')</script> & \"co\"").format(report)
        #expect(!html.contains("<script>"))
        #expect(html.contains("<h1>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;co&quot;</h1>"))
    }

    @Test func needsNoNetwork() {
        let html = CoverageFormat.html.formatter().format(CoverageReport(nodes: CoverageFixtures.nodes, versification: .kjv))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        for needle in ["http:", "https:", "//", "<script", "<link", "src=", "@import", "url("] {
            #expect(!html.contains(needle), "found \(needle)")
        }
    }
}
