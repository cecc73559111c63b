/// The byte-level state machine behind `ReferenceParser`: finds book names at word starts,
/// then reads the chapter, verse, range and list that follow.
struct ReferenceScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let parser: ReferenceParser
    var names: BookNameIndex { parser.names }
    /// The versification's checks and counts.
    var validator: ReferenceValidator { parser.validator }
    var inProse: Bool { parser.mode == .prose }

    init(bytes: UnsafeBufferPointer<UInt8>, parser: ReferenceParser) {
        self.bytes = bytes
        self.parser = parser
    }

    /// One item of a list as written: `32:30-35`, `33`, `18`, `1:1-2:3`, `19:1-Ruth 2:3`.
    struct Item {
        var start: Int
        var chapter: Int?  // nil: a bare verse in the context's chapter
        var verse: Number?
        var endChapter: Int?
        var endVerse: Number?
        var end: Int
        /// Written as one number alone, with no `:` and no range.
        var isBareNumber = false
        /// The range end names another book (`Judges 19:1-Ruth 2:3`, `Exod.32.30-Lev.1.1`).
        var endBook: Book?
        /// Where an item that cannot be read ends (`32:31st`, `30-35-40`, `3/16`): it is
        /// reported rather than read as something shorter.
        var malformedEnd: Int?
        /// Why it cannot be read, when there is more to say than "unreadable" (kept small
        /// and trivial: items are copied often, and the message is built only when reported).
        var misuse: Misuse?
    }

    /// What an item that cannot be read got wrong.
    enum Misuse {
        /// A separator where `:` or `-` belongs (its ASCII byte).
        case separator(UInt8)
        /// Numbers separated only by spaces.
        case spacedNumbers

        func error(_ text: String) -> ScriptureError {
            switch self {
            case .separator(let byte): .misusedSeparator(text: text, separator: String(UnicodeScalar(byte)))
            case .spacedNumbers: .ambiguousNumbers(text)
            }
        }
    }

    /// How a bare number is read: as a chapter, or as a verse of a known chapter.
    enum Context {
        case chapter
        case verse(ofChapter: Int)

        var isChapter: Bool {
            if case .chapter = self { return true }
            return false
        }
    }

    /// A book name and the list of items read after it.
    struct Group {
        /// One item that could not be read or does not exist.
        struct Failure {
            let span: Range<Int>
            let error: ScriptureError
            /// How many valid ranges come before it, and where the last of them ends.
            let rangesBefore: Int
            let goodEnd: Int
        }

        var end: Int
        /// Its ranges, as indices into the scan's ranges.
        var ranges: Range<Int>
        var failures: [Failure] = []
    }

    /// The group as one answer: its first error, else its passage.
    func result(of group: Group, in found: ReferenceScan) -> Result<Passage, ScriptureError> {
        group.failures.first.map { .failure($0.error) } ?? .success(Passage(Array(found.ranges[group.ranges])))
    }

    /// Reads the whole text into `found`, which holds what was found so far (each group's
    /// ranges are added to it as they are read). It is a parameter, not a property: the
    /// scanner stays immutable, so that no method call copies it.
    func scanAll(into found: inout ReferenceScan) {
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            guard TextBytes.isAlphanumeric(byte) else {
                i += 1
                continue
            }
            if let group = group(at: i, into: &found) {
                append(group, from: i, to: &found)
                i = group.end
            } else if let (span, error) = misspelledBook(at: i) {
                found.appendError(span, error)
                i = span.upperBound
            } else if TextBytes.isLetter(byte) {
                // Skip the letters only: "Malachi1 John 4:8" holds 1 John 4:8.
                while i < count, TextBytes.isLetter(bytes[i]) { i += 1 }
            } else {
                while i < count, TextBytes.isAlphanumeric(bytes[i]) { i += 1 }
            }
        }
    }

    /// Where references are expected, the valid items of a group are kept and each bad one
    /// is its own error; in running text a group is one answer, so that a link text naming a
    /// verse that does not exist stays an error.
    private func append(_ group: Group, from start: Int, to found: inout ReferenceScan) {
        if group.failures.isEmpty {
            found.appendValid(start..<group.end, rangeIndices: group.ranges)
            return
        }
        if inProse {
            found.dropRanges(from: group.ranges.lowerBound)
            found.appendError(start..<group.end, group.failures[0].error)
            return
        }
        let first = group.ranges.lowerBound
        var used = 0
        var pieceStart = start
        for failure in group.failures {
            if failure.rangesBefore > used {
                found.appendValid(pieceStart..<failure.goodEnd, rangeIndices: first + used..<first + failure.rangesBefore)
                used = failure.rangesBefore
            }
            found.appendError(failure.span, failure.error)
            pieceStart = failure.span.upperBound
        }
        if group.ranges.count > used {
            found.appendValid(pieceStart..<group.end, rangeIndices: first + used..<group.ranges.upperBound)
        }
    }

    /// The reference (book name, then a list of items) starting at `start`, if any.
    func group(at start: Int, into found: inout ReferenceScan) -> Group? {
        guard let name = names.match(in: bytes, at: start) else { return nil }
        if inProse, !name.isCapitalized { return nil }
        let book = name.book
        let period = name.end < bytes.count && bytes[name.end] == 0x2E
        var i = TextBytes.skipSpaces(bytes, period ? name.end + 1 : name.end)
        // "Mark, chapter 4", "Mark chapter 4", "Jude verse 3".
        var keyworded = false
        if let keyword = keyword(at: i, allowComma: true), keyword.isChapter || book.hasSingleChapter {
            i = keyword.next
            keyworded = true
        }
        let firstContext: Context = book.hasSingleChapter ? .verse(ofChapter: 1) : .chapter
        guard var first = item(at: i, book: book, context: firstContext) else { return nil }
        // "Ruth 1 Samuel 2 Samuel": a number followed by a book name is that book's ordinal.
        if first.isBareNumber, let other = names.match(in: bytes, at: i), other.end > first.end { return nil }
        // "Est. 1998", "Mic 2000": a word-like name before a chapter the book lacks is a word.
        if name.ambiguity != .none, let chapter = first.chapter, chapter > validator.chapterCount(of: book) {
            return nil
        }
        let withVerse = first.verse != nil || book.hasSingleChapter || keyworded
        if first.malformedEnd == nil,
            !name.standsAlone(followedByPeriod: period, withVerse: withVerse, inProse: inProse)
        {
            return nil  // "is 2", "Song 2 was loud", "Gal 5 people": a word before a number
        }
        // A title that is only "Philemon 1" or "2 John 1" names the whole chapter.
        if book.hasSingleChapter, first.isBareNumber, !keyworded, first.verse?.value == 1,
            TextBytes.skipSpaces(bytes, 0) == start, TextBytes.skipSpaces(bytes, first.end) == bytes.count
        {
            first.verse = nil
        }

        var group = Group(end: start, ranges: found.rangeCount..<found.rangeCount)
        add(first, pieceStart: start, book: book, to: &group, found: &found)
        var previous = first
        // Where references are expected, the list goes on after a piece that cannot be read.
        while previous.malformedEnd == nil || !inProse, let separator = listSeparator(after: group.end) {
            let lastChapter = previous.endChapter ?? previous.chapter ?? 1
            var next = separator.next
            var context: Context =
                book.hasSingleChapter
                ? .verse(ofChapter: 1)
                : separator.isSemicolon || previous.verse == nil ? .chapter : .verse(ofChapter: lastChapter)
            if let keyword = keyword(at: next, allowComma: false) {
                next = keyword.next
                if !book.hasSingleChapter { context = keyword.isChapter ? .chapter : .verse(ofChapter: lastChapter) }
            }
            guard let item = item(at: next, book: book, context: context) else { break }
            if item.isBareNumber, startsOtherWords(item) {
                break  // "John 3:16, 18 people" or "…, 2 Kings 3:4": the number starts other words
            }
            add(item, pieceStart: next, book: book, to: &group, found: &found)
            previous = item
        }
        // In running text, or after a name that is also a word, a reference that cannot be
        // read is more likely no reference at all ("Is 5:30pm too late?"); where references
        // are expected, it is an error.
        if inProse || name.ambiguity != .none, case .unreadable = group.failures.first?.error {
            found.dropRanges(from: group.ranges.lowerBound)
            return nil
        }
        return group
    }

    /// Validates `item` and adds its ranges, or its failure, to `group`.
    private func add(_ item: Item, pieceStart: Int, book: Book, to group: inout Group, found: inout ReferenceScan) {
        let goodEnd = group.end
        group.end = item.end
        if let end = item.malformedEnd {
            let error = item.misuse?.error(text(item.start..<end)) ?? .unreadable(text(pieceStart..<end))
            group.failures.append(.init(span: pieceStart..<end, error: error, rangesBefore: group.ranges.count, goodEnd: goodEnd))
            return
        }
        let before = found.rangeCount
        do throws(ScriptureError) {
            try addRanges(of: item, book: book, to: &found)
            group.ranges = group.ranges.lowerBound..<found.rangeCount
        } catch {
            found.dropRanges(from: before)  // a failing item adds nothing, not even its first ranges
            group.failures.append(
                .init(span: pieceStart..<item.end, error: error, rangesBefore: group.ranges.count, goodEnd: goodEnd))
        }
    }

    /// The text between two offsets.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
