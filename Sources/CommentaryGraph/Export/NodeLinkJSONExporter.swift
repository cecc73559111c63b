/// Writes NetworkX node-link data: `networkx.node_link_graph(data)` loads it with no
/// arguments as a directed multigraph (NetworkX 3.4 and later read edges from `edges`).
///
/// Each edge's multigraph `key` is its link kind, which is unique between two nodes because
/// a `GraphEdge` already counts every link of one kind. The graph's attributes become the
/// node-link `graph` object. Keys are sorted at every level; nodes and edges keep the graph's
/// order.
public struct NodeLinkJSONExporter: GraphExporter {
    /// An exporter.
    public init() {}

    /// The node-link document for `graph`.
    public func export(_ graph: VerseGraph) -> String {
        let document: [String: JSONText] = [
            "directed": .bool(true),
            "multigraph": .bool(true),
            "graph": .strings(graph.attributes),
            "nodes": .array(graph.nodes.map { .object($0.jsonFields) }),
            "edges": .array(
                graph.edges.map { edge in
                    var fields = edge.jsonFields
                    fields["key"] = .string(edge.kind.rawValue)
                    return .object(fields)
                }),
        ]
        return JSONText.object(document).document
    }
}
