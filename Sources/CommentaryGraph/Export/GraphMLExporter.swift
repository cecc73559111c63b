/// Writes GraphML 1.0 that Gephi, yEd and `networkx.read_graphml` open and that is valid against
/// the GraphML schema it names: typed `<key>` declarations, then one directed `<graph>` with the
/// nodes and the edges (ids `e0`, `e1`, ... in graph order).
///
/// The schema types node ids as `xs:NMTOKEN`, which OSIS's `!` (`Acts.9.19!b-Acts.9.25`) is
/// not, so a node's id is its OSIS id with `!` written as `_` (`Acts.9.19_b-Acts.9.25`; OSIS
/// ids never hold `_`, so ids stay distinct), and the exact OSIS id is the node's `osis`
/// attribute. Node attributes: `osis`, `label`, `book` (strings), `kinds` and `pages` (lists:
/// GraphML has none, so they are JSON arrays of strings, `["a b.html","c.html"]`, which
/// `json.loads` splits back whatever the paths hold) and `present` (boolean). Edge attributes:
/// `kind`, `file` (strings), `count` and `line` (ints). Each graph attribute gets a graph key
/// `g0`, `g1`, ... in sorted name order, its name made NMTOKEN-safe like ids.
/// Chapter and book nodes also carry `verses`, `covered` and `page_count` (ints), whose keys
/// are declared only when the graph has such nodes.
public struct GraphMLExporter: GraphExporter {
    /// An exporter.
    public init() {}

    private static let nodeKeys: [(name: String, type: String)] = [
        ("osis", "string"), ("label", "string"), ("book", "string"), ("kinds", "string"), ("pages", "string"),
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
            lines.append(Self.key(id: "g\(index)", for: "graph", name: Self.token(name), type: "string"))
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
            lines.append("    <node id=\"\(Self.escaped(Self.token(node.id)))\">")
            lines.append(Self.data("osis", node.id))
            lines.append(Self.data("label", node.label))
            lines.append(Self.data("book", node.book))
            lines.append(Self.data("kinds", JSONText.strings(node.kinds.map(\.rawValue)).compact))
            lines.append(Self.data("pages", JSONText.strings(node.pages).compact))
            lines.append(Self.data("present", node.present ? "true" : "false"))
            if let summary = node.summary {
                for (key, value) in zip(Self.summaryKeys, [summary.verses, summary.covered, summary.pages]) {
                    lines.append(Self.data(key, String(value)))
                }
            }
            lines.append("    </node>")
        }
        for (index, edge) in graph.edges.enumerated() {
            let ends =
                "source=\"\(Self.escaped(Self.token(edge.source)))\" target=\"\(Self.escaped(Self.token(edge.target)))\""
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

    /// `text` as an `xs:NMTOKEN` (XML 1.0 name characters only): `!` becomes `_`, and any other
    /// character that is not an ASCII letter, digit, `.`, `-` or `_` becomes `_` and its
    /// Unicode scalar in hex (`_20` for a space); an empty text becomes `_`.
    static func token(_ text: String) -> String {
        var token = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_": token.unicodeScalars.append(scalar)
            case "!": token += "_"
            default: token += "_" + String(scalar.value, radix: 16)
            }
        }
        return token.isEmpty ? "_" : token
    }
}
