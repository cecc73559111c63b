import Scripture

extension Corpus {
    /// The verse-range graph: a node per distinct range that a page is about or a link leads
    /// to, an edge per (source, target, kind) with its link count and first link.
    ///
    /// Nodes and edges are numbered as they are met, then put in canonical order once by
    /// sorting integers; node ids are formatted once per node, not once per edge (on a whole
    /// site, 36,000 nodes and 124,000 edges).
    public func graph(attributes: [String: String] = [:]) -> VerseGraph {
        var edges: [NumberedEdge] = []
        let (ranges, pagesOf) = numberNodes(collectingEdgesInto: &edges)
        let order = ranges.indices.sorted { ranges[$0] < ranges[$1] }
        var rank = [Int](repeating: 0, count: ranges.count)
        for (position, node) in order.enumerated() { rank[node] = position }
        let ids = ranges.map(\.osisID)
        let nodes = order.map { node in
            // Pages are sorted by path: their paths come sorted, equal ones side by side.
            var paths: [String] = []
            for page in pagesOf[node] where paths.last != pages[page].path { paths.append(pages[page].path) }
            let kinds = Set(pagesOf[node].compactMap { pages[$0].kind }).sorted()
            return GraphNode(range: ranges[node], kinds: kinds, pages: paths, id: ids[node])
        }
        edges.sort { a, b in
            let (l, r) = (a.key, b.key)
            return (rank[l.source], rank[l.target], l.kind) < (rank[r.source], rank[r.target], r.kind)
        }
        let graphEdges = edges.map { edge in
            GraphEdge(
                source: ids[edge.key.source], target: ids[edge.key.target], kind: edge.key.kind,
                count: Int(edge.count), file: pages[Int(edge.page)].path, line: Int(edge.line))
        }
        return VerseGraph(canonicallyOrdered: nodes, edges: graphEdges, attributes: attributes)
    }
}

extension Corpus {
    /// An edge met while numbering: its key, its link count and its first link.
    fileprivate typealias NumberedEdge = (key: EdgeKey, count: Int32, page: Int32, line: Int32)

    /// The nodes' ranges and pages, and into `edges` the edges, numbered as they are met. The
    /// tables that number them are freed on return, before the graph's own arrays are made: on
    /// a whole site, 36,000 ranges and 124,000 edges (their table alone was 8 MB).
    fileprivate func numberNodes(
        collectingEdgesInto edges: inout [NumberedEdge]
    ) -> (ranges: [VerseRange], pagesOf: [[Int]]) {
        var numbers: [VerseRange: Int] = [:]
        var ranges: [VerseRange] = []
        var pagesOf: [[Int]] = []
        func number(of range: VerseRange) -> Int {
            if let known = numbers[range] { return known }
            numbers[range] = ranges.count
            ranges.append(range)
            pagesOf.append([])
            return ranges.count - 1
        }
        for (index, page) in pages.enumerated() {
            guard let range = page.passage else { continue }
            pagesOf[number(of: range)].append(index)
        }
        var edgeNumbers: [EdgeKey: Int] = [:]
        for (index, (page, targets)) in zip(pages, self.targets).enumerated() {
            guard let source = page.passage.map(number(of:)) else { continue }
            for (link, target) in zip(page.links, targets) {
                guard let range = target.range else { continue }
                let key = EdgeKey(source: source, target: number(of: range), kind: link.kind)
                if let known = edgeNumbers[key] {
                    edges[known].count += 1
                } else {
                    // Pages are sorted by path and links are in document order: the first link
                    // met is the first in the corpus, whatever order files were parsed in.
                    edgeNumbers[key] = edges.count
                    edges.append((key, 1, Int32(index), Int32(clamping: link.line)))
                }
            }
        }
        return (ranges, pagesOf)
    }
}

/// An edge by node numbers, before the canonical order is known: 8 bytes, source and target
/// below 2^31 nodes each.
private struct EdgeKey: Hashable {
    private let packed: Int

    init(source: Int, target: Int, kind: LinkKind) {
        precondition(source < 1 << 31 && target < 1 << 31, "more than 2^31 graph nodes")
        packed = source << 32 | target << 1 | (kind == .deeper ? 0 : 1)
    }

    var source: Int { packed >> 32 }
    var target: Int { (packed & 0xFFFF_FFFF) >> 1 }
    var kind: LinkKind { packed & 1 == 0 ? .deeper : .related }
}
