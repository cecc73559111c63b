/// How a site's URLs name a passage: a path (and optionally a query) with placeholders.
///
/// `/en/synopsis/{book}+{chapter}:{verse}`, `/commentary/{book}/{chapter}/{verse}-{end}`,
/// `/{book}-{chapter}-{verse}.html`, `/bible/{book}.{chapter}.{verse}`,
/// `/notes.php?book={book}&chapter={chapter}&verse={verse}`. `{book}` is a book code (read
/// by the profile's `BookCodes`), `{chapter}`, `{verse}` and `{end}` (the last verse of a
/// range) are numbers, `*` is any text. Without `{verse}` the URL names a whole chapter.
/// The path is matched whole, against the normalised path (lower case, without `.html`,
/// `index.html` or a trailing slash); query parameters are matched by name, in any order.
/// An empty path part (`?book={book}&…`) matches any path.
public struct URLPassagePattern: Sendable, Hashable, CustomStringConvertible {
    /// One piece of a pattern.
    enum Token: Sendable, Hashable {
        case literal([UInt8])
        case book, chapter, verse, end, any
    }

    /// The pattern as written.
    public let text: String
    /// The path's tokens; nil when the pattern has no path part (any path matches).
    let path: [Token]?
    /// The query parameters: name (lower case) and the tokens of its value.
    let query: [(name: String, value: [Token])]

    public var description: String { text }

    /// Parses `text`; throws with a reason when it is not a pattern.
    public init(_ text: String) throws(URLPatternError) {
        self.text = text
        let question = text.firstIndex(of: "?")
        var pathText = String(text[..<(question ?? text.endIndex)]).lowercased()
        let queryText = question.map { String(text[text.index(after: $0)...]) } ?? ""
        if pathText.isEmpty {
            path = nil
        } else {
            guard pathText.hasPrefix("/") || pathText.hasPrefix("*") else {
                throw URLPatternError(pattern: text, reason: "the path must start with / (or be left out: ?key={book}…)")
            }
            // Written as served; matched against the normalised path, which has lost these.
            for suffix in ["/index.html", "/index.htm", "/index.php", "/"] where pathText.count > 1 && pathText.hasSuffix(suffix)
            {
                pathText.removeLast(suffix.count)
            }
            for suffix in [".html", ".htm"] where pathText.hasSuffix(suffix) { pathText.removeLast(suffix.count) }
            path = try Self.tokens(pathText, in: text)
        }
        var query: [(name: String, value: [Token])] = []
        for pair in queryText.split(separator: "&") {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw URLPatternError(pattern: text, reason: "a query part must be name=value, found \"\(pair)\"")
            }
            let value = try Self.tokens(String(pair[pair.index(after: equals)...]).lowercased(), in: text)
            query.append((String(pair[..<equals]).lowercased(), value))
        }
        self.query = query
        guard path != nil || !query.isEmpty else { throw URLPatternError(pattern: text, reason: "the pattern is empty") }
        let all = (path ?? []) + query.flatMap(\.value)
        for (token, name) in [(Token.book, "{book}"), (.chapter, "{chapter}")] where !all.contains(token) {
            throw URLPatternError(pattern: text, reason: "\(name) is missing")
        }
        for (token, name) in [(Token.book, "{book}"), (.chapter, "{chapter}"), (.verse, "{verse}"), (.end, "{end}")]
        where all.filter({ $0 == token }).count > 1 {
            throw URLPatternError(pattern: text, reason: "\(name) appears twice")
        }
        if all.contains(.end), !all.contains(.verse) {
            throw URLPatternError(pattern: text, reason: "{end} needs a {verse}")
        }
    }

    /// The names of the query parameters the pattern reads.
    var queryNames: [String] { query.map(\.name) }

    public static func == (lhs: URLPassagePattern, rhs: URLPassagePattern) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    private static func tokens(_ text: String, in pattern: String) throws(URLPatternError) -> [Token] {
        var tokens: [Token] = []
        var literal: [UInt8] = []
        var rest = Substring(text)
        func flush() {
            if !literal.isEmpty { tokens.append(.literal(literal)) }
            literal = []
        }
        while let first = rest.first {
            if first == "*" {
                flush()
                tokens.append(.any)
                rest = rest.dropFirst()
            } else if first == "{" {
                guard let close = rest.firstIndex(of: "}") else {
                    throw URLPatternError(pattern: pattern, reason: "a { is not closed")
                }
                let name = rest[rest.index(after: rest.startIndex)..<close]
                let token: Token
                switch name {
                case "book": token = .book
                case "chapter": token = .chapter
                case "verse": token = .verse
                case "end": token = .end
                default:
                    throw URLPatternError(
                        pattern: pattern, reason: "unknown placeholder {\(name)}; expected {book}, {chapter}, {verse} or {end}")
                }
                flush()
                tokens.append(token)
                rest = rest[rest.index(after: close)...]
            } else {
                literal.append(contentsOf: String(first).utf8)
                rest = rest.dropFirst()
            }
        }
        flush()
        for (left, right) in zip(tokens, tokens.dropFirst()) {
            if case .literal = left { continue }
            if case .literal = right { continue }
            throw URLPatternError(pattern: pattern, reason: "two placeholders must be separated by text")
        }
        return tokens
    }
}

/// Why a URL pattern or a title pattern could not be read.
public struct URLPatternError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The pattern as written.
    public var pattern: String
    /// What is wrong with it.
    public var reason: String

    public var description: String { "\"\(pattern)\": \(reason)" }
}
