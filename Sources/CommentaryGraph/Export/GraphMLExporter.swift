/// Writes GraphML that Gephi, yEd and `networkx.read_graphml` open: typed `<key>`
/// declarations, then one directed `<graph>` with the nodes (id = OSIS id) and the edges
/// (ids `e0`, `e1`, ... in graph order).
///
/// Node attributes: `label`, `book`, `kinds` and `pages` (strings; GraphML has no lists, so
/// kinds and pages are joined by single spaces, which page paths, being URL paths, lack) and
/// `present` (boolean); chapter and book nodes also `verses`, `covered` and `page_count` (ints),
/// whose keys are declared only when the graph has such nodes. Edge attributes: `kind`, `file` (strings), `count` and `line` (ints).
/// Each graph attribute gets a graph key `g0`, `g1`, ... in sorted name order.
public struct GraphMLExporter: GraphExporter {
    /// An exporter.
    public init() {}

    private static let nodeKeys: [(name: String, type: String)] = [
        ("label", "string"), ("book", "string"), ("kinds", "string"), ("pages", "string"),
        ("present", "boolean"),
    ]
    private static let summaryKeys = ["verses", "covered", "page_count"]
    private static let edgeKeys: [(name: String, type: String)] = [
        ("kind", "string"), ("count", "int"), ("file", "string"), ("line", "int"),
    ]

    /// The GraphML document for `graph`.
    public func export(_ graph: VerseGraph) -> String {
        let graphKeys = graph.attributes.keys.sorted()
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns""#
                + #" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#
                + #" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns"#
                + #" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        for (index, name) in graphKeys.enumerated() {
            lines.append(Self.key(id: "g\(index)", for: "graph", name: name, type: "string"))
        }
        let summarised = graph.nodes.contains { $0.summary != nil }
        for key in Self.nodeKeys + (summarised ? Self.summaryKeys.map { ($0, "int") } : []) {
            lines.append(Self.key(id: key.name, for: "node", name: key.name, type: key.type))
        }
        for key in Self.edgeKeys {
            lines.append(Self.key(id: key.name, for: "edge", name: key.name, type: key.type))
        }
        lines.append(#"  <graph id="versegraph" edgedefault="directed">"#)
        for (index, name) in graphKeys.enumerated() {
            lines.append(Self.data("g\(index)", graph.attributes[name] ?? "", indent: "    "))
        }
        for node in graph.nodes {
            lines.append("    <node id=\"\(Self.escaped(node.id))\">")
            lines.append(Self.data("label", node.label))
            lines.append(Self.data("book", node.book))
            lines.append(Self.data("kinds", node.kinds.map(\.rawValue).joined(separator: " ")))
            lines.append(Self.data("pages", node.pages.joined(separator: " ")))
            lines.append(Self.data("present", node.present ? "true" : "false"))
            if let summary = node.summary {
                for (key, value) in zip(Self.summaryKeys, [summary.verses, summary.covered, summary.pages]) {
                    lines.append(Self.data(key, String(value)))
                }
            }
            lines.append("    </node>")
        }
        for (index, edge) in graph.edges.enumerated() {
            let ends = "source=\"\(Self.escaped(edge.source))\" target=\"\(Self.escaped(edge.target))\""
            lines.append("    <edge id=\"e\(index)\" \(ends)>")
            lines.append(Self.data("kind", edge.kind.rawValue))
            lines.append(Self.data("count", String(edge.count)))
            lines.append(Self.data("file", edge.file))
            lines.append(Self.data("line", String(edge.line)))
            lines.append("    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func key(id: String, for domain: String, name: String, type: String) -> String {
        "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(escaped(name))\" attr.type=\"\(type)\"/>"
    }

    private static func data(_ key: String, _ value: String, indent: String = "      ") -> String {
        "\(indent)<data key=\"\(key)\">\(escaped(value))</data>"
    }

    private static func escaped(_ text: String) -> String { Markup.escaped(text) }
}
