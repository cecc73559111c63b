/// The words a reference may hold: chapter and verse keywords, range words, and the dates
/// and times that end a reference.
extension ReferenceScanner {
    /// `chapter`, `chapters`, `chap.`, `ch.` or `verse`, `verses`, `ver.`, `v.`, `vv.`, `vs.`
    /// at `i` (after a comma when `allowComma`), followed by a number: where that number
    /// starts, and which kind of number it is.
    func keyword(at i: Int, allowComma: Bool) -> (isChapter: Bool, next: Int)? {
        var start = i
        if allowComma, start < bytes.count, bytes[start] == 0x2C { start = TextBytes.skipSpaces(bytes, start + 1) }
        guard start < bytes.count, TextBytes.isLetter(bytes[start]) else { return nil }
        var end = start
        while end < bytes.count, TextBytes.isLetter(bytes[end]) { end += 1 }
        let isChapter: Bool
        switch end - start {
        case 1 where word(at: start, "v") == end: isChapter = false
        case 2 where word(at: start, "ch") == end: isChapter = true
        case 2 where word(at: start, "vv") == end || word(at: start, "vs") == end: isChapter = false
        case 3 where word(at: start, "ver") == end: isChapter = false
        case 4 where word(at: start, "chap") == end: isChapter = true
        case 5 where word(at: start, "verse") == end: isChapter = false
        case 6 where word(at: start, "verses") == end: isChapter = false
        case 7 where word(at: start, "chapter") == end: isChapter = true
        case 8 where word(at: start, "chapters") == end: isChapter = true
        default: return nil
        }
        var next = end
        if next < bytes.count, bytes[next] == 0x2E { next += 1 }
        next = TextBytes.skipSpaces(bytes, next)
        guard next < bytes.count, TextBytes.isDigit(bytes[next]) else { return nil }
        return (isChapter, next)
    }

    /// `to`, `through`, `thru`, `till` or `until` and the spaces after it, at `i`: where the
    /// range end starts.
    func rangeWord(at i: Int) -> Int? {
        guard i < bytes.count, TextBytes.isLetter(bytes[i]), i > 0, TextBytes.isTrailingSpace(bytes, i) else { return nil }
        let end =
            word(at: i, "to") ?? word(at: i, "through") ?? word(at: i, "thru") ?? word(at: i, "till")
            ?? word(at: i, "until")
        guard let end, end < bytes.count, TextBytes.spaceWidth(bytes, end) != nil else { return nil }
        return TextBytes.skipSpaces(bytes, end)
    }

    /// Where `word` (lower case ASCII) ends when it is written at `i` in any case as a whole
    /// word.
    func word(at i: Int, _ word: StaticString) -> Int? {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { return nil }
        let letters = word.utf8Start
        for offset in 0..<count where bytes[i + offset] | 0x20 != letters[offset] { return nil }
        return endsWord(at: i + count) ? i + count : nil
    }

    /// True when a time (`10:30 AM`, `9:15pm`) or a date (`2024.05.01`, `2024-05-01`,
    /// `05/01/2024`) starts at `i`: a dash before it ends the reference.
    func startsDateOrTime(at i: Int) -> Bool {
        let first = digits(at: i)
        guard first > 0, i + first < bytes.count else { return false }
        let separator = bytes[i + first]
        if separator == 0x3A, first <= 2 {
            let minutes = i + first + 1
            guard digits(at: minutes) == 2 else { return false }
            var j = TextBytes.skipSpaces(bytes, minutes + 2)
            guard j < bytes.count, bytes[j] | 0x20 == 0x61 || bytes[j] | 0x20 == 0x70 else { return false }  // a, p
            j += 1
            if j < bytes.count, bytes[j] == 0x2E { j += 1 }
            return j < bytes.count && bytes[j] | 0x20 == 0x6D && endsWord(at: j + 1)  // m
        }
        guard separator == 0x2E || separator == 0x2D || separator == 0x2F else { return false }
        let second = digits(at: i + first + 1)
        let next = i + first + 1 + second
        guard (1...2).contains(second), next < bytes.count, bytes[next] == separator else { return false }
        let third = digits(at: next + 1)
        return first == 4 ? (1...2).contains(third) : first <= 2 && (third == 2 || third == 4)
    }

    private func digits(at i: Int) -> Int {
        var end = i
        while end < bytes.count, TextBytes.isDigit(bytes[end]) { end += 1 }
        return end - i
    }

    /// A word that is no book but one or two letters away from a book's name, followed by
    /// `chapter:verse` ("Mathew 5:3"): an error that names the book meant.
    func misspelledBook(at i: Int) -> (span: Range<Int>, error: ScriptureError)? {
        guard TextBytes.isLetter(bytes[i]), !inProse || bytes[i] &- 0x41 < 26 else { return nil }
        var end = i
        while end < bytes.count, TextBytes.isLetter(bytes[end]) { end += 1 }
        let length = end - i
        guard (4...16).contains(length) else { return nil }
        let chapter = TextBytes.skipSpaces(bytes, end)
        let chapterDigits = digits(at: chapter)
        guard chapter > end, (1...3).contains(chapterDigits), chapter + chapterDigits + 1 < bytes.count,
            bytes[chapter + chapterDigits] == 0x3A, TextBytes.isDigit(bytes[chapter + chapterDigits + 1])
        else { return nil }
        guard names.match(in: bytes, at: i) == nil else { return nil }  // a book, whose numbers were wrong
        let word = bytes[i..<end].map { $0 | 0x20 }
        guard let book = BookNameIndex.closestTitle(to: word, within: length <= 5 ? 1 : 2) else { return nil }
        let stop = chapter + chapterDigits + 1 + digits(at: chapter + chapterDigits + 1)
        let name = text(i..<end)
        return (i..<stop, .misspelledBook(name, suggestion: book))
    }
}
