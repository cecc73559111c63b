/// The items of a reference list: a chapter, an optional verse, an optional range end, and
/// the separators between items.
extension ReferenceScanner {
    /// Reads one item: a number, an optional verse (`:31`, `.31`, ` v. 31`, ` 31` after a
    /// chapter), and an optional range end (`-35`, ` to 8:39`, `-Ruth 2:3`).
    @inline(__always)
    func item(at start: Int, book: Book, context: Context) -> Item? {
        guard case .number(let a) = number(at: start, allowPart: true) else { return nil }
        var item: Item
        switch a.part == nil && a.following == nil ? verseAfter(a.end) : .absent {
        case .number(let verse):
            item = Item(start: start, chapter: a.value, verse: verse, end: verse.end)
        case .malformed(let end):
            return Item(start: start, chapter: a.value, verse: nil, end: end, malformedEnd: end)
        case .absent:
            switch context {
            case .chapter:
                guard a.part == nil, a.following == nil else { return nil }  // "Exodus 32b" is no reference
                item = Item(start: start, chapter: a.value, verse: nil, end: a.end)
                if let spaced = spacedVerse(after: a.end, book: book, chapter: a.value) {
                    switch spaced {
                    case .number(let verse): item.verse = verse
                    case .malformed(let end): item.malformedEnd = end
                    case .absent: break
                    }
                    item.end = item.malformedEnd ?? item.verse?.end ?? item.end
                    if item.malformedEnd != nil {
                        item.misuse = .spacedNumbers
                        return item
                    }
                } else {
                    item.isBareNumber = true
                }
            case .verse(let chapter):
                item = Item(start: start, chapter: chapter, verse: a, end: a.end)
                item.isBareNumber = true
            }
        }
        if var verse = item.verse, verse.following == nil, let following = spacedFollowing(after: verse.end) {
            verse.following = following.kind  // "2:8 ff", "2:8 f."
            verse.end = following.end
            item.verse = verse
            item.end = following.end
        }
        if item.verse?.following == nil {  // "31ff" is its own range
            let bareEnd = item.end
            readRangeEnd(into: &item, book: book)
            if item.end != bareEnd { item.isBareNumber = false }
        }
        let bareChapter = item.verse == nil && item.endChapter == nil && context.isChapter
        if item.malformedEnd == nil, let junk = junk(after: item.end, afterBareChapter: bareChapter) {
            item.malformedEnd = junk.end
            item.misuse = junk.separator.map { .separator($0) }
            item.end = junk.end
        }
        return item
    }

    /// Reads `-35`, `-33:6`, `–19a`, `--23:56`, ` to 8:39`, `-Exod.32.35`, `-Ruth 2:3` after
    /// an item's start, when present.
    func readRangeEnd(into item: inout Item, book: Book) {
        var i = TextBytes.skipSpaces(bytes, item.end)
        guard i < bytes.count else { return }
        if let dash = TextBytes.dashWidth(bytes, i) {
            i = TextBytes.skipSpaces(bytes, i + dash)
        } else if let word = rangeWord(at: i) {
            i = word
        } else {
            return
        }
        guard i < bytes.count, !startsDateOrTime(at: i) else { return }  // "Psalm 23 - 10:30 AM"
        // The end names a book: Exod.32.30-Exod.32.35, Judges 19:1-Ruth 2:3.
        var otherBook = false
        if let name = names.match(in: bytes, at: i) {
            var next = name.end
            if next < bytes.count, bytes[next] == 0x2E { next += 1 }
            next = TextBytes.skipSpaces(bytes, next)
            guard next < bytes.count, TextBytes.isDigit(bytes[next]) else { return }
            if name.book != book {
                item.endBook = name.book
                otherBook = !name.book.hasSingleChapter
            }
            i = next
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
        let hasVerse = item.verse != nil && !otherBook
        switch number(at: i, allowPart: hasVerse || item.endBook != nil) {
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
            case .absent where hasVerse || item.endBook?.hasSingleChapter == true:
                item.endVerse = x
                item.end = x.end
            case .absent:
                item.endChapter = x.value
                item.end = x.end
            }
        }
    }

    /// What separates two items of a list: `,` `;` `&` `and`, `, and`.
    struct ListSeparator {
        var next: Int
        var isSemicolon = false
    }

