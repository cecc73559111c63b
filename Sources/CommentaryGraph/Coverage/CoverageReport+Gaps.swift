import Scripture

/// A longest run of uncovered verses, for the to-do list an editor wants first.
public struct CoverageGap: Sendable, Hashable {
    /// The verses, a run that may cross chapters.
    public let range: VerseRange
    /// How many verses the run has.
    public let verses: Int
    /// How many chapters it touches (in whole or in part).
    public let chapters: Int
}

extension CoverageReport {
    /// The `limit` longest runs of uncovered verses, longest first (ties in canonical order):
    /// `Psalms 120-134`, 15 chapters, 153 verses.
    public func largestGaps(limit: Int = 10) -> [CoverageGap] {
        let gaps = books.flatMap(\.missing).map { range in
            CoverageGap(
                range: range, verses: range.verseCount(in: versification),
                chapters: range.end.chapter - range.start.chapter + 1)
        }
        let ranked = gaps.enumerated().sorted { lhs, rhs in
            lhs.element.verses != rhs.element.verses ? lhs.element.verses > rhs.element.verses : lhs.offset < rhs.offset
        }
        return ranked.prefix(max(0, limit)).map(\.element)
    }
}

/// Which books a human-readable report lists, and in what order (`--skip-covered`, `--sort`).
public struct CoverageListing: Sendable, Hashable {
    /// The order of the book rows.
    public enum Order: String, CaseIterable, Sendable, Hashable {
        /// Canonical order, Genesis first (the default).
        case canon
        /// Lowest percent first, as coverage.py's `--sort cover`; ties in canonical order.
        case cover
        /// Alphabetical by the book's title.
        case name
    }

    /// Leave out the books whose every verse is covered (the TOTAL still counts them).
    public var skipCovered: Bool
    /// The order of the rows.
    public var order: Order
    /// How many of the largest gaps to list (0: none).
    public var gaps: Int

    /// A listing; the default lists every book in canonical order and the ten largest gaps.
    public init(skipCovered: Bool = false, order: Order = .canon, gaps: Int = 10) {
        self.skipCovered = skipCovered
        self.order = order
        self.gaps = gaps
    }

    /// The books of `report` to list, in order.
    public func books(of report: CoverageReport) -> [BookCoverage] {
        let kept = skipCovered ? report.books.filter { $0.uncovered > 0 } : report.books
        switch order {
        case .canon: return kept
        case .name:
            return kept.sorted { $0.book.title != $1.book.title ? $0.book.title < $1.book.title : $0.book < $1.book }
        case .cover:
            return kept.enumerated().sorted { lhs, rhs in
                let (left, right) = (lhs.element, rhs.element)
                // covered/verses compared exactly, without floating point (books have verses).
                let leftShare = left.covered * right.verses
                let rightShare = right.covered * left.verses
                return leftShare != rightShare ? leftShare < rightShare : lhs.offset < rhs.offset
            }.map(\.element)
        }
    }
}
