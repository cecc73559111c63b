/// Finds book names at a position in UTF-8 text, by walking a trie of every accepted name
/// and abbreviation. Names are keyed without case, spaces or periods, so `1 John`, `1John`
/// and `1 john.` reach the same node.
///
/// The trie is flat arrays of `Int32` indices rather than nested dictionaries: one lookup
/// per byte, no hashing, no allocation while scanning.
final class BookNameIndex: Sendable {
    static let shared = BookNameIndex()

    /// A book name found in text.
    struct Match {
        let book: Book
        /// The UTF-8 offset just after the name's last letter or digit.
        let end: Int
        /// How much the name is also an English word.
        let ambiguity: Ambiguity
        /// The first letter of the name was upper case.
        let isCapitalized: Bool

        /// True when the name starts a reference: names that are also words ("Gal", "Ex",
        /// "Is", "Song") need more than a number after them. In running text a word-like name
        /// needs a period ("Gal. 5", "Is. 2:3"), except a name that is rarely a sentence word
        /// before a verse ("Gal 5:22"); where references are expected (`ref`), a capital or a
        /// period will do for a chapter ("Rom 8"), and any verse ("is 2:3").
        func standsAlone(followedByPeriod: Bool, withVerse: Bool, inProse: Bool) -> Bool {
            if followedByPeriod { return true }
            switch (ambiguity, inProse) {
            case (.none, _): return true
            case (.word, true): return withVerse
            case (.word, false): return withVerse || isCapitalized
            case (.sentenceWord, true): return false
            case (.sentenceWord, false): return withVerse
            }
        }
    }

    /// How likely a book name is an ordinary word instead.
    enum Ambiguity: UInt8 {
        /// A book's name or an abbreviation that is no English word.
        case none
        /// An abbreviation that is also a word or name ("Gal", "Rom", "Ex", "Dan").
        case word
        /// An abbreviation that is a word often written at the start of a sentence or a
        /// table cell ("Is", "Am", "Song", "Col").
        case sentenceWord
    }

    private static let symbols = 36
    private let children: [Int32]
    private let terminal: [Int16]  // book index, or -1
    private let ambiguity: [Ambiguity]
    private let exact: [String: Book]

    /// Abbreviations in the data that are also ordinary English words or syllables.
    private static let words: Set<String> = [
        "ex", "mat", "dan", "joe", "jon", "hag", "mic", "gal", "rom", "nah", "tit",
        "mi", "mc", "ml", "jam", "sol", "ti", "lu", "ga", "ru", "jd", "jm", "tm", "lm", "phi", "hb", "hg", "ez", "est",
    ]
    private static let sentenceWords: Set<String> = [
        "is", "am", "la", "ho", "na", "ob", "le", "ge", "es", "ac", "ro", "pro", "col", "song", "act",
        "son", "re", "ne", "rm",
    ]

    private init() {
        // The data's own names first; the generated number forms ("I Sa") only where they
        // collide with none of them ("Isa" stays Isaiah). A name two books claim at the same
        // rank names neither.
        var unique: [String: Int] = [:]
        for names in [Self.listedNames(of:), Self.expandedNames(of:)] {
            var keys: [String: Set<Int>] = [:]
            for book in Book.all {
                for name in names(book) { keys[Self.normalize(name), default: []].insert(book.index) }
            }
            for (key, books) in keys where unique[key] == nil && books.count == 1 {
                unique[key] = books.first!
            }
        }

        var children = [Int32](repeating: 0, count: Self.symbols)
        var terminal: [Int16] = [-1]
        var ambiguity = [Ambiguity.none]
        for (key, bookIndex) in unique.sorted(by: { $0.key < $1.key }) {
            var node = 0
            for byte in key.utf8 {
                let slot = node * Self.symbols + Int(Self.symbol(byte)!)
                if children[slot] == 0 {
                    children[slot] = Int32(terminal.count)
                    children += [Int32](repeating: 0, count: Self.symbols)
                    terminal.append(-1)
                    ambiguity.append(.none)
                }
                node = Int(children[slot])
            }
            terminal[node] = Int16(bookIndex)
            if key != Book.all[bookIndex].title.lowercased() {
                ambiguity[node] = Self.sentenceWords.contains(key) ? .sentenceWord : Self.words.contains(key) ? .word : .none
            }
        }
        self.children = children
        self.terminal = terminal
        self.ambiguity = ambiguity
        self.exact = unique.mapValues { Book(uncheckedIndex: $0) }
    }

