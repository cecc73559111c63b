import Scripture

/// How a site's URLs write a book: USFM codes (`exo`, `1jn`), OSIS ids (`exod`, `1john`),
/// English names (`exodus`, `1-john`, `song-of-solomon`), or a table of the site's own
/// codes. Compared without case; in English names, spaces, `-`, `_`, `.` and `+` between
/// the words are ignored.
public enum BookCodes: Sendable, Hashable, CustomStringConvertible {
    /// USFM (Paratext) codes.
    case usfm
    /// OSIS book ids.
    case osis
    /// English names: the book's title (`psalms`) or its name in references (`psalm`).
    case english
    /// The site's own codes (lower case) mapped to books.
    case table([String: Book])

    /// The names `book_codes:` takes in versegraph.yml (besides a table).
    public static let names = ["usfm", "osis", "english"]

    /// The codes named `name` (`usfm`, `osis`, `english`), ignoring case.
    public init?(named name: String) {
        switch name.lowercased() {
        case "usfm": self = .usfm
        case "osis": self = .osis
        case "english": self = .english
        default: return nil
        }
    }

    /// `usfm`, `osis`, `english`, or `table`.
    public var description: String {
        switch self {
        case .usfm: "usfm"
        case .osis: "osis"
        case .english: "english"
        case .table: "table"
        }
    }

    /// The book a code denotes; `bytes` are lower case (a normalised URL's).
    func book(_ bytes: UnsafeBufferPointer<UInt8>) -> Book? {
        switch self {
        case .usfm: return BookCodes.usfmCodes[String(decoding: bytes, as: UTF8.self)]
        case .osis: return BookCodes.osisIDs[String(decoding: bytes, as: UTF8.self)]
        case .table(let table): return table[String(decoding: bytes, as: UTF8.self)]
        case .english:
            guard bytes.contains(where: BookCodes.isWordSeparator) else {
                return BookCodes.englishNames[String(decoding: bytes, as: UTF8.self)]
            }
            return BookCodes.englishNames[String(decoding: bytes.filter { !BookCodes.isWordSeparator($0) }, as: UTF8.self)]
        }
    }

    /// The code of `book` in URLs, for messages and `profiles`: the first table entry for it.
    public func code(of book: Book) -> String? {
        switch self {
        case .usfm: book.usfmCode.lowercased()
        case .osis: book.osisID.lowercased()
        case .english: book.title.lowercased().replacingOccurrences(of: " ", with: "-")
        case .table(let table): table.filter { $0.value == book }.keys.sorted().first
        }
    }

    private static func isWordSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x2B
    }

    private static let usfmCodes = Dictionary(uniqueKeysWithValues: Book.all.map { ($0.usfmCode.lowercased(), $0) })
    private static let osisIDs = Dictionary(uniqueKeysWithValues: Book.all.map { ($0.osisID.lowercased(), $0) })
    private static let englishNames: [String: Book] = {
        var names: [String: Book] = [:]
        for book in Book.all {
            for name in [book.title, book.displayName] + (book.osisID == "Song" ? ["Song of Songs"] : []) {
                names[String(decoding: name.lowercased().utf8.filter { !isWordSeparator($0) }, as: UTF8.self)] = book
            }
        }
        return names
    }()
}
