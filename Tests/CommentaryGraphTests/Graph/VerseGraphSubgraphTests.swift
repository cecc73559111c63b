import Scripture
import Testing

@testable import CommentaryGraph

/// Subgraphs of `SampleGraphs.chain()`:
///
///     Gen.1.1 (present, no edges)
///     Gen.12.3 --related--> Exod.32.31 --deeper--> Exod.32.30-35 --related x3--> Exod.33.1-6
///                           Exod.32.31 --related--> Rom.9.3
@Suite struct VerseGraphSubgraphTests {
    let graph: VerseGraph

    init() throws { graph = try SampleGraphs.chain() }

    private func ids(_ subgraph: VerseGraph) -> [String] { subgraph.nodes.map(\.id) }

    private func links(_ subgraph: VerseGraph) -> [String] {
        subgraph.edges.map { "\($0.source)>\($0.target)" }
    }

    @Test func bookKeepsCrossBookEdgesWithTheirFarEnds() throws {
        let exodus = graph.filtered(book: try #require(Book(osisID: "Exod")))
        #expect(
            ids(exodus) == [
                "Gen.12.3", "Exod.32.30-Exod.32.35", "Exod.32.31", "Exod.33.1-Exod.33.6", "Rom.9.3",
            ])
        #expect(exodus.edges == graph.edges)
        #expect(exodus.attributes == graph.attributes)
    }

    @Test func bookWithoutEdgesKeepsItsNodesOnly() throws {
        let genesis = graph.filtered(book: try #require(Book(osisID: "Gen")))
        #expect(ids(genesis) == ["Gen.1.1", "Gen.12.3", "Exod.32.31"])
        #expect(links(genesis) == ["Gen.12.3>Exod.32.31"])
    }

    @Test func bookAbsentFromTheGraphGivesAnEmptyGraph() throws {
        let jude = graph.filtered(book: try #require(Book(osisID: "Jude")))
        #expect(jude.nodes.isEmpty && jude.edges.isEmpty)
    }

    @Test func deeperKeepsPresentNodesAndDropsLinkOnlyNodesItDoesNotName() {
        let deeper = graph.filtered(kind: .deeper)
        #expect(ids(deeper) == ["Gen.1.1", "Gen.12.3", "Exod.32.30-Exod.32.35", "Exod.32.31"])
        #expect(links(deeper) == ["Exod.32.31>Exod.32.30-Exod.32.35"])
    }

    @Test func relatedKeepsTheLinkOnlyNodesItNames() {
        let related = graph.filtered(kind: .related)
        #expect(related.nodes.count == graph.nodes.count)
        #expect(related.edges.allSatisfy { $0.kind == .related })
        #expect(related.edges.count == 3)
    }

    @Test func bothKindsTogetherGiveBackTheGraph() {
        let deeper = graph.filtered(kind: .deeper)
        let related = graph.filtered(kind: .related)
        #expect(Set(deeper.edges).union(related.edges) == Set(graph.edges))
    }

    @Test func depthZeroIsTheOverlappingNodesAndTheirEdges() throws {
        let around = graph.neighbourhood(of: try SampleGraphs.range("Exodus 32:31-32"), depth: 0)
        #expect(ids(around) == ["Exod.32.30-Exod.32.35", "Exod.32.31"])
        #expect(links(around) == ["Exod.32.31>Exod.32.30-Exod.32.35"])
    }

    @Test func depthOneFollowsEdgesBothWays() throws {
        // Exodus 32:35 lies only in the passage; 32:31 links to it, and it links to 33:1-6.
        let around = graph.neighbourhood(of: try SampleGraphs.range("Exodus 32:35"))
        #expect(ids(around) == ["Exod.32.30-Exod.32.35", "Exod.32.31", "Exod.33.1-Exod.33.6"])
        #expect(
            links(around) == [
                "Exod.32.30-Exod.32.35>Exod.33.1-Exod.33.6", "Exod.32.31>Exod.32.30-Exod.32.35",
            ])
    }

    @Test func depthTwoReachesTheEndsOfTheChain() throws {
        let around = graph.neighbourhood(of: try SampleGraphs.range("Exodus 32:35"), depth: 2)
        #expect(around.nodes.count == graph.nodes.count - 1)
        #expect(around.node(id: "Gen.1.1") == nil)
        #expect(around.edges == graph.edges)
    }

    /// Issue 9: `export --depth 9223372036854775807` hung, counting rounds after the
    /// frontier was empty. The time limit turns a regression into a failure.
    @Test(.timeLimit(.minutes(1)))
    func hugeDepthStopsWhenNothingIsLeftToReach() throws {
        let range = try SampleGraphs.range("Exodus 32:35")
        #expect(graph.neighbourhood(of: range, depth: .max) == graph.neighbourhood(of: range, depth: 2))
    }

    @Test func negativeDepthReadsAsZero() throws {
        let range = try SampleGraphs.range("Exodus 32:35")
        #expect(graph.neighbourhood(of: range, depth: -3) == graph.neighbourhood(of: range, depth: 0))
    }

    @Test func rangeThatNoNodeOverlapsGivesAnEmptyGraph() throws {
        let around = graph.neighbourhood(of: try SampleGraphs.range("Leviticus 1:1"), depth: 5)
        #expect(around.nodes.isEmpty && around.edges.isEmpty)
        #expect(around.attributes == graph.attributes)
    }
}
