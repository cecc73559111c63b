import Scripture
import Testing

@testable import CommentaryGraph

/// The versification decides which verses exist: 3 John 1:15 is a verse under RSV, and no
/// verse at all under KJV (3 John has 14 verses there).
@Suite("Corpus under a versification")
struct VersificationCorpusTests {
    /// A synopsis page for 3 John 1:15, and one for 3 John 1:14 linking to it.
    static func site() throws -> TemporaryFolder {
        try TemporaryFolder([
            "thebiblesays.com/en/synopsis/3jn+1:15": samplePage("3 John 1:15"),
            "thebiblesays.com/en/synopsis/3jn+1:14": """
            <!doctype html><html><head><title>3 John 1:14 meaning</title></head>
            <body><h1>3 John 1:14 meaning</h1>
            <h2>Other Relevant Commentaries:</h2><ul>
            <li><a href="/en/synopsis/3jn+1:15">3 John 1:15 meaning</a></li></ul></body></html>
            """,
        ])
    }

    static func load(_ folder: TemporaryFolder, _ versification: Versification) throws -> (Corpus, VerseGraph, CheckReport) {
        let workspace = try Workspace(
            config: VersegraphConfig(), inputs: [folder.path], options: .init(jobs: 2, versification: versification))
        let corpus = try workspace.load().corpus
        return (corpus, corpus.graph(), IntegrityChecker(config: VersegraphConfig()).check(corpus))
    }

    @Test func underRSVTheLinkLeadsToThreeJohnFifteen() throws {
        let folder = try Self.site()
        let (corpus, graph, check) = try Self.load(folder, .rsv)
        #expect(corpus.versification == .rsv)
        #expect(corpus.pages.count == 2)
        #expect(graph.nodes.map(\.id) == ["3John.1.14", "3John.1.15"])
        #expect(graph.nodes.allSatisfy { $0.present })
        #expect(graph.edges.contains { $0.source == "3John.1.14" && $0.target == "3John.1.15" && $0.kind == .related })
        let rules = Set(check.findings.map(\.rule))
        #expect(!rules.contains("dangling-link"), "\(check.findings)")
        #expect(!rules.contains("invalid-reference"), "\(check.findings)")
    }

    @Test func underKJVThreeJohnFifteenIsNoVerse() throws {
        let folder = try Self.site()
        let (corpus, graph, check) = try Self.load(folder, .kjv)
        #expect(corpus.versification == .kjv)
        #expect(
            !graph.nodes.contains { $0.id.contains("3John.1.15") }, "a KJV run does not invent verse 15: \(graph.nodes.map(\.id))"
        )
        #expect(graph.nodes.map(\.id).contains("3John.1.14"))
        let invalid = check.findings.filter { $0.rule == "invalid-reference" }
        #expect(
            invalid.contains { $0.file.hasSuffix("synopsis/3jn+1:15") && $0.message.contains("verse 15 does not exist") },
            "the page title names no verse: \(check.findings)")
        #expect(
            invalid.contains { $0.file.hasSuffix("synopsis/3jn+1:14") && $0.message.contains("3 John 1:15") },
            "the link text names no verse: \(check.findings)")
        #expect(!check.findings.contains { $0.rule == "dangling-link" }, "the page linked to is in the corpus: \(check.findings)")
    }
}
