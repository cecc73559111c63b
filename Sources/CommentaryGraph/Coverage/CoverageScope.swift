import Scripture

/// Which verses a coverage report counts: its denominator.
public enum CoverageScope: Hashable, Sendable, CustomStringConvertible {
    /// Every verse of the canon (31,102 in the KJV).
    case canon
    /// The books that have at least one present page, of any kind (so that filtering by kind
    /// does not shrink the denominator).
    case corpus
    /// Genesis through Malachi.
    case oldTestament
    /// Matthew through Revelation.
    case newTestament
    /// These books (reported in canonical order, each once).
    case books([Book])

    /// Reads a scope as the CLI takes it: `canon`, `corpus`, `OT`, `NT`, or OSIS book ids
    /// separated by commas (`Exod,Lev`), all ignoring case and spaces around names.
    ///
    /// - Throws: `.unknownBook` naming the first id that is not a book, `.emptyScope` when the
    ///   text names nothing.
    public init(parsing text: String) throws(CoverageError) {
        switch text.trimmedOfSpaces.lowercased() {
        case "canon": self = .canon
        case "corpus": self = .corpus
        case "ot": self = .oldTestament
        case "nt": self = .newTestament
        default:
            var books = Set<Book>()
            for piece in text.split(separator: ",") {
                let id = String(piece).trimmedOfSpaces
                guard !id.isEmpty else { continue }
                guard let book = Book(osisID: id) else { throw .unknownBook(id) }
                books.insert(book)
            }
            guard !books.isEmpty else { throw .emptyScope(text) }
            self = .books(books.sorted())
        }
    }

    /// The scope as `init(parsing:)` reads it: `canon`, `corpus`, `OT`, `NT` or `Exod,Lev`.
    public var description: String {
        switch self {
        case .canon: "canon"
        case .corpus: "corpus"
        case .oldTestament: "OT"
        case .newTestament: "NT"
        case .books(let books): Set(books).sorted().map(\.osisID).joined(separator: ",")
        }
    }

    /// The books in scope, in canonical order; `corpusBooks` answers for `.corpus`.
    func books(corpus corpusBooks: Set<Book>) -> [Book] {
        switch self {
        case .canon: Book.all
        case .corpus: Book.all.filter(corpusBooks.contains)
        case .oldTestament: Book.all.filter(\.isOldTestament)
        case .newTestament: Book.all.filter { !$0.isOldTestament }
        case .books(let books): Set(books).sorted()
        }
    }
}

extension String {
    // fileprivate so that it cannot clash with a helper of the same name elsewhere in the module.
    /// The string without leading and trailing spaces, tabs and newlines.
    fileprivate var trimmedOfSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
