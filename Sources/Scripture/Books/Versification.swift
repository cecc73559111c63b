/// A versification: how many chapters each book has and how many verses each chapter has.
///
/// `kjv` is the default and what the King James Version prints. `rsv` follows the RSV/ESV
/// (and Paratext's `eng.vrs`), which differ from the KJV in two chapters: 3 John 1 has 15
/// verses and Revelation 12 has 18.
public enum Versification: String, CaseIterable, Sendable, Hashable {
    /// King James numbering (31,102 verses).
    case kjv
    /// RSV/ESV numbering (31,104 verses).
    case rsv

    /// The verse counts of every chapter, indexed by book index and then chapter - 1.
    public var verseCounts: [[Int]] {
        switch self {
        case .kjv: Self.kjvCounts
        case .rsv: Self.rsvCounts
        }
    }

    /// The number of chapters `book` has.
    public func chapterCount(of book: Book) -> Int { VerseCountTable.of(self).chapterCount(of: book) }

    /// The number of verses in `chapter` of `book`, or nil if the book has no such chapter.
    public func verseCount(of book: Book, chapter: Int) -> Int? {
        VerseCountTable.of(self).verseCount(of: book, chapter: chapter)
    }

    /// The number of verses in `book`.
    public func verseCount(of book: Book) -> Int { verseCounts[book.index].reduce(0, +) }

    /// The number of verses in the whole canon.
    public var totalVerses: Int { ordinalTable.total }

    /// The number of chapters in the whole canon.
    public var totalChapters: Int { verseCounts.reduce(0) { $0 + $1.count } }

    /// The 0-based position of a verse in canonical order (parts ignored), or nil if the
    /// versification has no such verse. Ordinals let coverage use flat bit sets.
    public func ordinal(of verse: Verse) -> Int? {
        guard let count = verseCount(of: verse.book, chapter: verse.chapter),
            verse.verse >= 1, verse.verse <= count
        else { return nil }
        return ordinalTable.chapterStart[verse.book.index][verse.chapter - 1] + verse.verse - 1
    }

    /// The first ordinal of `chapter` of `book` (the ordinal of its verse 1).
    func firstOrdinal(of book: Book, chapter: Int) -> Int {
        ordinalTable.chapterStart[book.index][chapter - 1]
    }

    private static let kjvCounts: [[Int]] = BookRecord.table.map(\.kjvVerseCounts)
    private static let rsvCounts: [[Int]] = {
        var counts = kjvCounts
        counts[Book(osisID: "3John")!.index][0] = 15
        counts[Book(osisID: "Rev")!.index][11] = 18
        return counts
    }()

    private struct OrdinalTable: Sendable {
        var chapterStart: [[Int]] = []
        var total = 0
        init(_ counts: [[Int]]) {
            for chapters in counts {
                var starts: [Int] = []
                for count in chapters {
                    starts.append(total)
                    total += count
                }
                chapterStart.append(starts)
            }
        }
    }
    private static let kjvOrdinals = OrdinalTable(kjvCounts)
    private static let rsvOrdinals = OrdinalTable(rsvCounts)
    private var ordinalTable: OrdinalTable {
        switch self {
        case .kjv: Self.kjvOrdinals
        case .rsv: Self.rsvOrdinals
        }
    }
}
