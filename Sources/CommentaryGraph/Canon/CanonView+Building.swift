import Scripture

extension CanonView {
    /// The view of `links` over the chapters of the books `coverage` reports on, covered as
    /// `coverage` says.
    public init(links: LinkTable, coverage: CoverageReport) {
        var chapters: [Chapter] = []
        var firstIndex: [Book: Int] = [:]
        for book in coverage.books {
            firstIndex[book.book] = chapters.count
            for chapter in book.chapters {
                chapters.append(
                    Chapter(
                        book: book.book, chapter: chapter.chapter, covered: chapter.pageCounts.map { $0 > 0 }, pages: 0,
                        linksOut: 0, linksIn: 0, brokenOut: 0))
            }
        }
        func index(_ book: Book, _ chapter: Int) -> Int? {
            guard let first = firstIndex[book], chapter >= 1, first + chapter - 1 < chapters.count,
                chapters[first + chapter - 1].book == book
            else { return nil }
            return first + chapter - 1
        }
        for page in links.pages {
            if let range = page.range, let at = index(range.book, range.start.chapter) { chapters[at].pages += 1 }
        }
        var arcs: [ArcKey: (count: Int, broken: Int)] = [:]
        var outside = 0
        for link in links.links {
            let from = links.pages[link.source].range.flatMap { index($0.book, $0.start.chapter) }
            let to = link.target.flatMap { index($0.book, $0.start.chapter) }
            if let from {
                chapters[from].linksOut += 1
                if link.isBroken { chapters[from].brokenOut += 1 }
            }
            if let to { chapters[to].linksIn += 1 }
            guard let from, let to else {
                outside += 1
                continue
            }
            let key = ArcKey(source: from, target: to, kind: link.kind)
            arcs[key, default: (0, 0)].count += 1
            if link.isBroken { arcs[key, default: (0, 0)].broken += 1 }
        }
        self.init(
            versification: coverage.versification, chapters: chapters,
            arcs: arcs.map { Arc(source: $0.source, target: $0.target, kind: $0.kind, count: $1.count, broken: $1.broken) },
            linksOutsideScope: outside)
    }

    /// The view of `links`, covered as `graph`'s nodes say. `scope` nil means the books that
    /// have a page or that a link leads to.
    public init(links: LinkTable, graph: VerseGraph, versification: Versification, scope: CoverageScope? = nil) {
        let coverage = CoverageReport(graph: graph, scope: scope ?? .books(links.books), versification: versification)
        self.init(links: links, coverage: coverage)
    }

    /// The view of a corpus: its pages and links (broken as `check` says), covered as `graph`'s
    /// nodes say. `scope` nil means the books that have a page or that a link leads to.
    public init(
        corpus: Corpus, graph: VerseGraph, check: CheckReport, versification: Versification,
        scope: CoverageScope? = nil
    ) {
        self.init(
            links: LinkTable(corpus: corpus, check: check), graph: graph, versification: versification, scope: scope)
    }
}

extension LinkTable {
    /// The books that some page is about or some link leads to, in canonical order.
    public var books: [Book] {
        var books = Set(pages.compactMap { $0.range?.book })
        for link in links { if let target = link.target { books.insert(target.book) } }
        return books.sorted()
    }
}

private struct ArcKey: Hashable {
    let source: Int
    let target: Int
    let kind: LinkKind
}
