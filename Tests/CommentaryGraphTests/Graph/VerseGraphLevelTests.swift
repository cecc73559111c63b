import Foundation
import Scripture
import Testing

@testable import CommentaryGraph

/// `VerseGraph.aggregated(to:versification:)`: a node per chapter or book.
@Suite struct VerseGraphLevelTests {
    static func summaries(_ graph: VerseGraph) -> [String] {
        graph.nodes.map { node in
            let summary = node.summary.map { "\($0.verses)/\($0.covered)/\($0.pages)" } ?? "-"
            return "\(node.id) \(node.label) \(node.kinds.map(\.rawValue)) \(summary) \(node.present)"
        }
    }

    static func edges(_ graph: VerseGraph) -> [String] {
        graph.edges.map { "\($0.source) -\($0.kind.rawValue)-> \($0.target) ×\($0.count) \($0.file):\($0.line)" }
    }

    @Test func mergesPassagesIntoChapters() throws {
        let graph = try SampleGraphs.small().aggregated(to: .chapter, versification: .kjv)
        #expect(
            Self.summaries(graph) == [
                "Exod.32 Exodus 32 [\"commentary\", \"synopsis\"] 35/6/2 true",
                "Rom.9 Romans 9 [] 33/0/0 false",
            ])
        #expect(
            Self.edges(graph) == [
                "Exod.32 -deeper-> Exod.32 ×1 \(SampleGraphs.synopsis):42",
                "Exod.32 -related-> Rom.9 ×2 \(SampleGraphs.synopsis):57",
            ])
        #expect(graph.attributes["level"] == "chapter")
    }

    @Test func mergesPassagesIntoBooks() throws {
        let graph = try SampleGraphs.chain().aggregated(to: .book, versification: .kjv)
        #expect(
            Self.summaries(graph) == [
                "Gen Genesis [\"synopsis\"] 1533/2/2 true",
                "Exod Exodus [\"commentary\", \"synopsis\"] 1213/6/2 true",
                "Rom Romans [] 433/0/0 false",
            ])
        #expect(
            Self.edges(graph) == [
                "Gen -related-> Exod ×1 thebiblesays.com/en/synopsis/gen+12:3:12",
                "Exod -deeper-> Exod ×1 \(SampleGraphs.synopsis):42",
                // Two related edges merged: the first file and line of the two is kept.
                "Exod -related-> Exod ×3 \(SampleGraphs.commentary):88",
                "Exod -related-> Rom ×1 \(SampleGraphs.synopsis):57",
            ])
    }

    @Test func passageLevelIsTheGraphItself() throws {
        let graph = try SampleGraphs.chain()
        #expect(graph.aggregated(to: .passage, versification: .kjv) == graph)
    }

    /// On the sample corpus every link is still counted once, by kind, and the covered verses
    /// are coverage's.
    @Test(arguments: [GraphLevel.chapter, .book])
    func keepsEveryLinkAndCoverageOnTheSample(level: GraphLevel) throws {
        let passages = SampleCorpus.corpus.graph()
        let merged = passages.aggregated(to: level, versification: .kjv)
        for kind in LinkKind.allCases {
            let before = passages.edges.filter { $0.kind == kind }.reduce(0) { $0 + $1.count }
            #expect(merged.edges.filter { $0.kind == kind }.reduce(0) { $0 + $1.count } == before)
        }
        let coverage = CoverageReport(graph: passages, versification: .kjv)
        let pages = Set(passages.nodes.flatMap(\.pages))
        #expect(merged.nodes.reduce(0) { $0 + ($1.summary?.pages ?? 0) } == pages.count)
        for node in merged.nodes {
            let book = try #require(coverage.books.first { $0.book == node.range.book })
            let expected = level == .book ? book.covered : book.chapters[node.range.start.chapter - 1].covered
            #expect(node.summary?.covered == expected, "\(node.id)")
        }
        #expect(merged.nodes.contains { $0.id == (level == .book ? "Exod" : "Exod.32") })
    }
}
