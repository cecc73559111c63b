import Scripture

/// Writes a Graphviz `digraph`: one `cluster_<OSIS book>` subgraph a book in canonical
/// order, labelled with the book's name, holding that book's nodes.
///
/// Nodes are named by OSIS id and labelled with their human form. Commentary (passage)
/// pages are filled blue, synopsis pages white; nodes that no page of the corpus is (only
/// links name them) are dashed and grey. `deeper` edges are solid and blue, `related` edges
/// dashed and grey; an edge standing for more than one link is drawn thicker and labelled with
/// its count. Graph attributes are written as comments: as Graphviz attributes, a name such
/// as `label` or `rankdir` would change the drawing.
public struct DOTExporter: StreamingGraphExporter {
    /// An exporter.
    public init() {}

    /// Writes the DOT document for `graph` into `output`, a line at a time.
    public func export(_ graph: VerseGraph, to output: inout some TextOutputStream) {
        output.write("digraph versegraph {\n")
        for key in graph.attributes.keys.sorted() {
            output.write("  // \(Self.comment(key)): \(Self.comment(graph.attributes[key] ?? ""))\n")
        }
        output.write(
            """
              graph [rankdir=LR, fontname="Helvetica", fontsize=12, nodesep=0.15, ranksep=1.2];
              node [shape=box, style="rounded,filled", fillcolor=white, fontname="Helvetica", fontsize=10];
              edge [fontname="Helvetica", fontsize=9, arrowsize=0.6];

            """)
        // Grouped through a dictionary, then sorted by book, so the clusters do not depend on
        // the node order (which `VerseGraph` keeps canonical anyway).
        let byBook = Dictionary(grouping: graph.nodes, by: \.range.book)
        for book in byBook.keys.sorted() {
            output.write("\n  subgraph \(Self.quoted("cluster_" + book.osisID)) {\n")
            output.write("    label=\(Self.quoted(book.title)); style=rounded; color=grey70;\n")
            for node in byBook[book] ?? [] {
                output.write("    " + Self.statement(for: node) + "\n")
            }
            output.write("  }\n")
        }
        if !graph.edges.isEmpty { output.write("\n") }
        for edge in graph.edges {
            output.write("  " + Self.statement(for: edge) + "\n")
        }
        output.write("}\n")
    }

    private static func statement(for node: GraphNode) -> String {
        var label = node.label
        if let summary = node.summary {
            // A chapter or book node says how much of it is covered, on a second line.
            label += "\n\(summary.covered)/\(summary.verses) verses, \(summary.pages) page\(summary.pages == 1 ? "" : "s")"
        }
        var attributes = ["label=\(quoted(label))"]
        if !node.present {
            attributes += ["style=\"rounded,dashed\"", "color=grey50", "fontcolor=grey50"]
        } else if node.kinds.contains(.commentary) {
            attributes += ["fillcolor=\"#dbeafe\"", "color=\"#1d4ed8\""]
        }
        return "\(quoted(node.id)) [\(attributes.joined(separator: ", "))];"
    }

    private static func statement(for edge: GraphEdge) -> String {
        var attributes: [String] = []
        switch edge.kind {
        case .deeper: attributes += ["style=solid", "color=\"#1d4ed8\""]
        case .related: attributes += ["style=dashed", "color=grey55"]
        }
        if edge.count > 1 {
            // Thicker with more links, capped so that a heavily linked pair stays readable.
            attributes.append("penwidth=\(min(1 + edge.count / 2, 4))")
            attributes.append("label=\(quoted(String(edge.count)))")
        }
        let head = "\(quoted(edge.source)) -> \(quoted(edge.target))"
        return "\(head) [\(attributes.joined(separator: ", "))];"
    }

    /// A DOT double-quoted string. Backslashes are doubled because Graphviz reads `\n`, `\l`
    /// and `\N` in labels as escapes; line breaks become `\n`, which Graphviz centres.
    static func quoted(_ text: String) -> String {
        // Ids, labels and paths rarely need an escape: append them whole.
        if !text.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 == 0x0A || $0 == 0x0D }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// Text safe inside a `//` comment: on one line.
    private static func comment(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
