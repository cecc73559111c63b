/// A shell-style pattern for the `ignore` lists of `versegraph.yml`: `*` matches within one
/// path segment, `**` across segments, `?` one character. A pattern without `/` matches the
/// last segment anywhere (`*.bak`), as in `.gitignore`.
public struct GlobPattern: Hashable, Sendable {
    /// The pattern as written.
    public let pattern: String
    private let characters: [Character]

    /// A pattern.
    public init(_ pattern: String) {
        self.pattern = pattern
        self.characters = Array(pattern)
    }

    /// True when `path` (or, for a pattern without `/`, its last segment) matches.
    public func matches(_ path: String) -> Bool {
        let text = Array(path)
        if Self.match(characters[...], text[...]) { return true }
        if !characters.contains("/"), let slash = text.lastIndex(of: "/") {
            return Self.match(characters[...], text[(slash + 1)...])
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        switch first {
        case "*":
            let crossesSegments = pattern.dropFirst().first == "*"
            let rest = pattern.dropFirst(crossesSegments ? 2 : 1)
            if crossesSegments, rest.first == "/" {
                // "**/x" also matches "x" at the top.
                if match(rest.dropFirst(), text) { return true }
            }
            if crossesSegments, rest.isEmpty { return true }
            var index = text.startIndex
            while true {
                if match(rest, text[index...]) { return true }
                guard index < text.endIndex, crossesSegments || text[index] != "/" else { return false }
                index += 1
            }
        case "?":
            guard let character = text.first, character != "/" else { return false }
            return match(pattern.dropFirst(), text.dropFirst())
        default:
            guard text.first == first else { return false }
            return match(pattern.dropFirst(), text.dropFirst())
        }
    }
}
