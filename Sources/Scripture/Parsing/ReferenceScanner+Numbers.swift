/// The numbers of a reference: chapter and verse digits, partial-verse letters, `f`/`ff`,
/// and the `:`, `.` or verse keyword between chapter and verse.
extension ReferenceScanner {
    /// One number of a reference, with what is written right after it.
    struct Number {
        /// "and the following verse" (`31f`) or "and the following verses" (`31ff`).
        enum Following { case one, rest }

        var value: Int
        var part: VersePart?
        var following: Following?
        var end: Int
    }

    /// What stands at a position where a number may be.
    enum NumberRead {
        /// No digits.
        case absent
        /// A number.
        case number(Number)
        /// Digits run into letters (`32nd`, `35c`), ending at `end`: not a number, and not
        /// to be read as a shorter reference either.
        case malformed(end: Int)
    }

    /// Reads `:31`, `.31`, ` v 31` or `, verses 28` (with its part) after a chapter number
    /// that ends at `i`.
    ///
    /// A colon followed by a space and a word is punctuation ("Exodus 32: the calf"); a colon
    /// or period run straight into letters (`32:x`) is a reference that cannot be read.
    func verseAfter(_ i: Int) -> NumberRead {
        guard i < bytes.count else { return .absent }
        if bytes[i] == 0x2E {  // "32.31": no spaces around a period
            return i + 1 < bytes.count && TextBytes.isDigit(bytes[i + 1]) ? number(at: i + 1, allowPart: true) : .absent
        }
        let colon = TextBytes.skipSpaces(bytes, i)
        guard colon < bytes.count else { return .absent }
        if bytes[colon] != 0x3A {
            guard let keyword = keyword(at: colon, allowComma: true), !keyword.isChapter else { return .absent }
            return number(at: keyword.next, allowPart: true)  // "John 4 v 22", "Isaiah 40, verses 28-31"
        }
        let next = colon + 1
        if next < bytes.count, TextBytes.isLetter(bytes[next]) { return .malformed(end: wordEnd(from: next)) }
        let verse = TextBytes.skipSpaces(bytes, next)
        guard verse < bytes.count, TextBytes.isDigit(bytes[verse]) else { return .absent }
        return number(at: verse, allowPart: true)
    }

