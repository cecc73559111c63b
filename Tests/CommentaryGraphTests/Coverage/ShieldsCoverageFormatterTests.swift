import CommentaryGraph
import Testing

@Suite("Shields coverage format")
struct ShieldsCoverageFormatterTests {
    @Test func golden() {
        #expect(
            ShieldsCoverageFormatter().format(CoverageFixtures.bandsReport) == """
                {
                  "color": "red",
                  "label": "verse coverage",
                  "message": "71.2 %",
                  "schemaVersion": 1
                }

                """)
    }

    @Test func colourFollowsTheBandsAndRoundingNeverClaimsAllOrNothing() {
        func badge(_ covered: Int, of verses: Int) -> String {
            let nodes = covered == 0 ? [] : [CoverageFixtures.node("Jude 1-\(covered)", [.commentary])]
            _ = verses
            return ShieldsCoverageFormatter(label: "x").format(
                CoverageReport(nodes: nodes, scope: .books([CoverageFixtures.book("Jude")]), versification: .kjv))
        }
        // Jude has 25 verses: 23 is 92% (high), 19 is 76% (medium), 18 is 72% (low).
        #expect(badge(23, of: 25).contains(#""color": "brightgreen""#))
        #expect(badge(19, of: 25).contains(#""color": "yellow""#))
        #expect(badge(18, of: 25).contains(#""color": "red""#))
        #expect(badge(25, of: 25).contains(#""message": "100.0 %""#))
        #expect(badge(0, of: 25).contains(#""message": "0.0 %""#))
        #expect(badge(23, of: 25).contains(#""label": "x""#))
        // 1 of 31,102 verses is 0.003%: shown as 0.1, not 0.0, as the percents never hide a verse.
        let one = CoverageReport(nodes: [CoverageFixtures.node("Genesis 1:1", [.commentary])], versification: .kjv)
        #expect(ShieldsCoverageFormatter().format(one).contains(#""message": "0.1 %""#))
    }
}
