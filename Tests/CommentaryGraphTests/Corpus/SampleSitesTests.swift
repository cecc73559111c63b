import Foundation
import Scripture
import Testing

@testable import CommentaryGraph

/// The two other sample sites of `Fixtures/sites`, each read through the profile in its own
/// versegraph.yml: Verse Notes (a wget mirror, `/commentary/exodus/32/30-35/`, English book
/// names, kinds from the passage) and Scripture Notes (a CMS export in Windows-1252,
/// `verse.php?book=ex&chapter=32&verse=31`, a table of book codes, a banner `<h1>`).
enum SampleSite {
    static func folder(_ name: String) -> String {
        SampleCorpus.root.appendingPathComponent("Tests/CommentaryGraphTests/Fixtures/sites/\(name)").path
    }

    /// The site's configuration and corpus.
    static func load(_ name: String) throws -> (config: VersegraphConfig, corpus: Corpus) {
        let config = try VersegraphConfig.load(from: folder(name) + "/versegraph.yml")
        let workspace = try Workspace(config: config, inputs: [folder(name) + "/pages"], options: .init(jobs: 2))
        return (config, try workspace.load().corpus)
    }

    /// Every edge as `source -kind-> target`.
    static func edges(_ corpus: Corpus) -> [String] {
        corpus.graph().edges.map { "\($0.source) -\($0.kind.rawValue)-> \($0.target)" }
    }

    /// Every node as `id kinds` (`absent` when only links name it).
    static func nodes(_ corpus: Corpus) -> [String] {
        corpus.graph().nodes.map { node in
            node.id + " " + (node.present ? node.kinds.map(\.rawValue).joined(separator: ",") : "absent")
        }
    }

    /// Every finding as `rule page-file:line message`, the file relative to the pages folder.
    static func findings(_ config: VersegraphConfig, _ corpus: Corpus, site: String) -> [String] {
        let prefix = folder(site) + "/pages/"
        return IntegrityChecker(config: config).check(corpus).findings.map {
            "\($0.rule) \($0.file):\($0.line) \($0.message)".replacingOccurrences(of: prefix, with: "")
        }
    }
}

