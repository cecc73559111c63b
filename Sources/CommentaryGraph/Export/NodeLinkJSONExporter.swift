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
        var json = JSONBytes()
        json.raw("{\n  \"directed\": true,\n")
        // `edges` sorts before `graph`, `links` after it.
        if edgesKey == .edges { writeEdges(graph, to: &json, output: &output) }
        json.raw("  \"graph\": ")
        json.raw(String(JSONText.strings(graph.attributes).document.dropLast()).replacing("\n", with: "\n  "))
        json.raw(",\n")
        if edgesKey == .links { writeEdges(graph, to: &json, output: &output) }
        json.raw("  \"multigraph\": true,\n  \"nodes\": ")
        if graph.nodes.isEmpty { json.raw("[]") }
        for (index, node) in graph.nodes.enumerated() {
            json.raw(index == 0 ? "[\n    {\n      \"book\": " : ",\n    {\n      \"book\": ")
            json.string(node.book)
            if let summary = node.summary { json.member("covered", summary.covered) }
            json.raw(",\n      \"id\": ")
            json.string(node.id)
            json.raw(",\n      \"kinds\": ")
            json.strings(node.kinds.map(\.rawValue), indent: "      ")
            json.raw(",\n      \"label\": ")
            json.string(node.label)
            if let summary = node.summary { json.member("page_count", summary.pages) }
            json.raw(",\n      \"pages\": ")
            json.strings(node.pages, indent: "      ")
            json.raw(node.present ? ",\n      \"present\": true" : ",\n      \"present\": false")
            if let summary = node.summary { json.member("verses", summary.verses) }
            json.raw("\n    }")
            json.flush(ifOver: 1 << 20, into: &output)
        }
        if !graph.nodes.isEmpty { json.raw("\n  ]") }
        json.raw("\n}\n")
        json.flush(ifOver: 0, into: &output)
    }

    private func writeEdges(_ graph: VerseGraph, to json: inout JSONBytes, output: inout some TextOutputStream) {
        json.raw("  \"\(edgesKey.rawValue)\": ")
        if graph.edges.isEmpty { json.raw("[]") }
        for (index, edge) in graph.edges.enumerated() {
            json.raw(index == 0 ? "[\n    {\n      \"count\": " : ",\n    {\n      \"count\": ")
            json.int(edge.count)
            json.raw(",\n      \"file\": ")
            json.string(edge.file)
            json.raw(edge.kind == .deeper ? ",\n      \"key\": \"deeper\"" : ",\n      \"key\": \"related\"")
            json.raw(edge.kind == .deeper ? ",\n      \"kind\": \"deeper\"" : ",\n      \"kind\": \"related\"")
            json.member("line", edge.line)
            json.raw(",\n      \"source\": ")
            json.string(edge.source)
            json.raw(",\n      \"target\": ")
            json.string(edge.target)
            json.raw("\n    }")
            json.flush(ifOver: 1 << 20, into: &output)
        }
        if !graph.edges.isEmpty { json.raw("\n  ]") }
        json.raw(",\n")
    }
}

/// JSON in the layout of `JSONText.document`, made as bytes and handed to a stream a
/// megabyte at a time: a whole site's graph.json is 36 MB of small pieces, and a `String`
/// made for each of them cost more than everything else in `build` after the parse.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 20 + 4096) }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// `,\n      "key": value` for an integer member of a node or edge.
    mutating func member(_ key: String, _ value: Int) {
        raw(",\n      \"")
        raw(key)
        raw("\": ")
        int(value)
    }

    /// `value` as a JSON string: quotes, backslashes and control characters escaped, as
    /// `JSONText.quoted` writes them.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x08: bytes += [0x5C, 0x62]
            case 0x0C: bytes += [0x5C, 0x66]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    /// An array of strings at `indent`, one a line, or `[]`.
    mutating func strings(_ values: [String], indent: String) {
        guard !values.isEmpty else { return raw("[]") }
        for (index, value) in values.enumerated() {
            raw(index == 0 ? "[\n" : ",\n")
            raw(indent)
            raw("  ")
            string(value)
        }
        raw("\n")
        raw(indent)
        raw("]")
    }

    /// Hands what was made to `output` once it is over `limit` bytes.
    mutating func flush(ifOver limit: Int, into output: inout some TextOutputStream) {
        guard bytes.count > limit else { return }
        output.write(String(decoding: bytes, as: UTF8.self))
        bytes.removeAll(keepingCapacity: true)
    }
}

/// Where node-link data keeps its edges (`export --format json --links-key`).
public enum NodeLinkEdgesKey: String, CaseIterable, Sendable, Hashable {
    /// `edges`: what NetworkX 3.6 and later read by default (and what `build` writes).
    case edges
    /// `links`: what NetworkX before 3.6 reads by default, and d3's force layouts.
    case links
}
