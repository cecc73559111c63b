/// Writes NetworkX node-link data: `networkx.node_link_graph(data)` loads it with no
/// arguments as a directed multigraph (NetworkX 3.6 and later read edges from `edges` by
/// default). With `edgesKey` `.links` the edges are under `links` instead, which NetworkX before
/// 3.6 reads by default and d3's force layouts expect (`{"nodes", "links"}` with `source` and
/// `target` ids).
///
/// Each edge's multigraph `key` is its link kind, which is unique between two nodes because
/// a `GraphEdge` already counts every link of one kind. The graph's attributes become the
/// node-link `graph` object. Keys are sorted at every level; nodes and edges keep the graph's
/// order.
public struct NodeLinkJSONExporter: GraphExporter {
    /// The member that holds the edges.
    public let edgesKey: NodeLinkEdgesKey

    /// An exporter that writes the edges under `edgesKey`.
    public init(edgesKey: NodeLinkEdgesKey = .edges) {
        self.edgesKey = edgesKey
    }

    /// The node-link document for `graph`.
    public func export(_ graph: VerseGraph) -> String {
        let document: [String: JSONText] = [
            "directed": .bool(true),
            "multigraph": .bool(true),
            "graph": .strings(graph.attributes),
            "nodes": .array(graph.nodes.map { .object($0.jsonFields) }),
            edgesKey.rawValue: .array(
                graph.edges.map { edge in
                    var fields = edge.jsonFields
                    fields["key"] = .string(edge.kind.rawValue)
                    return .object(fields)
                }),
        ]
        return JSONText.object(document).document
    }
}

/// Where node-link data keeps its edges (`export --format json --links-key`).
public enum NodeLinkEdgesKey: String, CaseIterable, Sendable, Hashable {
    /// `edges`: what NetworkX 3.6 and later read by default (and what `build` writes).
    case edges
    /// `links`: what NetworkX before 3.6 reads by default, and d3's force layouts.
    case links
}
