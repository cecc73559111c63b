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
        /// Where a number that runs into letters ends (`32:31st`, `30-35c`): the item cannot
        /// be read, and is reported rather than read as something shorter.
        var malformedEnd: Int?
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
        let period = name.end < bytes.count && bytes[name.end] == 0x2E
        let withVerse = first.verse != nil || book.hasSingleChapter
        if first.malformedEnd == nil,
            !name.standsAlone(followedByPeriod: period, withVerse: withVerse, inProse: parser.mode == .prose)
        {
            return nil  // "is 2", "Song 2 was loud", "Gal 5 people": a word before a number
        }

        // Ranges are built as items are read: no array of items, one allocation per passage.
        var ranges: [VerseRange] = []
        var failure: ScriptureError?
        func add(_ item: Item) {
            guard failure == nil else { return }
            if let end = item.malformedEnd {
                failure = .unreadable(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                return
            }
            do throws(ScriptureError) { ranges.append(try range(of: item, book: book)) } catch { failure = error }
        }
        add(first)
        var end = first.end
        var previous = first
        while previous.malformedEnd == nil {
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
        // In running text a reference that cannot be read is more likely no reference at all
        // ("Is 5:30pm too late?"); where references are expected, it is an error.
        if parser.mode == .prose, case .unreadable = failure { return nil }
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
        guard case .number(let a) = number(at: start, allowPart: true) else { return nil }
        var item: Item
        switch a.part == nil && a.following == nil ? verseAfter(a.end) : .absent {
        case .number(let verse):
            item = Item(chapter: a.value, verse: verse, end: verse.end)
        case .malformed(let end):
            return Item(chapter: a.value, verse: nil, end: end, malformedEnd: end)
        case .absent:
            switch context {
            case .chapter:
                guard a.part == nil, a.following == nil else { return nil }  // "Exodus 32b" is no reference
                item = Item(chapter: a.value, verse: nil, end: a.end)
            case .verse(let chapter):
                item = Item(chapter: chapter, verse: a, end: a.end)
            }
            item.isBareNumber = true
        }
        if item.verse?.following == nil {  // "31ff" is its own range
            let bareEnd = item.end
            readRangeEnd(into: &item, book: book)
            if item.end != bareEnd { item.isBareNumber = false }
        }
        if item.malformedEnd == nil, let end = junkEnd(after: item.end) {
            item.malformedEnd = end
            item.end = end
        }
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
            // "31a-b": the other part of the same verse; any other word ends the reference.
            if let start = item.verse, start.part != nil, let part = VersePart(byte: bytes[i]),
                i + 1 == bytes.count || !TextBytes.isLetter(bytes[i + 1])
            {
                item.endVerse = Number(value: start.value, part: part, end: i + 1)
                item.end = i + 1
            }
            return
        }
        let hasVerse = item.verse != nil
        switch number(at: i, allowPart: hasVerse) {
        case .absent:
            break
        case .malformed(let end):
            item.malformedEnd = end
            item.end = end
        case .number(let x):
            switch x.part == nil && x.following == nil ? verseAfter(x.end) : .absent {
            case .number(let verse):
                item.endChapter = x.value
                item.endVerse = verse
                item.end = verse.end
            case .malformed(let end):
                item.malformedEnd = end
                item.end = end
            case .absent where hasVerse:
                item.endVerse = x
                item.end = x.end
            case .absent:
                item.endChapter = x.value
                item.end = x.end
            }
        }
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
        } else if let verse = item.verse, let following = verse.following {
            // "31f" is 31 and the next verse, "31ff" 31 to the end of the chapter.
            let last = following == .one ? verse.value + 1 : parser.versification.verseCount(of: book, chapter: startChapter) ?? 1
            end = Verse(book, startChapter, last)
        } else if item.verse != nil, item.endChapter == nil {
            end = startVerse
        } else {
            end = Verse(book, endChapter, parser.versification.verseCount(of: book, chapter: endChapter) ?? 1)
        }
        return try VerseRange(startVerse, end, in: parser.versification)
    }
}
