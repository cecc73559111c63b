/// The file formats a verse graph can be exported to; the one place that maps a format to
/// its exporter.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// NetworkX node-link JSON, read by `networkx.node_link_graph(data)`.
    case json
    /// Graphviz DOT, one cluster a book.
    case dot
    /// GraphML, for Gephi, yEd and `networkx.read_graphml`.
    case graphml
    /// A Cytoscape.js `cy.json()` document (`.cyjs`).
    case cytoscape

    /// The exporter that writes this format.
    public var exporter: any GraphExporter {
        switch self {
        case .json: NodeLinkJSONExporter()
        case .dot: DOTExporter()
        case .graphml: GraphMLExporter()
        case .cytoscape: CytoscapeExporter()
        }
    }

    /// The usual file extension, without the dot. Cytoscape gets `cyjs` (the extension
    /// Cytoscape desktop imports) so that it never collides with the node-link `json` file.
    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .dot: "dot"
        case .graphml: "graphml"
        case .cytoscape: "cyjs"
        }
    }
}
