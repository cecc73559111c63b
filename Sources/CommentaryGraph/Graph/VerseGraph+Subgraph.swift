import Scripture

// Subgraphs keep the graph's attributes and are built through `VerseGraph.init`, so they are
// in canonical order like any other graph and export the same way.
extension VerseGraph {
    /// The part of the graph that touches `book`: every edge with at least one end in the
    /// book, the book's nodes, and the nodes of other books at the far end of those edges.
    ///
    /// Cross-book edges are kept with their endpoints because a link from Exodus to Romans is
    /// part of what the Exodus pages say; dropping it would hide those links. Nodes of other
    /// books that no edge of `book` reaches are left out.
    public func filtered(book: Book) -> VerseGraph {
        let inBook = Set(nodes.lazy.filter { $0.range.book == book }.map(\.id))
        let kept = edges.filter { inBook.contains($0.source) || inBook.contains($0.target) }
        let ends = Set(kept.flatMap { [$0.source, $0.target] })
        let chosen = nodes.filter { inBook.contains($0.id) || ends.contains($0.id) }
        return VerseGraph(nodes: chosen, edges: kept, attributes: attributes)
    }

    /// The graph of only the links of `kind`: its edges, the nodes they join, and every
    /// node that a page of the corpus is.
    ///
    /// Present nodes stay even without edges, because they are pages of the corpus whichever
    /// links are shown; a node that only links named is dropped when no link of `kind` names
    /// it, since it exists only as a link target.
    public func filtered(kind: LinkKind) -> VerseGraph {
        let kept = edges.filter { $0.kind == kind }
        let ends = Set(kept.flatMap { [$0.source, $0.target] })
        let chosen = nodes.filter { $0.present || ends.contains($0.id) }
        return VerseGraph(nodes: chosen, edges: kept, attributes: attributes)
    }

    /// The nodes whose ranges overlap `range`, the nodes within `depth` hops of them along
    /// edges followed in either direction, and every edge between two chosen nodes.
    ///
    /// A `depth` of 0 (or less, which is read as 0) gives the overlapping nodes and the edges
    /// among them. When no node overlaps `range` the result is empty (with the attributes).
    public func neighbourhood(of range: VerseRange, depth: Int = 1) -> VerseGraph {
        var adjacent: [String: [String]] = [:]
        for edge in edges {
            adjacent[edge.source, default: []].append(edge.target)
            adjacent[edge.target, default: []].append(edge.source)
        }
        var chosen = Set(nodes.lazy.filter { $0.range.overlaps(range) }.map(\.id))
        var frontier = chosen
        // Stops when the frontier is empty, not after `depth` rounds only: a depth of
        // Int.max must cost what the graph's diameter costs.
        var rounds = 0
        while rounds < depth, !frontier.isEmpty {
            rounds += 1
            var next: Set<String> = []
            for id in frontier {
                for neighbour in adjacent[id] ?? [] where !chosen.contains(neighbour) {
                    next.insert(neighbour)
                }
            }
            chosen.formUnion(next)
            frontier = next
        }
        return VerseGraph(
            nodes: nodes.filter { chosen.contains($0.id) },
            edges: edges.filter { chosen.contains($0.source) && chosen.contains($0.target) },
            attributes: attributes)
    }
}
