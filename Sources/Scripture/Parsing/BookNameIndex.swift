/// Finds book names at a position in UTF-8 text, by walking a trie of every accepted name
/// and abbreviation. Names are keyed without case, spaces or periods, so `1 John`, `1John`
/// and `1 john.` reach the same node.
///
/// The trie is flat arrays of `Int16` indices rather than nested dictionaries: one lookup
/// per byte, no hashing, no allocation while scanning. They are built once and never freed,
/// so the index is a plain value of pointers: a scanner made for each line holds it without
/// reference counting.
struct BookNameIndex: @unchecked Sendable {
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

    private static let symbolCount = 36
    private static let noSymbol: UInt8 = 0xFF
    /// Each byte's trie symbol (`symbol(_:)`), or `noSymbol`.
    private let symbols: UnsafeBufferPointer<UInt8>
    /// Each node's child for each symbol (0: none), `symbolCount` slots a node. `Int16`: the
    /// trie has a few thousand nodes, and half the bytes is half the cache lines a walk
    /// touches.
    private let children: UnsafeBufferPointer<Int16>
    private let terminal: UnsafeBufferPointer<Int16>  // book index, or -1
    private let ambiguity: UnsafeBufferPointer<Ambiguity>
    /// Every name as a whole, for `book(exactlyNamed:)`.
    private static let exact: [String: Book] = Dictionary(
        uniqueKeysWithValues: generatedNames.map { ($0.key, Book(uncheckedIndex: $0.book)) })

    /// An accepted name, normalised (`1john`), with its book's index and how much it is a word.
    struct Name: Equatable {
        let key: String
        let book: Int
        let ambiguity: Ambiguity
    }

