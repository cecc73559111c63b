import CommentaryGraph
import Scripture
import Testing

@Suite struct CoverageDiffTests {
    @Test func gainedAndLostRangesPerBook() throws {
        let coverage = try #require(try DiffFixtures.diff.coverage)
        #expect(coverage.books.map(\.book.osisID) == ["Ruth", "2John"])
        let ruth = coverage.books[0]
        #expect(ruth.gained == ["Ruth.1.6-Ruth.2.3"])
        #expect(ruth.lost == ["Ruth.3.18"])
        // Ruth has 85 verses: 5 + 18 covered before, 22 + 3 + 17 after.
        #expect(ruth.before == CoverageTotals(verses: 85, covered: 23))
        #expect(ruth.after == CoverageTotals(verses: 85, covered: 42))
        #expect(!coverage.books[1].isChanged)
        #expect(coverage.changedBooks.map(\.book.osisID) == ["Ruth"])
        #expect(!coverage.dropped)
    }

    @Test func aFallInTotalCoverageIsADrop() throws {
        let coverage = try CoverageDiff(
            before: CoverageSnapshot(report: DiffFixtures.newCoverage),
            after: CoverageSnapshot(report: DiffFixtures.oldCoverage))
        #expect(coverage.dropped)
        #expect(coverage.books[0].gained == ["Ruth.3.18"])
        #expect(ReportDiff(findings: nil, coverage: coverage).fails(on: .coverageDrop))
        #expect(ReportDiff(findings: nil, coverage: coverage).fails(on: .any))
        #expect(!ReportDiff(findings: nil, coverage: coverage).fails(on: .newErrors))
    }

    @Test func aBookOutsideOneScopeHasNoCountsThere() throws {
        let ruthOnly = CoverageReport(
            nodes: [CoverageFixtures.node("Ruth 1:1-5", [.commentary])], scope: .books([CoverageFixtures.book("Ruth")]),
            versification: .kjv)
        let coverage = try CoverageDiff(
            before: CoverageSnapshot(report: ruthOnly), after: CoverageSnapshot(report: DiffFixtures.newCoverage))
        let john = try #require(coverage.books.last)
        #expect(john.book.osisID == "2John")
        #expect(john.before == nil)
        #expect(john.after == CoverageTotals(verses: 13, covered: 3))
        #expect(john.gained == ["2John.1.1-2John.1.3"])
        #expect(john.isChanged)
    }

    @Test func refusesDifferentKindsOrVersifications() {
        let any = CoverageSnapshot(report: DiffFixtures.oldCoverage)
        var synopsis = any
        synopsis.kind = "synopsis"
        #expect(throws: ReportFileError.self) { try CoverageDiff(before: any, after: synopsis) }
        var rsv = any
        rsv.versification = .rsv
        let error = #expect(throws: ReportFileError.self) { try CoverageDiff(before: any, after: rsv) }
        #expect(error.map { "\($0)".contains("different versifications (kjv and rsv)") } == true)
    }

    @Test func aCoverageJSONReadsBackAsTheReportsSnapshot() throws {
        for report in [DiffFixtures.oldCoverage, DiffFixtures.newCoverage, CoverageFixtures.bandsReport] {
            let json = JSONCoverageFormatter().format(report)
            #expect(try CoverageSnapshot(json: json, source: "coverage.json") == CoverageSnapshot(report: report))
        }
    }

    @Test func aBrokenCoverageJSONIsNamed() {
        let cases: [(String, String)] = [
            (#"{"findings": []}"#, "coverage.json: not a versegraph coverage report"),
            (
                #"{"books": [{"book": "Ruth", "verses": 80, "missing": []}], "kind": "any", "scope": "Ruth", "versification": "kjv"}"#,
                "coverage.json: book 1: Ruth should have 85 verses in the kjv versification"
            ),
            (
                #"{"books": [{"book": "Ruth", "verses": 85, "missing": ["Gen.1.1"]}], "kind": "any", "scope": "Ruth", "versification": "kjv"}"#,
                "coverage.json: book 1: Gen.1.1 is not an OSIS range of Ruth"
            ),
        ]
        for (json, message) in cases {
            let error = #expect(throws: ReportFileError.self, "\(json)") {
                try CoverageSnapshot(json: json, source: "coverage.json")
            }
            #expect(error.map { "\($0)".hasPrefix(message) } == true, "\(String(describing: error))")
        }
    }
}
