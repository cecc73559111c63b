import Scripture

extension Corpus {
    /// The verse-range graph: a node per distinct passage that a page is about or a link
    /// leads to, an edge per (source, target, kind) with its link count and first link.
    public func graph(attributes: [String: String] = [:]) -> VerseGraph {
        var nodes: [VerseRange: (kinds: Set<PageKind>, pages: Set<String>)] = [:]
        var edges: [EdgeKey: GraphEdge] = [:]
        for page in pages {
            guard let passage = page.passage else { continue }
            nodes[passage, default: ([], [])].pages.insert(page.path)
            if let kind = page.kind { nodes[passage, default: ([], [])].kinds.insert(kind) }
        }
        for (page, targets) in zip(pages, targets) {
            guard let source = page.passage else { continue }
            for (link, target) in zip(page.links, targets) {
                guard let target = target.range else { continue }
                if nodes[target] == nil { nodes[target] = ([], []) }
                let key = EdgeKey(source: source, target: target, kind: link.kind)
                if edges[key] == nil {
                    // Pages are sorted by path and links are in document order: the first link
                    // met is the first in the corpus, whatever order files were parsed in.
                    edges[key] = GraphEdge(
                        source: source.osisID, target: target.osisID, kind: link.kind, count: 0,
                        file: page.path, line: link.line)
                }
                edges[key]!.count += 1
            }
        }
        let graphNodes = nodes.map { range, info in
            GraphNode(range: range, kinds: info.kinds.sorted(), pages: info.pages.sorted())
        }
        return VerseGraph(nodes: graphNodes, edges: Array(edges.values), attributes: attributes)
    }
}

private struct EdgeKey: Hashable {
    let source: VerseRange
    let target: VerseRange
    let kind: LinkKind
}
