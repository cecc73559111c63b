import Scripture

/// How coverage moved between two runs: the totals and, for every book in either run's
/// scope, the percent before and after and the verses newly covered and newly lost.
public struct CoverageDiff: Sendable, Hashable {
    /// The totals of the old run.
    public var before: CoverageTotals
    /// The totals of the new run.
    public var after: CoverageTotals
    /// Every book of either scope, in canonical order.
    public var books: [BookCoverageChange]

    /// Compares two snapshots, which must count the same kind of pages in one versification.
    public init(before: CoverageSnapshot, after: CoverageSnapshot) throws(ReportFileError) {
        guard before.versification == after.versification else {
            throw .mismatch(
                message: "the coverage reports use different versifications (\(before.versification.rawValue) "
                    + "and \(after.versification.rawValue)); compare runs made with the same --versification")
        }
        guard before.kind == after.kind else {
            throw .mismatch(
                message: "the coverage reports count different pages (--kind \(before.kind) and --kind "
                    + "\(after.kind)); compare runs made with the same --kind")
        }
        let old = Dictionary(before.books.map { ($0.book, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.books.map { ($0.book, $0) }, uniquingKeysWith: { first, _ in first })
        let versification = after.versification
        self.before = before.totals
        self.after = after.totals
        self.books = Set(old.keys).union(new.keys).sorted().map { book in
            BookCoverageChange(book: book, before: old[book], after: new[book], versification: versification)
        }
    }

    /// True when the total percent fell (compared unrounded, as `--fail-under` compares).
    public var dropped: Bool { after.covered * before.verses < before.covered * after.verses }

    /// The books whose covered verses changed, or that entered or left the scope.
    public var changedBooks: [BookCoverageChange] { books.filter(\.isChanged) }
}

/// The coverage of one book in two runs. A book outside one run's scope has no counts there.
public struct BookCoverageChange: Sendable, Hashable {
    /// The book.
    public var book: Book
    /// Its counts in the old run, or nil when it was not in scope.
    public var before: CoverageTotals?
    /// Its counts in the new run, or nil when it is not in scope.
    public var after: CoverageTotals?
    /// The verses covered now and not before, as OSIS ranges in order (runs may cross chapters).
    public var gained: [String]
    /// The verses covered before and not now, as OSIS ranges in order.
    public var lost: [String]

    /// Compares the book's two snapshots; a missing side counts as nothing covered.
    init(book: Book, before: BookSnapshot?, after: BookSnapshot?, versification: Versification) {
        self.book = book
        self.before = before.map { CoverageTotals(verses: $0.verses, covered: $0.covered) }
        self.after = after.map { CoverageTotals(verses: $0.verses, covered: $0.covered) }
        let count = versification.verseCount(of: book)
        let old = before?.coveredVerses ?? [Bool](repeating: false, count: count)
        let new = after?.coveredVerses ?? [Bool](repeating: false, count: count)
        let positions = 0..<min(old.count, new.count)
        gained = versification.runs(of: positions.map { new[$0] && !old[$0] }, in: book)
        lost = versification.runs(of: positions.map { old[$0] && !new[$0] }, in: book)
    }

    /// True when a verse was gained or lost, or the book entered or left the scope.
    public var isChanged: Bool { !gained.isEmpty || !lost.isEmpty || (before == nil) != (after == nil) }
}

extension CoverageCounts {
    /// The change from `before` to these counts in percentage points, from the two-decimal
    /// percents as reports show them, so that the figures add up: `+1.25`, `-0.50`, `0.00`.
    func changeText(from before: some CoverageCounts) -> String {
        CoverageWording.points(percentHundredths - before.percentHundredths, signed: true)
    }
}
