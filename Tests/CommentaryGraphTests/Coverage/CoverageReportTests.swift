import CommentaryGraph
import Scripture
import Testing

@Suite("Coverage report")
struct CoverageReportTests {
    let nodes = CoverageFixtures.nodes
    let exodus = CoverageFixtures.exodus

    @Test func canonCountsEveryVerseOfTheKJV() {
        let report = CoverageReport(nodes: nodes, versification: .kjv)
        #expect(report.totals.verses == 31_102)
        #expect(report.totals.covered == 29)
        #expect(report.books.count == 66)
        #expect(report.books.first?.book.osisID == "Gen")
        #expect(report.books.first?.covered == 0)
    }

    @Test func rsvCanonHasTwoMoreVerses() {
        let report = CoverageReport(nodes: nodes, versification: .rsv)
        #expect(report.totals.verses == 31_104)
        #expect(report.totals.covered == 29)
    }

    @Test func corpusIsTheBooksWithAnyPageWhateverTheKind() {
        // Exodus has synopsis pages, so it stays in a commentary report's corpus.
        let withSynopsisOnlyBook = nodes + [CoverageFixtures.node("Genesis 1:1", [.synopsis])]
        let report = CoverageReport(nodes: withSynopsisOnlyBook, kind: .commentary, scope: .corpus, versification: .kjv)
        #expect(report.books.map(\.book.osisID) == ["Gen", "Exod", "Ps", "Acts"])
        #expect(report.totals.verses == 1_533 + 1_213 + 2_461 + 1_007)
        #expect(report.totals.covered == 27)
    }

    @Test func testamentsSplitTheCanon() {
        let old = CoverageReport(nodes: nodes, scope: .oldTestament, versification: .kjv)
        let new = CoverageReport(nodes: nodes, scope: .newTestament, versification: .kjv)
        #expect(old.books.count == 39)
        #expect(new.books.count == 27)
        #expect(old.totals.verses == 23_145)
        #expect(new.totals.verses == 7_957)
        #expect(old.totals.covered == 22)
        #expect(new.totals.covered == 7)
    }

    @Test func bookListIsReportedInCanonicalOrderOnce() {
        let lev = CoverageFixtures.book("Lev")
        let report = CoverageReport(nodes: nodes, scope: .books([lev, exodus, lev]), versification: .kjv)
        #expect(report.books.map(\.book) == [exodus, lev])
        #expect(report.totals.verses == 1_213 + 859)
        #expect(report.totals.covered == 16)
    }

    @Test(arguments: [(CoverageKind.any, 29), (.commentary, 27), (.synopsis, 12)])
    func kindFiltersPages(kind: CoverageKind, covered: Int) {
        #expect(CoverageReport(nodes: nodes, kind: kind, versification: .kjv).totals.covered == covered)
    }