    /// The book that `name` denotes, as a whole (case, spaces and a trailing period ignored).
    func book(exactlyNamed name: String) -> Book? {
        exact[Self.normalize(name)]
    }

    /// The longest book name that starts at `start` and ends at a word boundary.
    func match(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Match? {
        var node = 0
        var position = start
        var best: Match?
        var capitalized: Bool?
        while position < bytes.count {
            let byte = bytes[position]
            if let symbol = Self.symbol(byte) {
                let next = Int(children[node * Self.symbols + Int(symbol)])
                if next == 0 { break }
                if capitalized == nil, byte >= 0x41 { capitalized = byte <= 0x5A }
                node = next
                position += 1
                if terminal[node] >= 0, position == bytes.count || Self.symbol(bytes[position]) == nil {
                    best = Match(
                        book: Book(uncheckedIndex: Int(terminal[node])), end: position,
                        ambiguity: ambiguity[node], isCapitalized: capitalized ?? false)
                }
            } else if node != 0, let width = TextBytes.nameSeparatorWidth(bytes, position) {
                position += width  // "1 John", "Song of Solomon", "I Sam."
            } else {
                break
            }
        }
        return best
    }

    /// For numbered books, each alias written with every form of its number
    /// (`1`, `I`, `1st`, `First`).
    static func listedNames(of book: Book) -> [String] {
        book.aliases + [book.osisID, book.title]
    }

    static func expandedNames(of book: Book) -> [String] {
        var names: [String] = []
        guard let digit = book.osisID.first?.wholeNumberValue else { return names }
        let forms = [
            1: ["1", "I", "1st", "First"], 2: ["2", "II", "2nd", "Second"],
            3: ["3", "III", "3rd", "Third"],
        ][digit]!
        for alias in book.aliases {
            for form in forms where alias.hasPrefix(form) {
                let rest = alias.dropFirst(form.count)
                guard let first = rest.first, first == " " || (form == "\(digit)" && first.isUppercase) else {
                    continue
                }
                let base = rest.drop { $0 == " " }
                names += forms.flatMap { ["\($0) \(base)", "\($0)\(base)"] }
            }
        }
        return names
    }

    private static let lowercasedTitles: [[UInt8]] = Book.all.map { Array($0.title.lowercased().utf8) }

    /// The book whose title is at most `limit` edits (insertions, deletions, substitutions,
    /// swaps of neighbours) from `word`, lower-case letters; nil when none or several are.
    static func closestTitle(to word: [UInt8], within limit: Int) -> Book? {
        var best: (book: Book, distance: Int)?
        var tie = false
        for (index, title) in lowercasedTitles.enumerated() where abs(title.count - word.count) <= limit {
            let distance = editDistance(word, title)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance {
                best = (Book(uncheckedIndex: index), distance)
                tie = false
            } else if distance == best!.distance {
                tie = true
            }
        }
        return tie ? nil : best?.book
    }

    /// Optimal string alignment distance (Levenshtein with transpositions).
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    static func normalize(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {  // every name in the data: no Unicode tables
            var key: [UInt8] = []
            key.reserveCapacity(name.utf8.count)
            for byte in name.utf8 where TextBytes.isAlphanumeric(byte) {
                key.append(TextBytes.isLetter(byte) ? byte | 0x20 : byte)
            }
            return String(decoding: key, as: UTF8.self)
        }
        return String(
            String.UnicodeScalarView(
                name.lowercased().unicodeScalars.filter {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0)
                }))
    }

    @inline(__always)
    static func symbol(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x61...0x7A: byte - 0x61
        case 0x41...0x5A: byte - 0x41
        case 0x30...0x39: byte - 0x30 + 26
        default: nil
        }
    }
}
