/// Writes a whole Cytoscape.js `cy.json()` document, not a bare elements array: `{"data": {...},
/// "directed": true, "elements": {"nodes": [...], "edges": [...]}, "multigraph": true}`, which
/// Cytoscape desktop imports as `.cyjs`. Load it with `cy.json(doc)`, or pass `doc.elements`
/// (not `doc`) as `elements` to `cytoscape({...})`; in Python `networkx.cytoscape_graph(doc)`
/// reads it.
///
/// Every element's fields sit under `data`, as Cytoscape.js requires; edges get the ids
/// `e0`, `e1`, ... in graph order (node ids contain dots, so the two never collide). For
/// NetworkX's reader each node's `data` also has `value` (its id) and each edge's `key` (its
/// kind, which tells apart two edges between the same nodes), and the top level says the graph
/// is `directed` and a `multigraph`; Cytoscape.js ignores those members. The graph's attributes
/// go in the top-level `data`. Keys are sorted at every level.
public struct CytoscapeExporter: GraphExporter {
    /// An exporter.
    public init() {}

    /// The Cytoscape.js document for `graph`.
    public func export(_ graph: VerseGraph) -> String {
        let nodes: [JSONText] = graph.nodes.map { node in
            var fields = node.jsonFields
            fields["value"] = .string(node.id)
            return .object(["data": .object(fields)])
        }
        let edges: [JSONText] = graph.edges.enumerated().map { index, edge in
            var fields = edge.jsonFields
            fields["id"] = .string("e\(index)")
            fields["key"] = .string(edge.kind.rawValue)
            return .object(["data": .object(fields)])
        }
        let document: JSONText = .object([
            "data": .strings(graph.attributes),
            "directed": .bool(true),
            "multigraph": .bool(true),
            "elements": .object(["nodes": .array(nodes), "edges": .array(edges)]),
        ])
        return document.document
    }
}
