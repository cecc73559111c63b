import Scripture

/// Which verses of a scope the pages of a corpus cover, book by book and chapter by chapter.
///
/// A verse is covered when the passage of some counted page holds it; a page on part of a
/// verse ("Acts 9:19b-25") covers the whole verse. The report is a plain value: formatters
/// (`CoverageFormat`) turn it into text, and the CLI alone prints or writes it.
public struct CoverageReport: Sendable, Hashable {
    /// The pages that were counted.
    public let kind: CoverageKind
    /// The verses that were counted.
    public let scope: CoverageScope
    /// The versification whose verses make the denominator.
    public let versification: Versification
    /// The books in scope, in canonical order, including books that no page covers.
    public let books: [BookCoverage]
    /// The sums over all books.
    public let totals: CoverageTotals

    /// A report of these parts as given; `init(nodes:kind:scope:versification:)` computes them.
    public init(
        kind: CoverageKind, scope: CoverageScope, versification: Versification,
        books: [BookCoverage]
    ) {
        self.kind = kind
        self.scope = scope
        self.versification = versification
        self.books = books
        self.totals = CoverageTotals(
            verses: books.reduce(0) { $0 + $1.verses }, covered: books.reduce(0) { $0 + $1.covered })
    }

    /// True when the unrounded total percent is at least `threshold` (`--fail-under`).
    /// 89.999% does not meet 90, although it is shown as `90.00`.
    public func meets(threshold: Double) -> Bool { totals.percent >= threshold }
}

/// The verse counts of a whole report.
public struct CoverageTotals: CoverageCounts, Sendable, Hashable {
    /// The number of verses in scope.
    public let verses: Int
    /// The number of those verses that some counted page holds.
    public let covered: Int

    /// Totals of these counts.
    public init(verses: Int, covered: Int) {
        self.verses = verses
        self.covered = covered
    }
}

/// The coverage of one book.
public struct BookCoverage: CoverageCounts, Sendable, Hashable {
    /// The book.
    public let book: Book
    /// Every chapter of the book, in order.
    public let chapters: [ChapterCoverage]
    /// The longest runs of uncovered verses, in order. A run may cross chapters
    /// (`Exod.31.10-Exod.32.5`); `ChapterCoverage.missing` splits runs at chapter ends.
    public let missing: [VerseRange]
    /// The number of verses in the book.
    public let verses: Int
    /// The number of those verses that some counted page holds.
    public let covered: Int

    /// The coverage of `book` made of its chapters' coverage and the book-level missing runs.
    public init(book: Book, chapters: [ChapterCoverage], missing: [VerseRange]) {
        self.book = book
        self.chapters = chapters
        self.missing = missing
        self.verses = chapters.reduce(0) { $0 + $1.verses }
        self.covered = chapters.reduce(0) { $0 + $1.covered }
    }
}

/// The coverage of one chapter.
public struct ChapterCoverage: CoverageCounts, Sendable, Hashable {
    /// The book.
    public let book: Book
    /// The chapter, from 1.
    public let chapter: Int
    /// How many counted pages hold each verse: `pageCounts[0]` is verse 1. This is what lcov
    /// reports as hit counts.
    public let pageCounts: [Int]
    /// The runs of uncovered verses within the chapter, in order.
    public let missing: [VerseRange]
    /// The number of verses of the chapter.
    public var verses: Int { pageCounts.count }
    /// The number of verses that some counted page holds.
    public let covered: Int

    /// The coverage of a chapter from its per-verse page counts and its missing runs.
    public init(book: Book, chapter: Int, pageCounts: [Int], missing: [VerseRange]) {
        self.book = book
        self.chapter = chapter
        self.pageCounts = pageCounts
        self.missing = missing
        self.covered = pageCounts.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
    }
}
