import CommentaryGraph
import Scripture
import Testing

@Suite("lcov coverage format")
struct LcovCoverageFormatterTests {
    /// 2 John 3 is held by two pages, so its hit count is 2.
    @Test func golden() {
        let nodes =
            CoverageFixtures.smallNodes + [
                CoverageFixtures.node("2 John 3-4", [.synopsis]), CoverageFixtures.node("3 John 14", [.synopsis]),
            ]
        let report = CoverageReport(
            nodes: nodes, scope: .books([CoverageFixtures.book("2John"), CoverageFixtures.book("3John")]), versification: .kjv)
        #expect(
            LcovCoverageFormatter().format(report) == """
                TN:versegraph
                SF:2John/1
                DA:1,1
                DA:2,1
                DA:3,2
                DA:4,1
                DA:5,0
                DA:6,0
                DA:7,0
                DA:8,0
                DA:9,0
                DA:10,0
                DA:11,0
                DA:12,0
                DA:13,0
                LF:13
                LH:4
                end_of_record
                TN:versegraph
                SF:3John/1
                DA:1,0
                DA:2,0
                DA:3,0
                DA:4,0
                DA:5,0
                DA:6,0
                DA:7,0
                DA:8,0
                DA:9,0
                DA:10,0
                DA:11,0
                DA:12,0
                DA:13,0
                DA:14,1
                LF:14
                LH:1
                end_of_record

                """)
    }

    @Test func aRecordPerChapterInScopeAndSanitisedTestName() {
        let report = CoverageReport(nodes: CoverageFixtures.nodes, scope: .books([CoverageFixtures.exodus]), versification: .kjv)
        let lcov = LcovCoverageFormatter(testName: "my site").format(report)
        #expect(lcov.components(separatedBy: "end_of_record\n").count - 1 == 40)
        #expect(lcov.components(separatedBy: "\nDA:").count - 1 == 1_213)
        #expect(lcov.hasPrefix("TN:my_site\nSF:Exod/1\nDA:1,0\n"))
        #expect(lcov.contains("SF:Exod/32\nDA:1,1\n"))
        #expect(lcov.contains("LF:35\nLH:15\nend_of_record\n"))
    }
}
