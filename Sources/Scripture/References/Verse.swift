/// The half of a verse that a partial reference names: "19b" is the second part of verse 19.
public enum VersePart: String, Sendable, Hashable, Comparable, CaseIterable {
    case a, b

    public static func < (lhs: VersePart, rhs: VersePart) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One verse, such as Exodus 32:31, optionally only part of it (Acts 9:19b).
///
/// A `Verse` is not validated on its own; `ReferenceParser` and `VerseRange.validated`
/// check it against a `Versification`.
public struct Verse: Hashable, Comparable, Sendable {
    // Stored in 10 bytes (a range in 24 instead of 64): a whole site holds a few ranges for each
    // of its 160,000 links. The numbers first, so that the book and part pack after them.
    /// The chapter, from 1.
    @Int32Stored public var chapter: Int
    /// The verse, from 1.
    @Int32Stored public var verse: Int
    /// The book.
    public var book: Book
    /// The part of the verse, when only part of it is meant.
    public var part: VersePart?

    /// Creates a verse without checking it against a versification.
    public init(_ book: Book, _ chapter: Int, _ verse: Int, part: VersePart? = nil) {
        self.book = book
        self.chapter = chapter
        self.verse = verse
        self.part = part
    }

    /// The same verse without its part.
    public var whole: Verse { Verse(book, chapter, verse) }

    /// Canonical order: book, chapter, verse, then whole before part a before part b.
    public static func < (lhs: Verse, rhs: Verse) -> Bool {
        if lhs.book != rhs.book { return lhs.book < rhs.book }
        if lhs.chapter != rhs.chapter { return lhs.chapter < rhs.chapter }
        if lhs.verse != rhs.verse { return lhs.verse < rhs.verse }
        return (lhs.part?.rawValue ?? "") < (rhs.part?.rawValue ?? "")
    }

    /// True when both name the same whole verse (book, chapter and verse), parts aside.
    func sameVerse(as other: Verse) -> Bool {
        book == other.book && chapter == other.chapter && verse == other.verse
    }

    /// Orders by book, chapter and verse only.
    func precedesIgnoringPart(_ other: Verse) -> Bool {
        (book, chapter, verse) < (other.book, other.chapter, other.verse)
    }
}