@Suite struct SampleSitesTests {
    @Test func verseNotesIsReadThroughItsProfile() throws {
        let (config, corpus) = try SampleSite.load("versenotes")
        #expect(config.profile.name == "Verse Notes")
        #expect(corpus.pages.count == 7)
        // Kinds come from the passage (the site has one folder for both); the nav and footer
        // links and "Support Verse Notes" are no edges; `../30-35/` and `./` resolve against
        // the folder each page was served from.
        #expect(
            SampleSite.nodes(corpus) == [
                "Exod.32.7-Exod.32.14 commentary", "Exod.32.30-Exod.32.35 commentary", "Exod.32.31 synopsis",
                "Exod.32.32 synopsis", "Exod.33.1-Exod.33.6 commentary", "Num.14.11-Num.14.19 absent", "John.15.13 absent",
                "1John.3.16 synopsis", "1John.3.16-1John.3.18 commentary",
            ])
        #expect(
            SampleSite.edges(corpus) == [
                "Exod.32.7-Exod.32.14 -related-> Exod.32.30-Exod.32.35", "Exod.32.7-Exod.32.14 -related-> Exod.32.31",
                "Exod.32.30-Exod.32.35 -related-> Exod.32.7-Exod.32.14",
                "Exod.32.30-Exod.32.35 -related-> Exod.32.30-Exod.32.35", "Exod.32.31 -related-> Exod.32.7-Exod.32.14",
                "Exod.32.31 -deeper-> Exod.32.30-Exod.32.35", "Exod.32.31 -related-> Num.14.11-Num.14.19",
                "Exod.32.32 -related-> Exod.32.31", "1John.3.16 -deeper-> 1John.3.16-1John.3.18",
                "1John.3.16-1John.3.18 -related-> John.15.13", "1John.3.16-1John.3.18 -related-> 1John.3.16",
            ])
        let coverage = CoverageReport(corpus: corpus, scope: .corpus)
        #expect(coverage.books.map(\.book.osisID) == ["Exod", "1John"])
        #expect(coverage.totals.covered == 8 + 6 + 6 + 3)
        #expect(
            SampleSite.findings(config, corpus, site: "versenotes") == [
                "dangling-link versenotes.example/commentary/1-john/3/16-18/index.html:15 related link “John 15:13” leads to https://versenotes.example/commentary/john/15/13, which is not in the corpus",
                "self-link versenotes.example/commentary/exodus/32/30-35/index.html:16 related link “Exodus 32:30-35” leads back to this page",
                "dangling-link versenotes.example/commentary/exodus/32/31/index.html:22 related link “Numbers 14:11-19” leads to https://versenotes.example/commentary/numbers/14/11-19, which is not in the corpus",
                "missing-deeper versenotes.example/commentary/exodus/32/32/index.html:10 no Go deeper section, though the commentary on Exodus 32:30-35 holds Exodus 32:32",
                "text-target-mismatch versenotes.example/commentary/exodus/32/7-14/index.html:15 link text names Exodus 32:30-35 but the link leads to the page of Exodus 32:31",
                "orphan-page versenotes.example/commentary/exodus/33/1-6/index.html:10 no other page links to this commentary",
                "dangling-link versenotes.example/commentary/exodus/33/1-6/index.html:15 related link “Exodus 32:36” leads to https://versenotes.example/commentary/exodus/32/36, which is not in the corpus",
                "invalid-reference versenotes.example/commentary/exodus/33/1-6/index.html:15 link text “Exodus 32:36”: verse 36 does not exist: Exodus 32 has 35 verses",
            ])
    }

    @Test func scriptureNotesIsReadThroughItsProfile() throws {
        let (config, corpus) = try SampleSite.load("scripturenotes")
        #expect(config.profile.name == "Scripture Notes")
        #expect(corpus.pages.count == 5)
        // The banner <h1> ("Verse of the day: John 3:16") matches no title pattern, so every
        // page's passage comes from its <title>; query URLs compare equal whatever the order,
        // case, extra parameters or fragment.
        #expect(corpus.pages.allSatisfy { $0.passage?.book.osisID != "John" })
        #expect(
            SampleSite.nodes(corpus) == [
                "Gen.1.1 absent", "Exod.32.7-Exod.32.14 absent", "Exod.32.30-Exod.32.35 commentary", "Exod.32.31 synopsis",
                "Exod.32.32 synopsis", "Ps.106.23 absent", "Rom.9.1-Rom.9.5 absent", "Rom.9.3 synopsis",
            ])
        #expect(
            SampleSite.edges(corpus) == [
                "Exod.32.30-Exod.32.35 -related-> Exod.32.31", "Exod.32.30-Exod.32.35 -related-> Rom.9.3",
                "Exod.32.31 -deeper-> Exod.32.30-Exod.32.35", "Exod.32.31 -related-> Ps.106.23",
                "Exod.32.31 -related-> Rom.9.3", "Exod.32.32 -related-> Gen.1.1", "Exod.32.32 -deeper-> Exod.32.7-Exod.32.14",
                "Rom.9.3 -related-> Exod.32.30-Exod.32.35", "Rom.9.3 -deeper-> Rom.9.1-Rom.9.5",
            ])
        let coverage = CoverageReport(corpus: corpus, scope: .corpus)
        #expect(coverage.books.map(\.book.osisID) == ["Exod", "Rom"])
        #expect(coverage.totals.covered == 6 + 1)
        #expect(
            SampleSite.findings(config, corpus, site: "scripturenotes") == [
                "duplicate-page ex-32-31.html:9 the same page as ex-32-31-copy.html (both are https://scripturenotes.example/notes/verse.php?book=ex&chapter=32&verse=31)",
                "dangling-link ex-32-31.html:21 related link “Psalm 106:23” leads to https://scripturenotes.example/notes/verse.php?book=ps&chapter=106&verse=23, which is not in the corpus",
                "dangling-link ex-32-32.html:15 deeper link “Exodus 32:7-14” leads to https://scripturenotes.example/notes/passage.php?book=ex&chapter=32&verse=7&end=14, which is not in the corpus",
                "deeper-not-covering ex-32-32.html:15 the Full passage commentary link leads to Exodus 32:7-14, which does not hold Exodus 32:32",
                "dangling-link ex-32-32.html:20 related link “Genesis 1:1” leads to https://scripturenotes.example/notes/verse.php?book=gn&chapter=1&verse=2, which is not in the corpus",
                "text-target-mismatch ex-32-32.html:20 link text names Genesis 1:1 but the link leads to the page of Genesis 1:2",
                "dangling-link ro-9-3.html:15 deeper link “Romans 9:1-5” leads to https://scripturenotes.example/notes/passage.php?book=ro&chapter=9&verse=1&end=5, which is not in the corpus",
            ])
    }

    /// Records read back from the cache are the pages a cold run makes, query URLs and the
    /// passages URLs name included (both were once lost by the cache format).
    @Test(arguments: ["versenotes", "scripturenotes"])
    func cachedPagesAreThePagesOfAColdRun(site: String) throws {
        let config = try VersegraphConfig.load(from: SampleSite.folder(site) + "/versegraph.yml")
        let inputs = [SampleSite.folder(site) + "/pages"]
        let workspace = try Workspace(config: config, inputs: inputs, options: .init(jobs: 1))
        let cold = try workspace.load(cache: PageCache(fingerprint: 0))
        let cache = try PageCache(decoding: try #require(cold.cache).encoded(), fingerprint: workspace.cacheFingerprint)
        let warm = try workspace.load(cache: cache)
        #expect(warm.files.fromCache == cold.corpus.pages.count)
        #expect(warm.corpus.pages == cold.corpus.pages)
        let links = warm.corpus.pages.flatMap(\.links)
        if site == "versenotes" {
            #expect(links.contains { $0.urlPassage != nil }, "links whose text names no passage")
        } else {
            #expect(links.contains { $0.url?.query.isEmpty == false }, "query URLs")
        }
    }

    @Test func aProfileChangeInvalidatesThePageCache() throws {
        // The cache holds interpreted pages, so it is keyed by everything the interpreter
        // reads of the profile: new URL or title patterns must not reuse old records.
        var config = try VersegraphConfig.load(from: SampleSite.folder("versenotes") + "/versegraph.yml")
        let inputs = [SampleSite.folder("versenotes") + "/pages"]
        let first = try Workspace(config: config, inputs: inputs, options: .init(jobs: 1)).load(
            cache: PageCache(fingerprint: 0))
        #expect(first.corpus.pages.contains { $0.passage != nil })
        let again = try Workspace(config: config, inputs: inputs, options: .init(jobs: 1)).load(cache: first.cache)
        #expect(again.files.fromCache == 7, "the same profile reuses every record")
        config.profile.titlePatterns = [try TitlePattern("Commentary on {passage}")]
        config.profile.passageURLs = [try URLPassagePattern("/commentary/{book}/{chapter}")]
        let workspace = try Workspace(config: config, inputs: inputs, options: .init(jobs: 1))
        #expect(workspace.cacheFingerprint != first.cache?.fingerprint)
        let second = try workspace.load(cache: first.cache)
        #expect(second.files.fromCache == 0)
        #expect(second.corpus.pages.allSatisfy { $0.passage == nil })
        #expect(second.corpus.pages.flatMap(\.links).allSatisfy { $0.urlPassage == nil })
        var codes = config
        codes.profile.bookCodes = .table(["exodus": try #require(Book(osisID: "Exod"))])
        let third = try Workspace(config: codes, inputs: inputs, options: .init(jobs: 1))
        #expect(third.cacheFingerprint != workspace.cacheFingerprint, "book codes are part of the key")
    }

    @Test func withoutItsProfileASiteReadsAsNothing() throws {
        // The same pages through TheBibleSays' profile: no section heading, no passage URL.
        let config = VersegraphConfig()
        for site in ["versenotes", "scripturenotes"] {
            let workspace = try Workspace(config: config, inputs: [SampleSite.folder(site) + "/pages"], options: .init(jobs: 1))
            let corpus = try workspace.load().corpus
            #expect(corpus.pages.allSatisfy { $0.links.isEmpty }, "\(site)")
        }
    }
}