    /// The names as `Generated/BookNames.swift` lists them (what `computedNames()` gives for
    /// the book table; a test keeps the two equal). Reading the list is a few hundred
    /// microseconds less than computing it, at the start of every `ref`.
    static let generatedNames: [Name] = {
        var names: [Name] = []
        names.reserveCapacity(600)
        Self.generatedNameList.withUTF8Buffer { bytes in
            // A loop of its own, not `split`: an array of slices is a generic type the runtime
            // would look up in every conformance of the binary, at every start.
            var i = 0
            while i < bytes.count {
                while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A { i += 1 }
                let keyStart = i
                while i < bytes.count, bytes[i] != 0x3D, bytes[i] != 0x20, bytes[i] != 0x0A { i += 1 }
                guard i < bytes.count, bytes[i] == 0x3D else { continue }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[keyStart..<i]), as: UTF8.self)
                i += 1
                var book = 0
                var ambiguity = Ambiguity.none
                while i < bytes.count, bytes[i] != 0x20, bytes[i] != 0x0A {
                    switch bytes[i] {
                    case 0x77: ambiguity = .word  // w
                    case 0x73: ambiguity = .sentenceWord  // s
                    default: book = book * 10 + Int(bytes[i] &- 0x30)
                    }
                    i += 1
                }
                names.append(Name(key: key, book: book, ambiguity: ambiguity))
            }
        }
        return names
    }()

    /// The names from the book table, sorted by key: what `Generated/BookNames.swift` lists.
    static func computedNames() -> [Name] {
        Self.uniqueNames().sorted { $0.key < $1.key }.map { key, book in
            let ambiguity: Ambiguity =
                key == Book.all[book].title.lowercased()
                ? .none : Self.sentenceWords.contains(key) ? .sentenceWord : Self.words.contains(key) ? .word : .none
            return Name(key: key, book: book, ambiguity: ambiguity)
        }
    }

    /// `names` as `Generated/BookNames.swift` holds them.
    static func generatedSource(for names: [Name]) -> String {
        let entries = names.map { name in
            "\(name.key)=\(name.book)\(name.ambiguity == .word ? "w" : name.ambiguity == .sentenceWord ? "s" : "")"
        }
        var lines: [String] = []
        var line = ""
        for entry in entries {
            if line.utf8.count + entry.utf8.count > 90 {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? entry : " " + entry
        }
        lines.append(line)
        let quotes = String(repeating: "\"", count: 3)
        return [
            "// swift-format-ignore-file",
            "// Generated by `VERSEGRAPH_REGENERATE=1 swift test --filter BookNameIndexTests` from the",
            "// book table and the rules of BookNameIndex.swift. Do not edit.",
            "",
            "extension BookNameIndex {",
            "    /// Every accepted book name, normalised, `=` its book's index, `w` for a name that",
            "    /// is also a word, `s` for one often written at the start of a sentence.",
            "    static let generatedNameList: StaticString = \(quotes)",
        ].joined(separator: "\n") + "\n" + lines.map { "        " + $0 + "\n" }.joined() + "        \(quotes)\n}\n"
    }

    /// Abbreviations in the data that are also ordinary English words or syllables.
    private static let words: Set<String> = [
        "ex", "mat", "dan", "joe", "jon", "hag", "mic", "gal", "rom", "nah", "tit",
        "mi", "mc", "ml", "jam", "sol", "ti", "lu", "ga", "ru", "jd", "jm", "tm", "lm", "phi", "hb", "hg", "ez", "est",
    ]
    private static let sentenceWords: Set<String> = [
        "is", "am", "la", "ho", "na", "ob", "le", "ge", "es", "ac", "ro", "pro", "col", "song", "act",
        "son", "re", "ne", "rm",
    ]

    /// Every accepted name, normalised, with its book's index. The data's own names first;
    /// the generated number forms ("I Sa") only where they collide with none of them ("Isa"
    /// stays Isaiah). A name two books claim at the same rank names neither.
    private static func uniqueNames() -> [String: Int] {
        var unique: [String: Int] = [:]
        for names in [Self.listedNames(of:), Self.expandedNames(of:)] {
            var keys: [String: Int] = [:]  // the book's index, or -1 when two books claim it
            for book in Book.all {
                for name in names(book) {
                    let key = Self.normalize(name)
                    if let claimed = keys[key], claimed != book.index { keys[key] = -1 } else { keys[key] = book.index }
                }
            }
            for (key, book) in keys where book >= 0 && unique[key] == nil { unique[key] = book }
        }
        return unique
    }

    private init() {
        var children = [Int16](repeating: 0, count: Self.symbolCount)
        var terminal: [Int16] = [-1]
        var ambiguity = [Ambiguity.none]
        for name in Self.generatedNames {
            var node = 0
            for byte in name.key.utf8 {
                let slot = node * Self.symbolCount + Int(Self.symbol(byte)!)
                if children[slot] == 0 {
                    precondition(terminal.count <= Int(Int16.max), "too many book-name trie nodes for Int16 links")
                    children[slot] = Int16(terminal.count)
                    children += [Int16](repeating: 0, count: Self.symbolCount)
                    terminal.append(-1)
                    ambiguity.append(.none)
                }
                node = Int(children[slot])
            }
            terminal[node] = Int16(name.book)
            ambiguity[node] = name.ambiguity
        }
        self.symbols = Self.immortal((0...255).map { Self.symbol(UInt8($0)) ?? Self.noSymbol })
        self.children = Self.immortal(children)
        self.terminal = Self.immortal(terminal)
        self.ambiguity = Self.immortal(ambiguity)
    }

    /// A copy of `array` that lives as long as the process (the shared index's storage).
    private static func immortal<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let storage = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        _ = storage.initialize(from: array)
        return UnsafeBufferPointer(storage)
    }

    /// The book that `name` denotes, as a whole (case, spaces and a trailing period ignored).
    static func book(exactlyNamed name: String) -> Book? {
        exact[normalize(name)]
    }

    /// The longest book name that starts at `start` and ends at a word boundary.
    func match(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Match? {
        // Most words start no name: the root's slot for the first byte answers at once.
        guard start < bytes.count else { return nil }
        let first = symbols[Int(bytes[start])]
        guard first != Self.noSymbol, children[Int(first)] != 0 else { return nil }
        var node = 0
        var position = start
        var symbolEnd = start  // just after the last letter or digit walked
        var bestNode = -1
        var bestEnd = 0
        while position < bytes.count {
            let byte = bytes[position]
            let symbol = symbols[Int(byte)]
            if symbol != Self.noSymbol {
                let next = Int(children[node &* Self.symbolCount &+ Int(symbol)])
                if next == 0 { return best(bestNode, start, bestEnd, in: bytes) }
                node = next
                position &+= 1
                symbolEnd = position
                continue
            }
            // A word ends here: the name so far counts if it is one.
            if position == symbolEnd, terminal[node] >= 0 {
                bestNode = node
                bestEnd = position
            }
            guard node != 0, let width = TextBytes.nameSeparatorWidth(bytes, position) else {
                return best(bestNode, start, bestEnd, in: bytes)
            }
            position &+= width  // "1 John", "Song of Solomon", "I Sam."
        }
        if position == symbolEnd, terminal[node] >= 0 {
            bestNode = node
            bestEnd = position
        }
        return best(bestNode, start, bestEnd, in: bytes)
    }

    /// The match of the name that ends at `node`, written from `start` to `end`.
    @inline(__always)
    private func best(_ node: Int, _ start: Int, _ end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        guard node >= 0 else { return nil }
        // Capitalised: its first letter ("1 John" by its J) is upper case.
        var i = start
        while i < end, !TextBytes.isLetter(bytes[i]) { i &+= 1 }
        return Match(
            book: Book(uncheckedIndex: Int(terminal[node])), end: end,
            ambiguity: ambiguity[node], isCapitalized: i < end && bytes[i] <= 0x5A)
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
