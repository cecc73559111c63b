/// Writes Cytoscape.js elements JSON: `{"data": {...}, "elements": {"nodes": [...], "edges":
/// [...]}}`, the shape `cy.json()` produces and Cytoscape desktop imports as `.cyjs`.
///
/// Every element's fields sit under `data`, as Cytoscape.js requires; edges get the ids
/// `e0`, `e1`, ... in graph order (node ids contain dots, so the two never collide). The
/// graph's attributes go in the top-level `data`. Keys are sorted at every level.
public struct CytoscapeExporter: GraphExporter {
    /// An exporter.
    public init() {}

    /// The Cytoscape.js document for `graph`.
    public func export(_ graph: VerseGraph) -> String {
        let nodes: [JSONText] = graph.nodes.map { .object(["data": .object($0.jsonFields)]) }
        let edges: [JSONText] = graph.edges.enumerated().map { index, edge in
            var fields = edge.jsonFields
            fields["id"] = .string("e\(index)")
            return .object(["data": .object(fields)])
        }
        let document: JSONText = .object([
            "data": .strings(graph.attributes),
            "elements": .object(["nodes": .array(nodes), "edges": .array(edges)]),
        ])
        return document.document
    }
}
