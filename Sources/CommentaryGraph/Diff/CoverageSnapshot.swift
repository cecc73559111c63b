import Scripture

/// Which verses were covered, book by book: what `diff` compares. It is made from a live
/// `CoverageReport` or read back from its `coverage.json` (`init(json:source:)`), which keeps
/// the covered verses but not how many pages hold each.
public struct CoverageSnapshot: Sendable, Hashable {
    /// The pages that were counted (`any`, `synopsis`, `commentary`).
    public var kind: String
    /// The scope as written in the report (`canon`, `Exod`, ...).
    public var scope: String
    /// The versification of the verse numbers.
    public var versification: Versification
    /// The books in scope, in canonical order.
    public var books: [BookSnapshot]

    /// A snapshot of these parts.
    public init(kind: String, scope: String, versification: Versification, books: [BookSnapshot]) {
        self.kind = kind
        self.scope = scope
        self.versification = versification
        self.books = books.sorted { $0.book < $1.book }
    }

    /// The covered verses of `report`.
    public init(report: CoverageReport) {
        let books = report.books.map { book in
            BookSnapshot(book: book.book, covered: book.chapters.flatMap { $0.pageCounts.map { $0 > 0 } })
        }
        self.init(
            kind: report.kind.rawValue, scope: report.scope.description, versification: report.versification,
            books: books)
    }

    /// The sums over all books.
    public var totals: CoverageTotals {
        CoverageTotals(verses: books.reduce(0) { $0 + $1.verses }, covered: books.reduce(0) { $0 + $1.covered })
    }
}

/// The covered verses of one book.
public struct BookSnapshot: CoverageCounts, Sendable, Hashable {
    /// The book.
    public var book: Book
    /// One flag per verse of the book, in order: chapter 1 verse 1 first.
    public var coveredVerses: [Bool]

    /// A book whose verses in order are covered as `covered` says.
    public init(book: Book, covered: [Bool]) {
        self.book = book
        self.coveredVerses = covered
    }

    /// The number of verses in the book.
    public var verses: Int { coveredVerses.count }
    /// The number of covered verses.
    public var covered: Int { coveredVerses.reduce(0) { $0 + ($1 ? 1 : 0) } }
}

extension Versification {
    /// The verse at 0-based `position` in `book` (chapter 1 verse 1 is 0), or nil past its end.
    func verse(of book: Book, at position: Int) -> Verse? {
        var rest = position
        for chapter in 1...chapterCount(of: book) {
            let count = verseCount(of: book, chapter: chapter) ?? 0
            if rest < count { return Verse(book, chapter, rest + 1) }
            rest -= count
        }
        return nil
    }

    /// The 0-based position of `verse` within its book, or nil when it does not exist.
    func position(of verse: Verse) -> Int? {
        guard let ordinal = ordinal(of: verse) else { return nil }
        guard let first = self.ordinal(of: Verse(verse.book, 1, 1)) else { return nil }
        return ordinal - first
    }

    /// The runs of positions in `book` where `flags` is true, as OSIS ranges in order
    /// (`Exod.32.1-Exod.32.5`, `Exod.32.31`); a run may cross chapters.
    func runs(of flags: [Bool], in book: Book) -> [String] {
        var runs: [String] = []
        var position = 0
        while position < flags.count {
            guard flags[position] else {
                position += 1
                continue
            }
            var end = position
            while end + 1 < flags.count, flags[end + 1] { end += 1 }
            if let first = verse(of: book, at: position), let last = verse(of: book, at: end) {
                runs.append(first == last ? first.osisID : "\(first.osisID)-\(last.osisID)")
            }
            position = end + 1
        }
        return runs
    }
}