    @Test func linkOnlyNodesDoNotCount() {
        let report = CoverageReport(nodes: [GraphNode(range: CoverageFixtures.range("Exodus 40"))], versification: .kjv)
        #expect(report.totals.covered == 0)
        #expect(
            CoverageReport(nodes: [GraphNode(range: CoverageFixtures.range("Exodus 40"))], scope: .corpus, versification: .kjv)
                .books.isEmpty
        )
    }

    @Test func adjacentAndOverlappingPagesMergeAndMissingRunsCrossChaptersOnlyAtBookLevel() throws {
        let report = CoverageReport(nodes: nodes, scope: .books([exodus]), versification: .kjv)
        let book = try #require(report.books.first)
        #expect(
            book.missing.map(\.osisID) == [
                "Exod.1.1-Exod.31.18", "Exod.32.15-Exod.32.30", "Exod.32.32-Exod.34.4", "Exod.34.6-Exod.40.38",
            ])
        #expect(book.chapters[31].missing.map(\.osisID) == ["Exod.32.15-Exod.32.30", "Exod.32.32-Exod.32.35"])
        #expect(book.chapters[32].missing.map(\.osisID) == ["Exod.33.1-Exod.33.23"])
        #expect(book.chapters[33].missing.map(\.osisID) == ["Exod.34.1-Exod.34.4", "Exod.34.6-Exod.34.35"])
        #expect(book.chapters[31].covered == 15)
    }

    @Test func pageCountsCountEveryFileOfEveryOverlappingPage() throws {
        let report = CoverageReport(nodes: nodes, scope: .books([exodus, CoverageFixtures.book("Ps")]), versification: .kjv)
        let chapter32 = report.books[0].chapters[31]
        #expect(Array(chapter32.pageCounts[3...8]) == [1, 2, 2, 2, 2, 1])
        #expect(report.books[1].chapters[22].pageCounts == [2, 2, 2, 2, 2, 2])
    }

    @Test func partialVerseCoversTheWholeVerse() {
        let report = CoverageReport(nodes: [CoverageFixtures.node("Acts 9:19b", [.commentary])], versification: .kjv)
        #expect(report.totals.covered == 1)
    }

    @Test func rangeFromTheOtherVersificationIsClampedToThisOne() throws {
        let rsvOnly = try VerseRange(Verse(CoverageFixtures.book("3John"), 1, 15), in: .rsv)
        let report = CoverageReport(
            nodes: [GraphNode(range: rsvOnly, kinds: [.synopsis], pages: ["x.html"])], versification: .kjv)
        let chapter = try #require(report.books.first { $0.book.osisID == "3John" }?.chapters.first)
        #expect(chapter.pageCounts.last == 1)
        #expect(report.totals.covered == 1)
    }

    @Test func meetsComparesTheUnroundedPercent() {
        let book = BookCoverage(
            book: exodus,
            chapters: [
                ChapterCoverage(
                    book: exodus, chapter: 1,
                    pageCounts: Array(repeating: 1, count: 89_999) + Array(repeating: 0, count: 10_001), missing: [])
            ],
            missing: [])
        let report = CoverageReport(kind: .any, scope: .canon, versification: .kjv, books: [book])
        #expect(report.totals.percentText == "90.00")
        #expect(!report.meets(threshold: 90))
        #expect(report.meets(threshold: 89.99))
        #expect(report.totals.band == .medium)
    }

    @Test(arguments: [
        (1, 3, "33.33"), (2, 3, "66.67"), (7, 8, "87.50"), (0, 5, "0.00"), (5, 5, "100.00"),
        (31_101, 31_102, "99.99"), (1, 31_102, "0.01"), (0, 0, "100.00"), (1, 8, "12.50"),
    ])
    func percentHasTwoDecimals(covered: Int, verses: Int, text: String) {
        #expect(CoverageTotals(verses: verses, covered: covered).percentText == text)
    }

    @Test func bandsSplitAtNinetyAndSeventyFive() {
        #expect(CoverageBand(percent: 90) == .high)
        #expect(CoverageBand(percent: 89.999) == .medium)
        #expect(CoverageBand(percent: 75) == .medium)
        #expect(CoverageBand(percent: 74.99) == .low)
    }

    @Test func wholeCanonOfVersePagesIsFast() throws {
        var verseNodes: [GraphNode] = []
        verseNodes.reserveCapacity(31_102)
        for book in Book.all {
            for chapter in 1...Versification.kjv.chapterCount(of: book) {
                for verse in 1...(Versification.kjv.verseCount(of: book, chapter: chapter) ?? 0) {
                    let range = try VerseRange(Verse(book, chapter, verse))
                    verseNodes.append(GraphNode(range: range, label: "", kinds: [.synopsis], pages: ["p"]))
                }
            }
        }
        let clock = ContinuousClock()
        var report: CoverageReport?
        let elapsed = clock.measure { report = CoverageReport(nodes: verseNodes + nodes, versification: .kjv) }
        #expect(report?.totals.covered == 31_102)
        #expect(report?.meets(threshold: 100) == true)
        // Milliseconds in release; the bound is loose for debug builds on a busy machine.
        #expect(elapsed < .seconds(2))
    }
}
