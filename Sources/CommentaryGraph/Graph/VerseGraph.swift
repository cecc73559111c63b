import Scripture

/// A verse range that pages are about or that links point to: one node of the graph.
public struct GraphNode: Hashable, Sendable {
    /// The node id: the OSIS id of the range (`Exod.32.30-Exod.32.35`), or of the chapter or
    /// book an aggregated node stands for (`Exod.32`, `Exod`).
    public var id: String
    /// The verse range.
    public var range: VerseRange
    /// The human form: `Exodus 32:30-35`.
    public var label: String
    /// The kinds of the pages that are this passage (sorted; empty when none is present).
    public var kinds: [PageKind]
    /// Paths of the files that are this passage, relative to their input folder (sorted).
    public var pages: [String]
    /// For a chapter or book node (`VerseGraph.aggregated(to:versification:)`): its verse,
    /// covered-verse and page counts; nil for a passage node.
    public var summary: NodeSummary?
    /// True when some page of the corpus is this passage (or, for a chapter or book, starts in
    /// it); false when only links name it.
    public var present: Bool { summary.map { $0.pages > 0 } ?? !pages.isEmpty }

    /// The OSIS id of the node's book: `Exod`.
    public var book: String { range.book.osisID }

    /// A node for `range`.
    public init(
        range: VerseRange, label: String? = nil, kinds: [PageKind] = [], pages: [String] = [], id: String? = nil,
        summary: NodeSummary? = nil
    ) {
        self.id = id ?? range.osisID
        self.summary = summary
        self.range = range
        self.label = label ?? range.label
        self.kinds = kinds
        self.pages = pages
    }
}

/// All links of one kind from one node to another, counted.
public struct GraphEdge: Hashable, Sendable {
    /// The node id of the linking page's passage.
    public var source: String
    /// The node id of the link's target passage.
    public var target: String
    /// The first file (relative path) that has such a link, in sorted file order.
    public var file: String
    // The numbers in 32 bits: 56 bytes an edge instead of 72, on a whole site 124,000 edges.
    /// How many links this edge stands for.
    @Int32Stored public var count: Int
    /// The line of that link in that file.
    @Int32Stored public var line: Int
    /// `deeper` or `related`.
    public var kind: LinkKind

    /// An edge with every field given.
    public init(source: String, target: String, kind: LinkKind, count: Int, file: String, line: Int) {
        self.source = source
        self.target = target
        self.kind = kind
        self.count = count
        self.file = file
        self.line = line
    }
}

/// The verse-range graph: nodes in canonical order of their ranges, edges in order of
/// (source, target, kind) by that same node order. The order is part of the value, so every
/// exporter writes the same bytes for the same corpus.
public struct VerseGraph: Hashable, Sendable {
    /// The nodes, sorted by range.
    public private(set) var nodes: [GraphNode]
    /// The edges, sorted by source node, target node, then kind.
    public private(set) var edges: [GraphEdge]
    /// Graph-level attributes written by exporters that have a place for them (name, versification, ...).
    public var attributes: [String: String]

    /// A graph of these nodes and edges, put in canonical order. Edges must name nodes in `nodes`.
    public init(nodes: [GraphNode], edges: [GraphEdge], attributes: [String: String] = [:]) {
        let sortedNodes = nodes.sorted { $0.range < $1.range }
        var position: [String: Int] = [:]
        for (index, node) in sortedNodes.enumerated() { position[node.id] = index }
        self.nodes = sortedNodes
        self.edges = edges.sorted {
            let l = (position[$0.source] ?? -1, position[$0.target] ?? -1, $0.kind)
            let r = (position[$1.source] ?? -1, position[$1.target] ?? -1, $1.kind)
            return l < r
        }
        self.attributes = attributes
    }

    /// A graph whose nodes and edges are already in the canonical order of `init`, which
    /// its builder guarantees (so that a whole site's edges are not sorted again through
    /// string lookups).
    init(canonicallyOrdered nodes: [GraphNode], edges: [GraphEdge], attributes: [String: String]) {
        self.nodes = nodes
        self.edges = edges
        self.attributes = attributes
    }

    /// The node with this id.
    public func node(id: String) -> GraphNode? { nodes.first { $0.id == id } }
}
