/// The numbers of a reference: chapter and verse digits, partial-verse letters, `f`/`ff`,
/// and the `:` or `.` between chapter and verse.
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

    /// Reads `:31` or `.31` (with its part) after a chapter number that ends at `i`.
    ///
    /// A colon followed by a space and a word is punctuation ("Exodus 32: the calf"); a colon
    /// or period run straight into letters (`32:x`) is a reference that cannot be read.
    func verseAfter(_ i: Int) -> NumberRead {
        guard i < bytes.count else { return .absent }
        if bytes[i] == 0x2E {  // "32.31": no spaces around a period
            return i + 1 < bytes.count && TextBytes.isDigit(bytes[i + 1]) ? number(at: i + 1, allowPart: true) : .absent
        }
        let colon = TextBytes.skipSpaces(bytes, i)
        guard colon < bytes.count, bytes[colon] == 0x3A else { return .absent }
        let next = colon + 1
        if next < bytes.count, TextBytes.isLetter(bytes[next]) { return .malformed(end: wordEnd(from: next)) }
        let verse = TextBytes.skipSpaces(bytes, next)
        guard verse < bytes.count, TextBytes.isDigit(bytes[verse]) else { return .absent }
        return number(at: verse, allowPart: true)
    }

    /// Reads digits at `start`, and with `allowPart` a partial-verse letter (`19b`, OSIS
    /// `19!b`) or `f`/`ff`.
    func number(at start: Int, allowPart: Bool) -> NumberRead {
        var i = start
        var value = 0
        while i < bytes.count, TextBytes.isDigit(bytes[i]) {
            guard i - start < 6 else { return .malformed(end: wordEnd(from: i)) }
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        guard i > start else { return .absent }
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
        if number.end < bytes.count, TextBytes.isLetter(bytes[number.end]) {
            return .malformed(end: wordEnd(from: number.end))
        }
        return .number(number)
    }

    /// Where what is written right after a reference ends, when it continues the reference
    /// in a way that cannot be read: another `:5` or `.5` (`32:31:5`), a hyphen run into a
    /// number or a word (`30-35-40`, `31a-c`), or a hyphen at the very end (`32:30-`). A
    /// spaced dash, or an en or em dash before a word ("32:31—a plea"), is prose.
    func junkEnd(after i: Int) -> Int? {
        guard i < bytes.count else { return nil }
        let byte = bytes[i]
        if byte == 0x3A || byte == 0x2E, i + 1 < bytes.count, TextBytes.isDigit(bytes[i + 1]) {
            return wordEnd(from: i + 1)
        }
        guard let dash = TextBytes.dashWidth(bytes, i) else { return nil }
        let next = i + dash
        if next == bytes.count { return dash == 1 ? next : nil }
        if TextBytes.isDigit(bytes[next]) || (dash == 1 && TextBytes.isLetter(bytes[next])) {
            return wordEnd(from: next)
        }
        return nil
    }

    /// True when no letter stands at `i` (the end of the text included).
    private func endsWord(at i: Int) -> Bool { i >= bytes.count || !TextBytes.isLetter(bytes[i]) }

    /// The end of the run of letters and digits at `i`.
    private func wordEnd(from i: Int) -> Int {
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
