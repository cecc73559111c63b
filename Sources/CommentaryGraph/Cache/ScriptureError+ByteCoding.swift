import Scripture

/// The page cache's form of the Scripture values a page record holds: books by index, verses
/// as numbers, and every `ScriptureError` case with its payload, so that a page read from the
/// cache reports exactly what a page read from its file does.
extension ByteWriter {
    mutating func write(_ book: Book) { write(book.index) }

    mutating func write(_ verse: Verse) {
        write(verse.book)
        write(verse.chapter)
        write(verse.verse)
        write(verse.part == nil ? 0 : verse.part == .a ? 1 : 2)
    }

    mutating func write(_ range: VerseRange?) {
        write(range != nil)
        guard let range else { return }
        write(range.start)
        write(range.end)
    }

    mutating func write(_ error: ScriptureError) {
        switch error {
        case .unknownBook(let text): writeCase(0, text)
        case .noReference(let text): writeCase(1, text)
        case .chapterOutOfRange(let book, let chapter, let max):
            writeCase(2, book, chapter, max)
        case .verseOutOfRange(let book, let chapter, let verse, let max):
            writeCase(3, book, chapter, verse, max)
        case .chapterZero(let book): writeCase(4, book)
        case .verseZero(let book, let chapter): writeCase(5, book, chapter)
        case .endBeforeStart(let start, let end):
            write(6)
            write(start)
            write(end)
        case .rangeAcrossBooks(let from, let to):
            write(7)
            write(from)
            write(to)
        case .unreadable(let text): writeCase(8, text)
        case .misusedSeparator(let text, let separator):
            writeCase(9, text)
            write(separator)
        case .ambiguousNumbers(let text): writeCase(10, text)
        case .misspelledBook(let text, let suggestion):
            writeCase(11, text)
            write(suggestion)
        }
    }

    private mutating func writeCase(_ code: Int, _ text: String) {
        write(code)
        write(text)
    }

    private mutating func writeCase(_ code: Int, _ book: Book, _ numbers: Int...) {
        write(code)
        write(book)
        for number in numbers { write(number) }
    }
}

extension ByteReader {
    mutating func readBook() throws(Damaged) -> Book {
        guard let book = Book(index: try readInt()) else { throw Damaged() }
        return book
    }

    mutating func readVerse() throws(Damaged) -> Verse {
        let book = try readBook()
        let chapter = try readInt()
        let verse = try readInt()
        let part: VersePart? =
            switch try readInt() {
            case 0: nil
            case 1: .a
            case 2: .b
            default: throw Damaged()
            }
        return Verse(book, chapter, verse, part: part)
    }

    /// A range, checked again against `versification`: a cache never yields a range that
    /// does not exist.
    mutating func readRange(in versification: Versification) throws(Damaged) -> VerseRange? {
        guard try readBool() else { return nil }
        let start = try readVerse()
        let end = try readVerse()
        do { return try VerseRange(start, end, in: versification) } catch { throw Damaged() }
    }

    mutating func readScriptureError() throws(Damaged) -> ScriptureError {
        switch try readInt() {
        case 0: .unknownBook(try readString())
        case 1: .noReference(try readString())
        case 2: .chapterOutOfRange(book: try readBook(), chapter: try readInt(), max: try readInt())
        case 3: .verseOutOfRange(book: try readBook(), chapter: try readInt(), verse: try readInt(), max: try readInt())
        case 4: .chapterZero(book: try readBook())
        case 5: .verseZero(book: try readBook(), chapter: try readInt())
        case 6: .endBeforeStart(start: try readVerse(), end: try readVerse())
        case 7: .rangeAcrossBooks(from: try readBook(), to: try readBook())
        case 8: .unreadable(try readString())
        case 9: .misusedSeparator(text: try readString(), separator: try readString())
        case 10: .ambiguousNumbers(try readString())
        case 11: .misspelledBook(try readString(), suggestion: try readBook())
        default: throw Damaged()
        }
    }
}
