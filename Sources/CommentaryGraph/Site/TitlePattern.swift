/// Where a page's title names its passage: `{passage} meaning`, `Notes on {passage} | *`.
///
/// `{passage}` (exactly once) is where the passage is read; `*` is any text; the rest must
/// be there as written, ignoring case. A title that matches no pattern of the profile names
/// no passage, so a site banner or a "verse of the day" in the `<h1>` is passed over.
public struct TitlePattern: Sendable, Hashable, CustomStringConvertible {
    private enum Token: Sendable, Hashable {
        case literal([UInt8])
        case any, passage
    }

    /// The pattern as written.
    public let text: String
    private let tokens: [Token]

    public var description: String { text }

    /// Parses `text`; throws when it has no `{passage}`, or two.
    public init(_ text: String) throws(URLPatternError) {
        self.text = text
        var tokens: [Token] = []
        var literal: [UInt8] = []
        var rest = Substring(text)
        while let first = rest.first {
            let token: Token?
            if rest.hasPrefix("{passage}") {
                token = .passage
                rest = rest.dropFirst("{passage}".count)
            } else if first == "*" {
                token = .any
                rest = rest.dropFirst()
            } else {
                token = nil
                literal.append(contentsOf: String(first).utf8.map(Self.lower))
                rest = rest.dropFirst()
            }
            if let token {
                if !literal.isEmpty { tokens.append(.literal(literal)) }
                literal = []
                tokens.append(token)
            }
        }
        if !literal.isEmpty { tokens.append(.literal(literal)) }
        guard tokens.filter({ $0 == .passage }).count == 1 else {
            throw URLPatternError(pattern: text, reason: "a title pattern needs {passage} exactly once")
        }
        self.tokens = tokens
    }

    /// The part of `title` where the passage is, as written, or nil when the title does not
    /// match (ASCII letters compared without case).
    public func passageText(in title: String) -> String? {
        let bytes = Array(title.utf8)
        var found: Range<Int>?
        guard match(0, bytes, 0, &found), let found else { return nil }
        return String(decoding: bytes[found], as: UTF8.self)
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// `*` takes as little as it can, `{passage}` as much as it can.
    private func match(_ t: Int, _ bytes: [UInt8], _ i: Int, _ found: inout Range<Int>?) -> Bool {
        guard t < tokens.count else { return i == bytes.count }
        switch tokens[t] {
        case .literal(let literal):
            guard bytes[i...].starts(with: literal, by: { Self.lower($0) == $1 }) else { return false }
            return match(t + 1, bytes, i + literal.count, &found)
        case .any:
            return (i...bytes.count).contains { match(t + 1, bytes, $0, &found) }
        case .passage:
            for j in stride(from: bytes.count, to: i, by: -1) where match(t + 1, bytes, j, &found) {
                found = i..<j
                return true
            }
            return false
        }
    }
}
