import Scripture

extension VerseGraph {
    /// The graph with its passage nodes merged into a node per chapter or per book (`level`
    /// `.passage` gives the graph back as it is). A passage belongs to the chapter it starts in.
    ///
    /// An aggregated node has the id `Exod.32` or `Exod`, the chapter's or book's whole range,
    /// the kinds of its pages, and a `summary`: verse count, covered verses (by pages of any
    /// kind, as in `coverage`) and page count. Its `pages` list is left empty. An edge per
    /// (source, target, kind) counts every link it merges and keeps the first of their files
    /// and lines.
    public func aggregated(to level: GraphLevel, versification: Versification) -> VerseGraph {
        guard level != .passage else { return self }
        let coverage = CoverageReport(graph: self, scope: .canon, versification: versification)
        var groups: [VerseRange: Group] = [:]
        var groupOf: [String: VerseRange] = [:]
        for node in nodes {
            guard let whole = Self.whole(node.range, level, versification) else { continue }
            groupOf[node.id] = whole
            groups[whole, default: Group()].kinds.formUnion(node.kinds)
            groups[whole, default: Group()].pages.formUnion(node.pages)
        }
        let merged = groups.map { range, group in
            let summary = Self.summary(range, level, coverage, pages: group.pages.count)
            let id = level == .book ? range.book.osisID : "\(range.book.osisID).\(range.start.chapter)"
            let label =
                level == .book || range.book.hasSingleChapter ? range.book.displayName : range.humanForm(in: versification)
            return GraphNode(range: range, label: label, kinds: group.kinds.sorted(), id: id, summary: summary)
        }
        let idOf = Dictionary(uniqueKeysWithValues: merged.map { ($0.range, $0.id) })
        var edges: [String: GraphEdge] = [:]
        for edge in self.edges {
            guard let from = groupOf[edge.source].flatMap({ idOf[$0] }), let to = groupOf[edge.target].flatMap({ idOf[$0] })
            else { continue }
            let key = "\(from)\u{1F}\(to)\u{1F}\(edge.kind.rawValue)"
            if var known = edges[key] {
                known.count += edge.count
                if (edge.file, edge.line) < (known.file, known.line) { (known.file, known.line) = (edge.file, edge.line) }
                edges[key] = known
            } else {
                edges[key] = GraphEdge(
                    source: from, target: to, kind: edge.kind, count: edge.count, file: edge.file, line: edge.line)
            }
        }
        var attributes = self.attributes
        attributes["level"] = level.rawValue
        return VerseGraph(nodes: merged, edges: Array(edges.values), attributes: attributes)
    }

    private struct Group {
        var kinds = Set<PageKind>()
        var pages = Set<String>()
    }

    /// The whole chapter or book that `range` starts in.
    private static func whole(_ range: VerseRange, _ level: GraphLevel, _ versification: Versification) -> VerseRange? {
        let book = range.book
        let chapter = min(range.start.chapter, versification.chapterCount(of: book))
        return level == .book
            ? try? VerseRange(book, chapter: 1, through: versification.chapterCount(of: book), in: versification)
            : try? VerseRange(book, chapter: chapter, in: versification)
    }

    private static func summary(
        _ range: VerseRange, _ level: GraphLevel, _ coverage: CoverageReport, pages: Int
    ) -> NodeSummary {
        let book = coverage.books.first { $0.book == range.book }
        guard level == .chapter else {
            return NodeSummary(verses: book?.verses ?? 0, covered: book?.covered ?? 0, pages: pages)
        }
        let chapter = book?.chapters.first { $0.chapter == range.start.chapter }
        return NodeSummary(verses: chapter?.verses ?? 0, covered: chapter?.covered ?? 0, pages: pages)
    }
}
