/// Writes NetworkX node-link data: `networkx.node_link_graph(data)` loads it with no
/// arguments as a directed multigraph (NetworkX 3.6 and later read edges from `edges` by
/// default). With `edgesKey` `.links` the edges are under `links` instead, which NetworkX before
/// 3.6 reads by default and d3's force layouts expect (`{"nodes", "links"}` with `source` and
/// `target` ids).
///
/// Each edge's multigraph `key` is its link kind, which is unique between two nodes because
/// a `GraphEdge` already counts every link of one kind. The graph's attributes become the
/// node-link `graph` object. Keys are sorted at every level, as Python's
/// `json.dumps(indent=2, sort_keys=True)` writes them; nodes and edges keep the graph's order.
public struct NodeLinkJSONExporter: StreamingGraphExporter {
    /// The member that holds the edges.
    public let edgesKey: NodeLinkEdgesKey

    /// An exporter that writes the edges under `edgesKey`.
    public init(edgesKey: NodeLinkEdgesKey = .edges) {
        self.edgesKey = edgesKey
    }

    /// Writes the node-link document for `graph` into `output`, an object at a time. The
    /// keys of each object are written in sorted order by hand, so that no document tree is
    /// ever built: the bytes are those of `JSONText.document`.
    public func export(_ graph: VerseGraph, to output: inout some TextOutputStream) {
        output.write("{\n  \"directed\": true,\n")
        // `edges` sorts before `graph`, `links` after it.
        if edgesKey == .edges { writeEdges(graph, to: &output) }
        output.write("  \"graph\": ")
        output.write(String(JSONText.strings(graph.attributes).document.dropLast()).replacing("\n", with: "\n  "))
        output.write(",\n")
        if edgesKey == .links { writeEdges(graph, to: &output) }
        output.write("  \"multigraph\": true,\n  \"nodes\": ")
        JSONStream.array(graph.nodes, indent: "  ", to: &output) { node, indent, output in
            JSONStream.object(indent: indent, to: &output) { member in
                member("book", JSONText.quoted(node.book))
                if let summary = node.summary { member("covered", String(summary.covered)) }
                member("id", JSONText.quoted(node.id))
                member("kinds", JSONStream.strings(node.kinds.map(\.rawValue), indent: indent + "  "))
                member("label", JSONText.quoted(node.label))
                if let summary = node.summary { member("page_count", String(summary.pages)) }
                member("pages", JSONStream.strings(node.pages, indent: indent + "  "))
                member("present", node.present ? "true" : "false")
                if let summary = node.summary { member("verses", String(summary.verses)) }
            }
        }
        output.write("\n}\n")
    }

    private func writeEdges(_ graph: VerseGraph, to output: inout some TextOutputStream) {
        output.write("  \"\(edgesKey.rawValue)\": ")
        JSONStream.array(graph.edges, indent: "  ", to: &output) { edge, indent, output in
            JSONStream.object(indent: indent, to: &output) { member in
                member("count", String(edge.count))
                member("file", JSONText.quoted(edge.file))
                member("key", JSONText.quoted(edge.kind.rawValue))
                member("kind", JSONText.quoted(edge.kind.rawValue))
                member("line", String(edge.line))
                member("source", JSONText.quoted(edge.source))
                member("target", JSONText.quoted(edge.target))
            }
        }
        output.write(",\n")
    }
}

/// Where node-link data keeps its edges (`export --format json --links-key`).
public enum NodeLinkEdgesKey: String, CaseIterable, Sendable, Hashable {
    /// `edges`: what NetworkX 3.6 and later read by default (and what `build` writes).
    case edges
    /// `links`: what NetworkX before 3.6 reads by default, and d3's force layouts.
    case links
}

/// Pieces of pretty-printed JSON in the layout of `JSONText.document`, written straight
/// into a stream.
enum JSONStream {
    /// An array of `items` at `indent`, each written by `item` at the next indent.
    static func array<Item, Output: TextOutputStream>(
        _ items: [Item], indent: String, to output: inout Output, item: (Item, String, inout Output) -> Void
    ) {
        guard !items.isEmpty else {
            output.write("[]")
            return
        }
        let inner = indent + "  "
        output.write("[")
        for (index, value) in items.enumerated() {
            output.write(index == 0 ? "\n" + inner : ",\n" + inner)
            item(value, inner, &output)
        }
        output.write("\n" + indent + "]")
    }

    /// An object at `indent` whose members `body` gives, in sorted key order, with their
    /// values already written as JSON.
    static func object<Output: TextOutputStream>(
        indent: String, to output: inout Output, _ body: (_ member: (String, String) -> Void) -> Void
    ) {
        let inner = indent + "  "
        var first = true
        output.write("{")
        body { key, value in
            output.write((first ? "\n" : ",\n") + inner + "\"" + key + "\": " + value)
            first = false
        }
        output.write(first ? "}" : "\n" + indent + "}")
    }

    /// An array of strings as `JSONText.strings(values)` writes it at `indent`.
    static func strings(_ values: [String], indent: String) -> String {
        guard !values.isEmpty else { return "[]" }
        let inner = indent + "  "
        return "[\n" + values.map { inner + JSONText.quoted($0) }.joined(separator: ",\n") + "\n" + indent + "]"
    }
}
