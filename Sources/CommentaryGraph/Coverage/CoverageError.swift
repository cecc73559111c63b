/// Why a coverage request cannot be carried out. The description is a sentence a user can act on.
public enum CoverageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A scope names a book that versegraph does not know (the name as written).
    case unknownBook(String)
    /// A scope names no book at all (an empty string or only commas).
    case emptyScope(String)

    /// The reason as a sentence, with the scopes that would be accepted.
    public var description: String {
        switch self {
        case .unknownBook(let name):
            "unknown book \"\(name)\" in the scope; \(Self.scopeHint)"
        case .emptyScope(let text):
            "the scope \"\(text)\" names no books; \(Self.scopeHint)"
        }
    }

    private static let scopeHint = "use canon, corpus, OT, NT or OSIS book ids such as Exod,Lev"
}
