/// The byte-level state machine behind `ReferenceParser`: finds book names at word starts,
/// then reads the chapter, verse, range and list that follow.
struct ReferenceScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let parser: ReferenceParser
    private let names = BookNameIndex.shared
    private var validator: ReferenceValidator { ReferenceValidator(parser.versification) }

    init(bytes: UnsafeBufferPointer<UInt8>, parser: ReferenceParser) {
        self.bytes = bytes
        self.parser = parser
    }

    /// One number of a reference, with the partial-verse letter written after it.
    private struct Number {
        var value: Int
        var part: VersePart?
        var end: Int
    }

    /// One item of a list as written: `32:30-35`, `33`, `18`, `1:1-2:3`.
    private struct Item {
        var chapter: Int?  // nil: a bare verse in the context's chapter
        var verse: Number?
        var endChapter: Int?
        var endVerse: Number?
        var end: Int
        /// Written as one number alone, with no `:` and no range.
        var isBareNumber = false
        /// The range end named another book (`Exod.32.30-Lev.1.1`).
        var endBook: Book?
    }

    /// How a bare number is read: as a chapter, or as a verse of a known chapter.
    private enum Context {
        case chapter
        case verse(ofChapter: Int)
    }

    mutating func scanAll() -> [ReferenceMatch] {
        var matches: [ReferenceMatch] = []
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            guard TextBytes.isAlphanumeric(byte) else {
                i += 1
                continue
            }
            if let match = group(at: i) {
                matches.append(match)
                i = match.utf8Range.upperBound
            } else {
                while i < count, TextBytes.isAlphanumeric(bytes[i]) { i += 1 }  // skip the word
            }
        }
        return matches
    }

    /// The reference (book name, then a list of items) starting at `start`, if any.
    func group(at start: Int) -> ReferenceMatch? {
        guard let name = names.match(in: bytes, at: start) else { return nil }
        if parser.mode == .prose, !name.isCapitalized { return nil }
        let book = name.book
        var i = name.end
        if i < bytes.count, bytes[i] == 0x2E { i += 1 }  // "Ex. 32"
        i = TextBytes.skipSpaces(bytes, i)
        let firstContext: Context = book.hasSingleChapter ? .verse(ofChapter: 1) : .chapter
        guard let first = item(at: i, book: book, context: firstContext) else { return nil }
        if name.isCommonWord, first.chapter == nil || first.verse == nil, !book.hasSingleChapter {
            return nil  // "is 2", "Am 5": a word before a number, not Isaiah or Amos
        }

        // Ranges are built as items are read: no array of items, one allocation per passage.
        var ranges: [VerseRange] = []
        var failure: ScriptureError?
        func add(_ item: Item) {
            guard failure == nil else { return }
            do throws(ScriptureError) { ranges.append(try range(of: item, book: book)) } catch { failure = error }
        }
        add(first)
        var end = first.end
        var previous = first
        while true {
            let separator = TextBytes.skipSpaces(bytes, end)
            guard separator < bytes.count, bytes[separator] == 0x2C || bytes[separator] == 0x3B else { break }
            let next = TextBytes.skipSpaces(bytes, separator + 1)
            let lastChapter = previous.endChapter ?? previous.chapter ?? 1
            let context: Context =
                book.hasSingleChapter
                ? .verse(ofChapter: 1)
                : bytes[separator] == 0x2C && previous.verse != nil ? .verse(ofChapter: lastChapter) : .chapter
            guard let item = item(at: next, book: book, context: context) else { break }
            if item.isBareNumber, startsOtherWords(at: TextBytes.skipSpaces(bytes, item.end)) {
                break  // "John 3:16, 18 people" or "…, 2 Kings 3:4": the number starts other words
            }
            add(item)
            end = item.end
            previous = item
        }
        let result: Result<Passage, ScriptureError> = failure.map { .failure($0) } ?? .success(Passage(ranges))
        return ReferenceMatch(utf8Range: start..<end, result: result)
    }

    /// True when a word follows at `i` that is not a list conjunction ("and", "or").
    private func startsOtherWords(at i: Int) -> Bool {
        guard i < bytes.count, TextBytes.isLetter(bytes[i]) else { return false }
        var end = i
        while end < bytes.count, TextBytes.isLetter(bytes[end]) { end += 1 }
        let word = bytes[i..<end].map { $0 | 0x20 }
        let continues = word == Array("and".utf8) || word == Array("or".utf8)
        let next = TextBytes.skipSpaces(bytes, end)
        return !continues || next == bytes.count || !TextBytes.isDigit(bytes[next])
    }

    /// Reads one item: a number, an optional `:verse`, and an optional `-end`.
    private func item(at start: Int, book: Book, context: Context) -> Item? {
        guard let a = number(at: start, allowPart: true) else { return nil }
        var item: Item
        if a.part == nil, let verse = verseAfter(a.end) {
            item = Item(chapter: a.value, verse: verse, end: verse.end)
        } else {
            switch context {
            case .chapter:
                guard a.part == nil else { return nil }  // "Exodus 32b" is no reference
                item = Item(chapter: a.value, verse: nil, end: a.end)
            case .verse(let chapter):
                item = Item(chapter: chapter, verse: a, end: a.end)
            }
            item.isBareNumber = true
        }
        let bareEnd = item.end
        readRangeEnd(into: &item, book: book)
        if item.end != bareEnd { item.isBareNumber = false }
        return item
    }

    /// Reads `-35`, `-33:6`, `–19a`, `-Exod.32.35` after an item's start, when present.
    private func readRangeEnd(into item: inout Item, book: Book) {
        var i = TextBytes.skipSpaces(bytes, item.end)
        guard i < bytes.count, let dash = TextBytes.dashWidth(bytes, i) else { return }
        i = TextBytes.skipSpaces(bytes, i + dash)
        guard i < bytes.count else { return }
        // The OSIS form repeats the book: Exod.32.30-Exod.32.35, 1Sam.1.1-1Sam.1.2.
        if let name = names.match(in: bytes, at: i) {
            var next = name.end
            if next < bytes.count, bytes[next] == 0x2E { next += 1 }
            next = TextBytes.skipSpaces(bytes, next)
            if next < bytes.count, TextBytes.isDigit(bytes[next]) {
                if name.book != book { item.endBook = name.book }
                i = next
            }
        } else if TextBytes.isLetter(bytes[i]) {
            return
        }
        let hasVerse = item.verse != nil
        guard let x = number(at: i, allowPart: hasVerse) else { return }
        if x.part == nil, let verse = verseAfter(x.end) {
            item.endChapter = x.value
            item.endVerse = verse
            item.end = verse.end
        } else if hasVerse {
            item.endVerse = x
            item.end = x.end
        } else {
            item.endChapter = x.value
            item.end = x.end
        }
    }

    /// Reads `:31` or `.31` (with its part) after a chapter number that ends at `i`.
    private func verseAfter(_ i: Int) -> Number? {
        guard i < bytes.count else { return nil }
        if bytes[i] == 0x2E {  // "32.31": no spaces around a period
            return number(at: i + 1, allowPart: true)
        }
        let colon = TextBytes.skipSpaces(bytes, i)
        guard colon < bytes.count, bytes[colon] == 0x3A else { return nil }
        return number(at: TextBytes.skipSpaces(bytes, colon + 1), allowPart: true)
    }

    /// Reads digits at `i`, and with `allowPart` a partial-verse letter (`19b`, OSIS `19!b`).
    /// A number run into other letters ("32nd") is not a number.
    private func number(at start: Int, allowPart: Bool) -> Number? {
        var i = start
        var value = 0
        while i < bytes.count, TextBytes.isDigit(bytes[i]), i - start < 6 {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        guard i > start else { return nil }
        if i < bytes.count, TextBytes.isDigit(bytes[i]) { return nil }
        var part: VersePart?
        if allowPart, i < bytes.count {
            let marker = bytes[i] == 0x21 ? 1 : 0  // "!"
            if i + marker < bytes.count, let letter = VersePart(byte: bytes[i + marker]),
                i + marker + 1 == bytes.count || !TextBytes.isLetter(bytes[i + marker + 1])
            {
                part = letter
                i += marker + 1
            }
        }
        if i < bytes.count, TextBytes.isLetter(bytes[i]) { return nil }
        return Number(value: value, part: part, end: i)
    }

    /// Turns an item into a validated range.
    private func range(of item: Item, book: Book) throws(ScriptureError) -> VerseRange {
        if let other = item.endBook { throw .rangeAcrossBooks(from: book, to: other) }
        let startChapter = item.chapter ?? 1
        try validator.validate(chapter: startChapter, of: book)
        let endChapter = item.endChapter ?? startChapter
        try validator.validate(chapter: endChapter, of: book)
        let startVerse = Verse(book, startChapter, item.verse?.value ?? 1, part: item.verse?.part)
        let end: Verse
        if let endVerse = item.endVerse {
            end = Verse(book, endChapter, endVerse.value, part: endVerse.part)
        } else if item.verse != nil, item.endChapter == nil {
            end = startVerse
        } else {
            end = Verse(book, endChapter, parser.versification.verseCount(of: book, chapter: endChapter) ?? 1)
        }
        return try VerseRange(startVerse, end, in: parser.versification)
    }
}

extension VersePart {
    init?(byte: UInt8) {
        switch byte {
        case 0x61: self = .a
        case 0x62: self = .b
        default: return nil
        }
    }
}