    /// Reads digits at `start`, and with `allowPart` a partial-verse letter (`19b`, OSIS
    /// `19!b`) or `f`/`ff`. A capitalised word glued to the number ends it ("8:28And").
    func number(at start: Int, allowPart: Bool) -> NumberRead {
        var i = start
        var value = 0
        while i < bytes.count, TextBytes.isDigit(bytes[i]) {
            guard i - start < 6 else { return .malformed(end: wordEnd(from: i)) }
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        guard i > start else { return .absent }
        // Most numbers end at a separator: nothing glued to them to read.
        if i == bytes.count || (!TextBytes.isLetter(bytes[i]) && bytes[i] != 0x21) {
            return .number(Number(value: value, end: i))
        }
        var number = Number(value: value, end: i)
        if allowPart, i < bytes.count {
            let marker = bytes[i] == 0x21 ? 1 : 0  // "!"
            if let letter = VersePart(byte: bytes[i + marker < bytes.count ? i + marker : i]), endsWord(at: i + marker + 1) {
                number.part = letter
                number.end = i + marker + 1
            } else if bytes[i] == 0x66, endsWord(at: i + 1) {  // "31f"
                number.following = .one
                number.end = i + 1
            } else if bytes[i] == 0x66, i + 1 < bytes.count, bytes[i + 1] == 0x66, endsWord(at: i + 2) {  // "31ff"
                number.following = .rest
                number.end = i + 2
            }
        }
        if number.end < bytes.count, TextBytes.isLetter(bytes[number.end]), !startsCapitalizedWord(at: number.end) {
            return .malformed(end: wordEnd(from: number.end))
        }
        return .number(number)
    }

    /// A verse written after the chapter with only a space (`Exodus 32 31`): taken when it is
    /// the only other number and a verse of `chapter`; a third number is an error.
    func spacedVerse(after end: Int, book: Book, chapter: Int) -> NumberRead? {
        let i = TextBytes.skipSpaces(bytes, end)
        guard i > end, i < bytes.count, TextBytes.isDigit(bytes[i]) else { return nil }
        if names.match(in: bytes, at: i) != nil { return nil }  // "Ruth 1 2 Samuel"
        guard case .number(let verse) = number(at: i, allowPart: true) else { return nil }
        let after = TextBytes.skipSpaces(bytes, verse.end)
        if after > verse.end, after < bytes.count, TextBytes.isDigit(bytes[after]), names.match(in: bytes, at: after) == nil {
            return .malformed(end: wordEnd(from: after))  // "Exodus 32 31 5"
        }
        let verses = validator.verseCount(of: book, chapter: chapter) ?? 0
        if verse.value > verses, inProse { return nil }  // "Genesis 1 100 years"
        return .number(verse)
    }

    /// `f`, `ff`, `f.` or `ff.` after a space (`Ephesians 2:8 ff`).
    func spacedFollowing(after end: Int) -> (kind: Number.Following, end: Int)? {
        let i = TextBytes.skipSpaces(bytes, end)
        guard i > end, i < bytes.count, bytes[i] == 0x66 else { return nil }
        let kind: Number.Following
        var stop: Int
        if i + 1 < bytes.count, bytes[i + 1] == 0x66 {
            (kind, stop) = (.rest, i + 2)
        } else {
            (kind, stop) = (.one, i + 1)
        }
        guard endsWord(at: stop) else { return nil }
        if stop < bytes.count, bytes[stop] == 0x2E { stop += 1 }
        return (kind, stop)
    }

    /// Where what is written right after a reference ends, when it continues the reference
    /// in a way that cannot be read: another `:5` or `.5` (`32:31:5`), a hyphen run into a
    /// number or a lowercase word (`30-35-40`, `31a-c`), a hyphen at the very end (`32:30-`),
    /// `/` or `~` before a number (`3/16`, `30~35`), `;` glued between a chapter and a number
    /// (`3;16`). A spaced dash, a dash before a date,
    /// a time or a capitalised word, or an en or em dash before a word ("32:31—a plea"),
    /// is prose. `separator` names a misused separator.
    func junk(after i: Int, afterBareChapter: Bool) -> (end: Int, separator: UInt8?)? {
        guard i < bytes.count else { return nil }
        let byte = bytes[i]
        if byte == 0x3B, afterBareChapter, i + 1 < bytes.count, TextBytes.isDigit(bytes[i + 1]) {
            return (wordEnd(from: i + 1), 0x3B)  // "John 3;16"
        }
        if byte == 0x3A || byte == 0x2E, i + 1 < bytes.count, TextBytes.isDigit(bytes[i + 1]) {
            return (wordEnd(from: i + 1), nil)
        }
        if byte == 0x2F, i + 1 < bytes.count, TextBytes.isDigit(bytes[i + 1]) {
            return (wordEnd(from: i + 1), 0x2F)
        }
        let tilde = TextBytes.skipSpaces(bytes, i)
        if tilde < bytes.count, bytes[tilde] == 0x7E {
            let next = TextBytes.skipSpaces(bytes, tilde + 1)
            if next < bytes.count, TextBytes.isDigit(bytes[next]) { return (wordEnd(from: next), 0x7E) }
        }
        guard let dash = TextBytes.dashWidth(bytes, i) else { return nil }
        let next = i + dash
        let hyphen = bytes[i] == 0x2D
        if next == bytes.count { return hyphen ? (next, nil) : nil }
        if TextBytes.isDigit(bytes[next]) { return startsDateOrTime(at: next) ? nil : (wordEnd(from: next), nil) }
        if hyphen, TextBytes.isLetter(bytes[next]), !startsCapitalizedWord(at: next) {
            return (wordEnd(from: next), nil)
        }
        return nil
    }

    /// True when no letter stands at `i` (the end of the text included).
    func endsWord(at i: Int) -> Bool { i >= bytes.count || !TextBytes.isLetter(bytes[i]) }

    /// True for an upper-case letter followed by a lower-case one ("And", "Now").
    func startsCapitalizedWord(at i: Int) -> Bool {
        i + 1 < bytes.count && bytes[i] &- 0x41 < 26 && bytes[i + 1] &- 0x61 < 26
    }

    /// The end of the run of letters and digits at `i`.
    func wordEnd(from i: Int) -> Int {
        var end = i
        while end < bytes.count, TextBytes.isAlphanumeric(bytes[end]) { end += 1 }
        return end
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
