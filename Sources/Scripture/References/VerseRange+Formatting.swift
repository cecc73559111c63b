extension Verse {
    /// The OSIS id of the verse: `Exod.32.31`, or `Acts.9.19!b` for part of a verse.
    public var osisID: String {
        var id = "\(book.osisID).\(chapter).\(verse)"
        if let part { id += "!\(part.rawValue)" }
        return id
    }
}

extension VerseRange {
    /// The OSIS id, always verse-explicit: `Exod.32.31`, `Exod.32.30-Exod.32.35`,
    /// `Ps.23.1-Ps.23.6` for a whole chapter, `Acts.9.19!b-Acts.9.25`.
    public var osisID: String {
        isSingleVerse ? start.osisID : "\(start.osisID)-\(end.osisID)"
    }

    /// The human form commentary sites use: `Exodus 32:30-35`, `Genesis 1:1-2:3`, `Psalm 23`,
    /// `Matthew 5-7`, `Acts 9:19b-25`, `Jude 3`. Parsing it gives back the same range.
    public func humanForm(in versification: Versification = .kjv) -> String {
        HumanFormatter.range(self, versification: versification)
    }

    /// The human form under KJV numbering.
    public var label: String { humanForm() }
}

extension VerseRange: CustomStringConvertible {
    public var description: String { osisID }
}

extension Passage {
    /// The human form: ranges of one chapter joined by `, `, of one book by `; `, as in
    /// `John 3:16, 18` or `Exodus 32:30-35; 33:1-6`.
    public func humanForm(in versification: Versification = .kjv) -> String {
        var text = ""
        var previous: VerseRange?
        for range in ranges {
            let full = range.humanForm(in: versification)
            if let last = previous, last.book == range.book, !range.book.hasSingleChapter,
                !range.isWholeChapters(in: versification), !last.isWholeChapters(in: versification)
            {
                let local = String(full.dropFirst(range.book.displayName.count + 1))
                if last.end.chapter == range.start.chapter, range.start.chapter == range.end.chapter {
                    text += ", " + String(local.drop { $0 != ":" }.dropFirst())
                } else {
                    text += "; " + local
                }
            } else {
                text += (previous == nil ? "" : "; ") + full
            }
            previous = range
        }
        return text
    }
}

/// Builds human-readable references; shared by ranges, passages and error messages.
enum HumanFormatter {
    static func verse(_ verse: Verse) -> String {
        let name = verse.book.displayName
        let number = "\(verse.verse)\(verse.part?.rawValue ?? "")"
        // "Philemon 1" alone is the whole book; its first verse is written "Philemon 1:1".
        let chapterless = verse.book.hasSingleChapter && (verse.verse != 1 || verse.part != nil)
        return chapterless ? "\(name) \(number)" : "\(name) \(verse.chapter):\(number)"
    }

    static func range(_ range: VerseRange, versification: Versification) -> String {
        let (start, end) = (range.start, range.end)
        let name = range.book.displayName
        let endVerse = "\(end.verse)\(end.part?.rawValue ?? "")"
        if range.book.hasSingleChapter {
            return range.isSingleVerse ? verse(start) : "\(name) \(start.verse)\(start.part?.rawValue ?? "")-\(endVerse)"
        }
        if range.isWholeChapters(in: versification) {
            return start.chapter == end.chapter
                ? "\(name) \(start.chapter)" : "\(name) \(start.chapter)-\(end.chapter)"
        }
        if range.isSingleVerse { return verse(start) }
        if start.chapter == end.chapter { return "\(verse(start))-\(endVerse)" }
        return "\(verse(start))-\(end.chapter):\(endVerse)"
    }
}
