import Scripture
import Testing

@testable import CommentaryGraph

@Suite struct CanonViewTests {
    @Test func chaptersCountTheirVersesPagesAndLinks() throws {
        let view = try CanonFixtures.view()
        let rows = view.chapters.map {
            "\($0.label) \($0.verses)/\($0.coveredVerses) pages \($0.pages) out \($0.linksOut) in \($0.linksIn) broken \($0.brokenOut)"
        }
        #expect(
            rows == [
                "Obadiah 21/1 pages 1 out 1 in 2 broken 0",
                "Jonah 1 17/6 pages 1 out 3 in 2 broken 0",
                "Jonah 2 10/1 pages 1 out 2 in 1 broken 1",
                "Jonah 3 10/0 pages 0 out 0 in 0 broken 0",
                "Jonah 4 11/0 pages 0 out 0 in 0 broken 0",
            ])
        #expect(view.books.map { "\($0.book.osisID) \($0.chapters)" } == ["Obad 0..<1", "Jonah 1..<5"])
    }

    @Test func arcsAggregateLinksPerChapterPairAndKind() throws {
        let view = try CanonFixtures.view()
        let arcs = view.arcs.map { "\($0.source)->\($0.target) \($0.kind.rawValue) ×\($0.count) broken \($0.broken)" }
        #expect(
            arcs == [
                "1->0 related ×2 broken 0",
                "1->1 related ×1 broken 0",
                "2->1 deeper ×1 broken 0",
                "2->2 related ×1 broken 1",
            ])
        #expect(view.linksOutsideScope == 1, "the link with no passage")
    }

    /// On the sample corpus every link that an error finding of check names is marked with that
    /// finding's rule, and no other link is.
    @Test func theSampleMarksTheLinksCheckReports() throws {
        let corpus = SampleCorpus.corpus
        let check = IntegrityChecker(config: VersegraphConfig()).check(corpus)
        let table = LinkTable(corpus: corpus, check: check)
        let broken = table.links.filter(\.isBroken).map { "\(table.pages[$0.source].path):\($0.line) \($0.brokenBy!)" }
        let errors = check.findings.filter { $0.severity == .error }
        #expect(broken.count == errors.count)
        #expect(Set(broken.map { String($0.split(separator: " ")[1]) }) == Set(errors.map(\.rule)))
        #expect(broken.contains("thebiblesays.com/en/synopsis/exo+32:10:141 dangling-link"))
        #expect(table.links.count == corpus.pages.reduce(0) { $0 + $1.links.count })
        // A link keeps its own URL only when the corpus lacks its target page.
        #expect(table.links.allSatisfy { ($0.targetPage == nil) == !$0.href.isEmpty })
        #expect(table.links.contains { $0.targetPage == nil && $0.href.hasPrefix("https://thebiblesays.com/") })
    }
}