    /// The separator after an item that ends at `end`, and where the next item starts.
    func listSeparator(after end: Int) -> ListSeparator? {
        var i = TextBytes.skipSpaces(bytes, end)
        var separator = ListSeparator(next: i)
        var found = false
        if i < bytes.count, bytes[i] == 0x2C || bytes[i] == 0x3B || bytes[i] == 0x26 {
            separator.isSemicolon = bytes[i] == 0x3B
            found = true
            i = TextBytes.skipSpaces(bytes, i + 1)
        }
        if let after = word(at: i, "and"), after < bytes.count, TextBytes.spaceWidth(bytes, after) != nil {
            found = true
            i = TextBytes.skipSpaces(bytes, after)
        } else if found, let after = word(at: i, "cf") {  // "; cf. 17:6"
            i = TextBytes.skipSpaces(bytes, after < bytes.count && bytes[after] == 0x2E ? after + 1 : after)
        }
        separator.next = i
        return found ? separator : nil
    }

    /// True when a word follows at `i` that is not a list conjunction ("and", "or"). Where
    /// references are expected only a book name counts ("…, 2 Kings 3:4"): "John 3:16, 18
    /// meaning" keeps its 18, while in running text "John 3:16, 18 people" does not.
    func startsOtherWords(_ item: Item) -> Bool {
        let i = TextBytes.skipSpaces(bytes, item.end)
        guard i < bytes.count, TextBytes.isLetter(bytes[i]) else { return false }
        if !inProse {
            guard let name = names.match(in: bytes, at: item.start) else { return names.match(in: bytes, at: i) != nil }
            return name.end > item.end
        }
        var end = i
        while end < bytes.count, TextBytes.isLetter(bytes[end]) { end += 1 }
        let continues = word(at: i, "and") == end || word(at: i, "or") == end
        let next = TextBytes.skipSpaces(bytes, end)
        return !continues || next == bytes.count || !TextBytes.isDigit(bytes[next])
    }

    /// Turns an item into validated ranges, added to `found`: one, or one a book for a range
    /// across books.
    func addRanges(of item: Item, book: Book, to found: inout ReferenceScan) throws(ScriptureError) {
        let startChapter = item.chapter ?? 1
        try validator.validate(chapter: startChapter, of: book)
        let startVerse = Verse(book, startChapter, item.verse?.value ?? 1, part: item.verse?.part)
        if let endBook = item.endBook {
            let endChapter = item.endChapter ?? 1
            try validator.validate(chapter: endChapter, of: endBook)
            let endVerse = item.endVerse?.value ?? validator.verseCount(of: endBook, chapter: endChapter) ?? 1
            let end = Verse(endBook, endChapter, endVerse, part: item.endVerse?.part)
            try validator.validate(startVerse)
            try validator.validate(end)
            guard book < endBook else { throw .endBeforeStart(start: startVerse, end: end) }
            found.append(try VerseRange(startVerse, lastVerse(of: book), validatedBy: validator))
            for index in (book.index + 1)..<endBook.index {
                let middle = Book(uncheckedIndex: index)
                found.append(VerseRange(unchecked: Verse(middle, 1, 1), lastVerse(of: middle)))
            }
            found.append(try VerseRange(Verse(endBook, 1, 1), end, validatedBy: validator))
            return
        }
        let endChapter = item.endChapter ?? startChapter
        try validator.validate(chapter: endChapter, of: book)
        if item.verse == nil, item.endVerse == nil, endChapter < startChapter,
            endChapter <= validator.verseCount(of: book, chapter: startChapter) ?? 0
        {
            // "Ezekiel 25-16": a hyphen where the colon belongs.
            throw .misusedSeparator(text: text(item.start..<item.end), separator: "-")
        }
        let end: Verse
        if let endVerse = item.endVerse {
            end = Verse(book, endChapter, endVerse.value, part: endVerse.part)
        } else if let verse = item.verse, let following = verse.following {
            // "31f" is 31 and the next verse, "31ff" 31 to the end of the chapter.
            let last = following == .one ? verse.value + 1 : validator.verseCount(of: book, chapter: startChapter) ?? 1
            end = Verse(book, startChapter, last)
        } else if item.verse != nil, item.endChapter == nil {
            end = startVerse
        } else {
            end = Verse(book, endChapter, validator.verseCount(of: book, chapter: endChapter) ?? 1)
        }
        // Both chapters were checked above.
        found.append(try VerseRange(startVerse, end, inValidChaptersBy: validator))
    }

    private func lastVerse(of book: Book) -> Verse {
        let chapters = validator.chapterCount(of: book)
        return Verse(book, chapters, validator.verseCount(of: book, chapter: chapters) ?? 1)
    }
}
