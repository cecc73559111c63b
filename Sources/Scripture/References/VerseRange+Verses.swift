extension VerseRange {
    /// The whole verses of the range in order (parts dropped), using `versification` to know
    /// where each chapter ends.
    public func verses(in versification: Versification = .kjv) -> [Verse] {
        var result: [Verse] = []
        result.reserveCapacity(max(0, end.verse - start.verse + 1))
        var chapter = start.chapter
        var verse = start.verse
        while chapter < end.chapter || (chapter == end.chapter && verse <= end.verse) {
            result.append(Verse(book, chapter, verse))
            if verse >= (versification.verseCount(of: book, chapter: chapter) ?? 0) {
                chapter += 1
                verse = 1
            } else {
                verse += 1
            }
        }
        return result
    }

    /// The canonical ordinals of the range's verses (see `Versification.ordinal(of:)`).
    public func ordinals(in versification: Versification = .kjv) -> ClosedRange<Int>? {
        guard let first = versification.ordinal(of: start.whole),
            let last = versification.ordinal(of: end.whole)
        else { return nil }
        return first...last
    }

    /// The number of whole verses in the range.
    public func verseCount(in versification: Versification = .kjv) -> Int {
        ordinals(in: versification)?.count ?? 0
    }

    /// True when the range is exactly whole chapters: verse 1 of its first chapter through
    /// the last verse of its last chapter, with no partial verses.
    public func isWholeChapters(in versification: Versification = .kjv) -> Bool {
        start.verse == 1 && start.part == nil && end.part == nil
            && end.verse == versification.verseCount(of: book, chapter: end.chapter)
    }
}
