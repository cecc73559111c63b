import Foundation
import Scripture
import Testing

@testable import CommentaryGraph

@Suite struct SampleCorpusTests {
    let corpus = SampleCorpus.corpus

    @Test func readsEveryPageOfTheMirror() {
        #expect(corpus.pages.count == 47)
        #expect(corpus.skipped.isEmpty)
        #expect(corpus.pages.filter { $0.kind == .synopsis }.count == 35)
        #expect(corpus.pages.filter { $0.kind == .commentary }.count == 12)
        #expect(corpus.pages.allSatisfy { $0.passage != nil })
    }

    @Test(arguments: [
        ("thebiblesays.com/en/synopsis/exo+32:31", "Exod.32.31", PageKind.synopsis),
        ("thebiblesays.com/en/commentary/exo+32:30", "Exod.32.30-Exod.32.35", .commentary),
        ("thebiblesays.com/en/commentary/exo+32:1/index.html", "Exod.32.1-Exod.32.6", .commentary),
        ("thebiblesays.com/en/commentary/exo+16:31.html", "Exod.16.31-Exod.16.36", .commentary),
        ("thebiblesays.com/en/commentary/psa+106:19", "Ps.106.19-Ps.106.23", .commentary),
        ("thebiblesays.com/en/commentary/act+9:19", "Acts.9.19!b-Acts.9.25", .commentary),
    ])
    func pagesKnowTheirPassageAndKind(path: String, osis: String, kind: PageKind) throws {
        let page = try #require(SampleCorpus.page(path))
        #expect(page.passage?.osisID == osis)
        #expect(page.kind == kind)
    }

    @Test func everyWgetShapeAnswersToThePlainURL() throws {
        let profile = SiteProfile.theBibleSays
        for (url, path) in [
            ("https://thebiblesays.com/en/commentary/exo+32:1", "thebiblesays.com/en/commentary/exo+32:1/index.html"),
            ("https://thebiblesays.com/en/commentary/exo+16:31", "thebiblesays.com/en/commentary/exo+16:31.html"),
            ("https://thebiblesays.com/en/synopsis/exo+32:20", "thebiblesays.com/en/synopsis/exo+32:20/index.html"),
        ] {
            let found = try #require(SiteURL(url, profile: profile)).key
            let pages = corpus.pages(at: try #require(SiteURL(url, profile: profile)))
            #expect(pages.map { corpus.pages[$0].path } == [path], "\(found)")
        }
    }

    @Test func theWindows1252PageIsDecoded() throws {
        let page = try #require(SampleCorpus.page("thebiblesays.com/en/synopsis/exo+32:32"))
        let deeper = try #require(page.links.first { $0.kind == .deeper })
        #expect(deeper.text == "Exodus 32:30–35 meaning")
        #expect(deeper.textPassage?.osisID == "Exod.32.30-Exod.32.35")
    }

    @Test func linksAreTheSectionLinksOnly() {
        let links = corpus.pages.flatMap(\.links)
        #expect(links.filter { $0.kind == .deeper }.count == 34)
        #expect(links.filter { $0.kind == .related }.count == 140)
        // Navigation, footer, comments, scripts and the Cloudflare email link are never edges.
        #expect(!links.contains { $0.href.contains("email-protection") || $0.href.contains("lev+1:1") })
        #expect(!links.contains { $0.href.contains("/es/") || $0.href.contains("gen+1:1") })
    }

    @Test func theSynopsisWithoutDeeperSectionHasOnlyRelatedLinks() throws {
        let page = try #require(SampleCorpus.page("thebiblesays.com/en/synopsis/exo+32:9"))
        #expect(page.sections == [.related])
        #expect(!page.links.isEmpty)
    }

    @Test func relativeLinksOfAnIndexPageResolveInItsFolder() throws {
        let index = try #require(corpus.pages.firstIndex { $0.path == "thebiblesays.com/en/commentary/exo+32:1/index.html" })
        let page = corpus.pages[index]
        let targets = corpus.targets[index].compactMap(\.page)
        #expect(targets.count == page.links.count, "every link of this page reaches a page of the corpus")
    }

    @Test func theGraphJoinsPagesByTheirLinks() throws {
        let graph = corpus.graph()
        #expect(graph.nodes.count == 48)
        #expect(graph.edges.map(\.count).reduce(0, +) == 174)
        let dangling = try #require(graph.node(id: "Num.14.11-Num.14.19"))
        #expect(!dangling.present)
        #expect(dangling.pages.isEmpty)
        let deeper = try #require(graph.edges.first { $0.source == "Exod.32.31" && $0.kind == .deeper })
        #expect(deeper.target == "Exod.32.30-Exod.32.35")
        #expect(deeper.file == "thebiblesays.com/en/synopsis/exo+32:31")
        let passage = try #require(graph.node(id: "Exod.32.30-Exod.32.35"))
        #expect(passage.kinds == [.commentary])
        #expect(passage.pages == ["thebiblesays.com/en/commentary/exo+32:30"])
    }

    @Test func theGraphIsTheSameWhateverTheJobsOrFileOrder() throws {
        let expected = GraphFormat.json.exporter.export(corpus.graph())
        let files = try InputDiscovery.files(in: [SampleCorpus.inputs])
        for jobs in [1, 3, 8] {
            let reordered = SampleCorpus.loader(jobs: jobs).load(files: files.reversed()).corpus
            #expect(GraphFormat.json.exporter.export(reordered.graph()) == expected, "jobs: \(jobs)")
        }
    }
}
