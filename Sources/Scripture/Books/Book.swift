/// One of the 66 books of the Protestant canon, in canonical order (Genesis first).
///
/// A `Book` is a small index into the generated book table, so it is cheap to copy, hash
/// and compare; canonical order is the order of `Book.all`.
public struct Book: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The book's position in the canon, 0 for Genesis through 65 for Revelation.
    public var index: Int { Int(storedIndex) }
    // One byte: a verse range holds two books, and a whole site a few ranges per link.
    private let storedIndex: UInt8

    init(uncheckedIndex index: Int) { storedIndex = UInt8(truncatingIfNeeded: index) }

    /// The book at `index` (0-based canonical position), or nil outside 0..<66.
    public init?(index: Int) {
        guard BookRecord.table.indices.contains(index) else { return nil }
        storedIndex = UInt8(index)
    }

    /// All 66 books in canonical order.
    public static let all: [Book] = BookRecord.table.indices.map(Book.init(uncheckedIndex:))

    var record: BookRecord { BookRecord.table[index] }

    /// The OSIS book id, e.g. `Exod`, `1John`, `Ps`.
    public var osisID: String { Book.osisIDs[index] }

    private static let osisIDs = BookRecord.table.map(\.osisID)

    /// The book's title as the versification data gives it, e.g. `Exodus`, `Psalms`.
    public var title: String { record.title }

    /// The name used in human-readable references. Commentary sites write "Psalm 23", so the
    /// Psalms are named in the singular; every other book uses its title.
    public var displayName: String { Book.displayNames[index] }

    private static let displayNames = BookRecord.table.map { $0.osisID == "Ps" ? "Psalm" : $0.title }

    /// The USFM (Paratext) book code in upper case, e.g. `EXO`, `1JN`.
    public var usfmCode: String { record.usfmCode }

    /// The names and abbreviations that the data lists for this book (title first).
    public var aliases: [String] { record.aliases }

    /// True for Genesis through Malachi.
    public var isOldTestament: Bool { index < 39 }

    /// True for books that have a single chapter (Obadiah, Philemon, 2 John, 3 John, Jude),
    /// where a lone number is a verse ("Jude 3").
    public var hasSingleChapter: Bool { Book.singleChapter[index] }

    private static let singleChapter = BookRecord.table.map { $0.kjvVerseCounts.count == 1 }

    public static func < (lhs: Book, rhs: Book) -> Bool { lhs.index < rhs.index }

    public var description: String { osisID }
}

extension Book {
    private static let byOSIS: [String: Book] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.osisID.lowercased(), $0) })
    private static let byUSFM: [String: Book] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.usfmCode.lowercased(), $0) })

    /// The book with this OSIS id (`Exod`, `1John`), ignoring case.
    public init?(osisID: String) {
        guard let book = Book.byOSIS[osisID.lowercased()] else { return nil }
        self = book
    }

    /// The book with this USFM code (`EXO`, `exo`, `1jn`), ignoring case.
    public init?(usfmCode: String) {
        guard let book = Book.byUSFM[usfmCode.lowercased()] else { return nil }
        self = book
    }

    /// The book that a name or abbreviation denotes: case-insensitive, tolerant of a trailing
    /// period ("Ex."), and of numbered forms written `1 John`, `1John`, `I John`, `First John`
    /// or `1st John`. Returns nil for unknown or ambiguous names ("Jo").
    public init?(named name: String) {
        guard let book = BookNameIndex.book(exactlyNamed: name) else { return nil }
        self = book
    }
}
