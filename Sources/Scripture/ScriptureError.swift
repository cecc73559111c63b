/// Why text could not be read as a Bible reference. The description is a sentence a user can
/// act on, such as "chapter 41 does not exist: Exodus has 40 chapters".
///
/// `indirect`: errors are rare, and boxed one takes 8 bytes in every link record that may
/// hold one (137,000 on a whole site) instead of 57.
public indirect enum ScriptureError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text names no book that versegraph knows.
    case unknownBook(String)
    /// The text holds no reference at all.
    case noReference(String)
    /// The book has no such chapter.
    case chapterOutOfRange(book: Book, chapter: Int, max: Int)
    /// The chapter has no such verse.
    case verseOutOfRange(book: Book, chapter: Int, verse: Int, max: Int)
    /// Chapter 0 was written; chapters start at 1.
    case chapterZero(book: Book)
    /// Verse 0 was written; verses start at 1.
    case verseZero(book: Book, chapter: Int)
    /// The end of a range comes before its start ("Exodus 32:35-30").
    case endBeforeStart(start: Verse, end: Verse)
    /// A range starts in one book and ends in another.
    case rangeAcrossBooks(from: Book, to: Book)
    /// A book and chapter followed by something that is no verse or range ("Exodus 32:31st").
    case unreadable(String)
    /// A separator used where `:` or `-` belongs: `-` between chapter and verse
    /// ("Ezekiel 25-16"), `/` ("John 3/16"), `;` ("John 3;16") or `~` ("32:30~35").
    case misusedSeparator(text: String, separator: String)
    /// Numbers separated only by spaces that cannot be a chapter and a verse ("Exodus 32 31 5").
    case ambiguousNumbers(String)
    /// A word one or two letters away from a book's name, before a chapter and verse.
    case misspelledBook(String, suggestion: Book)

    public var description: String {
        switch self {
        case .unknownBook(let name):
            "unknown book \"\(name)\""
        case .noReference(let text):
            "no Bible reference in \"\(text)\""
        case .chapterOutOfRange(let book, let chapter, let max):
            "chapter \(chapter) does not exist: \(book.displayName) has \(max) chapter\(max == 1 ? "" : "s")"
        case .verseOutOfRange(let book, let chapter, let verse, let max):
            "verse \(verse) does not exist: \(book.displayName) \(chapter) has \(max) verses"
        case .chapterZero(let book):
            "chapter 0 does not exist: chapters of \(book.displayName) start at 1"
        case .verseZero(let book, let chapter):
            "verse 0 does not exist: \(book.displayName) \(chapter) starts at verse 1"
        case .endBeforeStart(let start, let end):
            "the range ends (\(HumanFormatter.verse(end))) before it starts (\(HumanFormatter.verse(start)))"
        case .rangeAcrossBooks(let from, let to):
            "a range cannot run from \(from.displayName) into \(to.displayName)"
        case .unreadable(let text):
            "\"\(text)\" is not a reference versegraph can read"
        case .misusedSeparator(let text, let separator):
            "\"\(text)\": write \":\" between chapter and verse and \"-\" for a range, not \"\(separator)\""
        case .ambiguousNumbers(let text):
            "\"\(text)\": numbers separated by spaces; write chapter:verse"
        case .misspelledBook(let name, let suggestion):
            "unknown book \"\(name)\"; did you mean \(suggestion.displayName)?"
        }
    }
}

/// Checks verses against a versification; the one place that decides what exists. It holds
/// the versification's flat table, fetched once: a scanner asks it several times a reference.
struct ReferenceValidator {
    private let counts: VerseCountTable

    init(_ versification: Versification) { self.counts = .of(versification) }

    /// The number of chapters `book` has (as `Versification.chapterCount(of:)`, which reads
    /// the same table).
    func chapterCount(of book: Book) -> Int { counts.chapterCount(of: book) }

    /// The number of verses in `chapter` of `book`, or nil if the book has no such chapter.
    func verseCount(of book: Book, chapter: Int) -> Int? { counts.verseCount(of: book, chapter: chapter) }

    func validate(chapter: Int, of book: Book) throws(ScriptureError) {
        let chapters = chapterCount(of: book)
        if chapter == 0 { throw .chapterZero(book: book) }
        // Negative numbers come only from data (a snapshot, a damaged cache), never from text.
        if chapter < 0 || chapter > chapters {
            throw .chapterOutOfRange(book: book, chapter: chapter, max: chapters)
        }
    }

    func validate(_ verse: Verse) throws(ScriptureError) {
        try validate(chapter: verse.chapter, of: verse.book)
        try validate(verseOfValidChapter: verse)
    }

    /// Checks the verse number of `verse`, whose chapter is known to exist.
    func validate(verseOfValidChapter verse: Verse) throws(ScriptureError) {
        let verses = verseCount(of: verse.book, chapter: verse.chapter) ?? 0
        if verse.verse == 0 { throw .verseZero(book: verse.book, chapter: verse.chapter) }
        if verse.verse < 0 || verse.verse > verses {
            throw .verseOutOfRange(book: verse.book, chapter: verse.chapter, verse: verse.verse, max: verses)
        }
    }
}
