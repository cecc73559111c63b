/// A shell-style pattern for the `ignore` lists of `versegraph.yml`: `*` matches within one
/// path segment, `**` across segments, `?` one character. A pattern without `/` matches the
/// last segment anywhere (`*.bak`), as in `.gitignore`.
///
/// Matching runs the pattern as a small automaton over the text, one character at a time,
/// tracking every pattern position that is still possible. That costs at most
/// (pattern length × text length) steps whatever the pattern: a recursive matcher
/// backtracks exponentially on patterns such as `*a*a*a*a*a*a*a*a*b`, and `ignore.files`
/// comes from a config file nobody may have looked at.
public struct GlobPattern: Hashable, Sendable {
    /// The pattern as written.
    public let pattern: String
    private let steps: [Step]
    private let hasSlash: Bool

    /// One position of the compiled pattern.
    private enum Step: Hashable, Sendable {
        /// One character equal to this one.
        case character(Character)
        /// One character other than `/` (`?`).
        case anyCharacter
        /// Any run of characters other than `/` (`*`).
        case segmentRun
        /// Any run of characters (`**`).
        case anyRun
        /// The start of `**/`: either skip the next two steps (the `**/` matches nothing, so
        /// `**/index.html` matches `index.html`) or go on into them.
        case optionalFolders
    }

    /// A pattern.
    public init(_ pattern: String) {
        self.pattern = pattern
        self.hasSlash = pattern.contains("/")
        var steps: [Step] = []
        let characters = Array(pattern)
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "*" where index + 1 < characters.count && characters[index + 1] == "*":
                index += 2
                if index < characters.count, characters[index] == "/" {
                    steps += [.optionalFolders, .anyRun, .character("/")]
                    index += 1
                } else {
                    steps.append(.anyRun)
                }
                continue
            case "*": steps.append(.segmentRun)
            case "?": steps.append(.anyCharacter)
            case let character: steps.append(.character(character))
            }
            index += 1
        }
        self.steps = steps
    }

    /// True when `path` (or, for a pattern without `/`, its last segment) matches.
    public func matches(_ path: String) -> Bool {
        let text = Array(path)
        if matches(text[...]) { return true }
        if !hasSlash, let slash = text.lastIndex(of: "/") {
            return matches(text[(slash + 1)...])
        }
        return false
    }

    private func matches(_ text: ArraySlice<Character>) -> Bool {
        // `live[i]` is true when the characters read so far can leave the pattern at step i;
        // index `steps.count` is the accepting end.
        var live = [Bool](repeating: false, count: steps.count + 1)
        var next = live
        enter(0, into: &live)
        for character in text {
            for index in next.indices { next[index] = false }
            var anyLive = false
            for index in steps.indices where live[index] {
                switch steps[index] {
                case .character(let expected) where expected == character:
                    enter(index + 1, into: &next)
                case .anyCharacter where character != "/":
                    enter(index + 1, into: &next)
                case .segmentRun where character != "/", .anyRun:
                    enter(index, into: &next)
                default:
                    break
                }
            }
            swap(&live, &next)
            for index in live.indices where live[index] { anyLive = true }
            if !anyLive { return false }
        }
        return live[steps.count]
    }

    /// Marks `index` live, with every step reachable from it without reading a character.
    private func enter(_ index: Int, into live: inout [Bool]) {
        guard !live[index] else { return }
        live[index] = true
        guard index < steps.count else { return }
        switch steps[index] {
        case .segmentRun, .anyRun:
            enter(index + 1, into: &live)
        case .optionalFolders:
            enter(index + 1, into: &live)
            enter(index + 3, into: &live)
        case .character, .anyCharacter:
            break
        }
    }
}
