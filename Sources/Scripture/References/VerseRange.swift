/// A contiguous run of verses within one book, from `start` through `end` inclusive:
/// `Exodus 32:30-35`, `Genesis 1:1-2:3`, `Psalm 23` (verses 1-6), `Acts 9:19b-25`.
///
/// Ranges are always verse-explicit: a whole chapter is stored as its first to last verse.
/// Containment and overlap treat a partial verse as the verse (Acts 9:19b-25 holds verse 19).
public struct VerseRange: Hashable, Comparable, Sendable {
    /// The first verse.
    public let start: Verse
    /// The last verse (the same as `start` for a single verse).
    public let end: Verse

    /// A range from `start` through `end`; fails with a reason when the range spans books,
    /// names a verse the versification does not have, or ends before it starts.
    public init(
        _ start: Verse, _ end: Verse, in versification: Versification = .kjv
    ) throws(ScriptureError) {
        try self.init(start, end, validatedBy: ReferenceValidator(versification))
    }

    /// A range from `start` through `end`, checked by `validator` (the scanner's, which holds
    /// its table).
    init(_ start: Verse, _ end: Verse, validatedBy validator: ReferenceValidator) throws(ScriptureError) {
        try validator.validate(start)
        try validator.validate(end)
        try self.init(start, end, checkingOrder: ())
    }

    /// A range within one book whose chapters `validator` has already checked: the same
    /// answer as `init(_:_:validatedBy:)`, without checking the chapters again (the scanner's
    /// way, which checks them as it reads them).
    init(_ start: Verse, _ end: Verse, inValidChaptersBy validator: ReferenceValidator) throws(ScriptureError) {
        try validator.validate(verseOfValidChapter: start)
        try validator.validate(verseOfValidChapter: end)
        try self.init(start, end, checkingOrder: ())
    }

    /// A range of verses known to exist: fails when it spans books or ends before it starts.
    private init(_ start: Verse, _ end: Verse, checkingOrder: Void) throws(ScriptureError) {
        guard start.book == end.book else {
            throw .rangeAcrossBooks(from: start.book, to: end.book)
        }
        // As an end, a whole verse means through its last part: "31a-31" is 31a to the end of 31.
        let inOrder =
            start.sameVerse(as: end)
            ? end.part == nil || (start.part != nil && start.part! <= end.part!)
            : start.precedesIgnoringPart(end)
        guard inOrder else { throw .endBeforeStart(start: start, end: end) }
        self.start = start
        self.end = end
    }

    /// A single verse.
    public init(_ verse: Verse, in versification: Versification = .kjv) throws(ScriptureError) {
        try self.init(verse, verse, in: versification)
    }

    /// A whole chapter, or chapters `chapter` through `lastChapter`.
    public init(
        _ book: Book, chapter: Int, through lastChapter: Int? = nil,
        in versification: Versification = .kjv
    ) throws(ScriptureError) {
        let last = lastChapter ?? chapter
        let lastVerse = versification.verseCount(of: book, chapter: last) ?? 1
        try self.init(Verse(book, chapter, 1), Verse(book, last, lastVerse), in: versification)
    }

    init(unchecked start: Verse, _ end: Verse) {
        self.start = start
        self.end = end
    }

    /// The book of the range.
    public var book: Book { start.book }

    /// True when the range is one verse (or part of one).
    public var isSingleVerse: Bool { start == end }

    /// True when `verse` (parts ignored) lies within the range.
    public func contains(_ verse: Verse) -> Bool {
        !verse.precedesIgnoringPart(start) && !end.precedesIgnoringPart(verse)
    }

    /// True when every verse of `other` lies within this range.
    public func contains(_ other: VerseRange) -> Bool {
        contains(other.start) && contains(other.end)
    }

    /// True when the two ranges share at least one verse.
    public func overlaps(_ other: VerseRange) -> Bool {
        !other.end.precedesIgnoringPart(start) && !end.precedesIgnoringPart(other.start)
    }

    /// Canonical order: by start, then by end.
    public static func < (lhs: VerseRange, rhs: VerseRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
