import Scripture

extension CoverageReport {
    /// Computes the coverage of `scope` by the pages of `corpus` that `kind` counts, under
    /// the corpus's versification.
    public init(corpus: Corpus, kind: CoverageKind = .any, scope: CoverageScope = .canon) {
        let holdings = corpus.pages.lazy.compactMap { page -> Holding? in
            guard let range = page.passage else { return nil }
            return Holding(range: range, pages: kind.counts(page.kind) ? 1 : 0)
        }
        self.init(holdings: holdings, kind: kind, scope: scope, versification: corpus.versification)
    }

    /// Computes the coverage of `scope` by the present pages among `nodes` that `kind`
    /// counts. A node counts all of its pages, even when they are of several kinds and only
    /// one kind is counted, because a node does not say which page has which kind; a corpus
    /// does (`init(corpus:kind:scope:)`).
    public init(
        nodes: some Sequence<GraphNode>, kind: CoverageKind = .any, scope: CoverageScope = .canon,
        versification: Versification
    ) {
        let holdings = nodes.lazy.filter(\.present).map { node in
            Holding(range: node.range, pages: kind.counts(node) ? node.pages.count : 0)
        }
        self.init(holdings: holdings, kind: kind, scope: scope, versification: versification)
    }

    /// A report from a whole graph's nodes.
    public init(
        graph: VerseGraph, kind: CoverageKind = .any, scope: CoverageScope = .canon, versification: Versification
    ) {
        self.init(nodes: graph.nodes, kind: kind, scope: scope, versification: versification)
    }

    /// A range that present pages are about, and how many of them `kind` counts (0 keeps the
    /// book in a `corpus` scope without covering anything).
    private struct Holding {
        let range: VerseRange
        let pages: Int
    }

    /// Work is linear in the number of holdings plus the verses of the canon: each adds its
    /// page count to a flat difference array over verse ordinals, one prefix sum turns that
    /// into pages-per-verse, and the books in scope are read off that array. A corpus of
    /// 31,102 verse pages plus passages takes milliseconds.
    private init(
        holdings: some Sequence<Holding>, kind: CoverageKind, scope: CoverageScope, versification: Versification
    ) {
        let total = versification.totalVerses
        // A difference array: slot i holds how many more pages hold verse i than verse i - 1,
        // so a range costs two writes however long it is. The extra slot takes the end of Rev 22:21.
        var pagesPerVerse = [Int](repeating: 0, count: total + 1)
        var corpusBooks = Set<Book>()
        for holding in holdings {
            corpusBooks.insert(holding.range.book)
            guard holding.pages > 0, let ordinals = Self.ordinals(of: holding.range, in: versification) else { continue }
            pagesPerVerse[ordinals.lowerBound] += holding.pages
            pagesPerVerse[ordinals.upperBound + 1] -= holding.pages
        }
        var running = 0
        for index in pagesPerVerse.indices {
            running += pagesPerVerse[index]
            pagesPerVerse[index] = running
        }
        let books = scope.books(corpus: corpusBooks).compactMap {
            Self.bookCoverage($0, pagesPerVerse: pagesPerVerse, versification: versification)
        }
        self.init(kind: kind, scope: scope, versification: versification, books: books)
    }

    /// The ordinals of a range. A range read under the other versification may name a verse
    /// this one lacks (3 John 1:15 in the RSV); its ends are then clamped to the chapter's last
    /// verse, whose KJV text holds what the RSV numbers separately.
    static func ordinals(of range: VerseRange, in versification: Versification) -> ClosedRange<Int>? {
        if let ordinals = range.ordinals(in: versification) { return ordinals }
        func clamped(_ verse: Verse) -> Int? {
            guard let last = versification.verseCount(of: verse.book, chapter: verse.chapter) else { return nil }
            return versification.ordinal(of: Verse(verse.book, verse.chapter, min(verse.verse, last)))
        }
        guard let first = clamped(range.start), let last = clamped(range.end), first <= last else {
            return nil
        }
        return first...last
    }

    /// Reads one book off the pages-per-verse array: chapters, their missing runs, and the
    /// book's missing runs (which, unlike the chapters', may cross chapter ends).
    static func bookCoverage(
        _ book: Book, pagesPerVerse: [Int], versification: Versification
    ) -> BookCoverage? {
        guard var ordinal = versification.ordinal(of: Verse(book, 1, 1)) else { return nil }
        var chapters: [ChapterCoverage] = []
        var bookRuns = CoverageRunCollector(book: book, versification: versification)
        for chapter in 1...versification.chapterCount(of: book) {
            let count = versification.verseCount(of: book, chapter: chapter) ?? 0
            let pageCounts = Array(pagesPerVerse[ordinal..<ordinal + count])
            ordinal += count
            var chapterRuns = CoverageRunCollector(book: book, versification: versification)
            for (offset, pages) in pageCounts.enumerated() {
                let verse = Verse(book, chapter, offset + 1)
                chapterRuns.add(verse, covered: pages > 0)
                bookRuns.add(verse, covered: pages > 0)
            }
            chapters.append(
                ChapterCoverage(book: book, chapter: chapter, pageCounts: pageCounts, missing: chapterRuns.finish()))
        }
        return BookCoverage(book: book, chapters: chapters, missing: bookRuns.finish())
    }
}

/// Gathers runs of consecutive uncovered verses, fed one verse at a time in order.
struct CoverageRunCollector {
    let book: Book
    let versification: Versification
    private var start: Verse?
    private var last: Verse?
    private var runs: [VerseRange] = []

    init(book: Book, versification: Versification) {
        self.book = book
        self.versification = versification
    }

    mutating func add(_ verse: Verse, covered: Bool) {
        if covered {
            close()
        } else {
            if start == nil { start = verse }
            last = verse
        }
    }

    mutating func finish() -> [VerseRange] {
        close()
        return runs
    }

    private mutating func close() {
        // The verses come from the versification's own counts, so the range is always valid;
        // `try?` only keeps a would-be impossible error from becoming a crash.
        if let start, let last, let range = try? VerseRange(start, last, in: versification) {
            runs.append(range)
        }
        start = nil
        last = nil
    }
}
