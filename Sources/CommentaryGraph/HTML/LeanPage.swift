/// A page with the bytes libxml2 reads for nothing cut out: the long middles of prose
/// paragraphs and the bodies of scripts and styles, which are most of a commentary page
/// after its tags. libxml2 2.9.14 decodes every character of them one by one; a page parsed
/// lean costs it about a quarter less (callgrind, generated whole-canon pages).
///
/// Each cut leaves a mark (a noncharacter no page has, checked) followed by the newlines it
/// removed, so that line numbers stay right. The cuts are found by a small scanner that
/// follows libxml2's tokenizer only roughly, and it need not be exact: `PageExtractor`
/// counts the marks it receives and says whether any fell where its text is read (see
/// `CutCheck`). A page whose cuts are not all found harmless is parsed again whole, so a
/// lean parse never changes what a page is read as.
///
/// What a cut removes, and why that cannot change libxml2's tree:
/// - in text, a run of characters from a white space after at least one character that is
///   not white space (so the text node exists and has done its one structural effect, an
///   implied `<p>`, already), up to the next `<`, `&`, control character or
///   `U+F000`-`U+FFFF` character: no tag, no reference, no character libxml2 drops or stops
///   at;
/// - in a `script` or `style` body, a run up to the next `<`, control or `U+F000`-`U+FFFF`
///   character: the body still ends at the same `</script`.
struct LeanPage {
    /// The bytes to parse: valid UTF-8 still, with the cuts made.
    let bytes: [UInt8]
    /// How many text runs were cut, each now `textMark`.
    let textCuts: Int
    /// How many script or style bodies were cut, each now `rawTextMark`.
    let rawTextCuts: Int

    /// U+FDD0 and U+FDD1: noncharacters, which no text is meant to hold and libxml2 keeps.
    static let textMark: (UInt8, UInt8, UInt8) = (0xEF, 0xB7, 0x90)
    static let rawTextMark: (UInt8, UInt8, UInt8) = (0xEF, 0xB7, 0x91)

    /// How much of a text run is kept after its first character that is not white space:
    /// enough for any block to be told from a heading, so that cuts rarely fall where the
    /// extractor still reads. `PageExtractor` keeps a block's first 256 bytes.
    enum Keep {
        static let forASCIIHeadings = 48
        /// Headings outside ASCII are compared case-insensitively as strings; keep a whole
        /// block's worth so that the extractor never needs a cut part of one.
        static let forOtherHeadings = 288
    }

    /// A run shorter than this is not worth a cut.
    static let minimumCut = 64

    /// Whether `bytes` holds the three bytes of a mark at `i`, and which.
    @inline(__always)
    static func mark(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Mark? {
        guard i + 2 < bytes.count, bytes[i] == 0xEF, bytes[i + 1] == 0xB7 else { return nil }
        switch bytes[i + 2] {
        case textMark.2: return .text
        case rawTextMark.2: return .rawText
        default: return nil
        }
    }

    enum Mark { case text, rawText }

    /// The index of the first 0xEF byte (the lead byte of a mark, or of another character
    /// from U+F000) at or after `start`.
    @inline(__always)
    static func firstMarkLead(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        firstIndex(of: 0xEF, in: bytes, from: start)
    }
}

extension LeanPage {
    /// `utf8` (valid UTF-8) with its cuts made, keeping `keep` bytes of each text run; nil
    /// when nothing is worth cutting, or when the page holds a mark of its own.
    init?(_ utf8: [UInt8], keep: Int) {
        var cutter = Cutter(keep: keep, count: utf8.count)
        let made = utf8.withUnsafeBufferPointer { cutter.run($0) }
        guard made, cutter.textCuts + cutter.rawTextCuts > 0 else { return nil }
        self.init(bytes: cutter.out, textCuts: cutter.textCuts, rawTextCuts: cutter.rawTextCuts)
    }
}

/// The one pass that finds the cuts and copies the rest.
private struct Cutter {
    let keep: Int
    var out: [UInt8] = []
    var textCuts = 0
    var rawTextCuts = 0
    /// Everything before this index of the source is in `out` or cut.
    private var copied = 0

    init(keep: Int, count: Int) {
        self.keep = keep
        out.reserveCapacity(count)
    }

    /// False when the page holds a mark already: it is then parsed whole.
    mutating func run(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = source.baseAddress, !hasMarks(source) else { return false }
        let n = source.count
        var i = 0
        scan: while i < n {
            guard let lt = firstIndex(of: UInt8(ascii: "<"), in: source, from: i) else {
                cutText(source, i, n)
                break
            }
            cutText(source, i, lt)
            let next = lt + 1 < n ? source[lt + 1] : 0
            switch next {
            case UInt8(ascii: "!"):
                if lt + 3 < n, source[lt + 2] == UInt8(ascii: "-"), source[lt + 3] == UInt8(ascii: "-") {
                    guard let end = findCommentEnd(source, from: lt + 4) else { break scan }
                    i = end
                } else {
                    guard let gt = firstIndex(of: UInt8(ascii: ">"), in: source, from: lt + 2) else { break scan }
                    i = gt + 1
                }
            case UInt8(ascii: "?"), UInt8(ascii: "/"):
                guard let gt = firstIndex(of: UInt8(ascii: ">"), in: source, from: lt + 2) else { break scan }
                i = gt + 1
            case _ where isASCIILetter(next):
                var nameEnd = lt + 1
                while nameEnd < n, isNameByte(source[nameEnd]) { nameEnd += 1 }
                let rawText = isRawTextName(UnsafeBufferPointer(rebasing: source[(lt + 1)..<nameEnd]))
                let end = rawText == nil ? quickTagEnd(source, from: nameEnd) : tagEnd(source, from: nameEnd)
                guard let (gt, selfClosing) = end else { break scan }
                i = gt + 1
                if let rawText, !selfClosing {
                    let close = findClose(rawText, in: source, from: i) ?? n
                    cutRawText(source, i, close)
                    i = close
                }
            default:
                // A `<` that starts no markup is text to libxml2.
                i = lt + 1
            }
        }
        if copied < n { out.append(contentsOf: UnsafeBufferPointer(start: base + copied, count: n - copied)) }
        return true
    }

    // MARK: Cuts

    /// Cuts the middle of the text run `start..<end`, if it has one worth cutting.
    ///
    /// The kept part holds a character libxml2 keeps that is not white space, so the text
    /// node is not blank before the cut, as it is not after. It holds no `>` either: had
    /// libxml2 read a tag on past where this scanner saw it end, the tag would then still
    /// be open at the cut, the mark would land in it, and the count of marks would tell.
    private mutating func cutText(_ source: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        guard end - start >= keep + LeanPage.minimumCut else { return }
        var first = start
        while first < end, isBlank(source[first]) { first += 1 }
        guard first < end, isPlainNonBlank(source[first]) else { return }
        // A cut starts at white space: never inside a character or a reference, and the
        // piece of content after a reference starts with what it started with before.
        var from = first + keep
        let limit = min(end, from + 64)
        while from < limit, !isBlank(source[from]) { from += 1 }
        guard from < limit else { return }
        // Prose with references (`&#8217;`) is cut between them. Once a mark of the run is
        // counted as text, what follows it up to the `<` is text too; until then, every kept
        // part must hold no `>`.
        var checked = start
        var cutBefore = false
        while from < end {
            if !cutBefore {
                for i in checked..<from where source[i] == UInt8(ascii: ">") { return }
                checked = from
            }
            let cuts = textCuts
            let stop = cut(source, from: from, to: end, mark: LeanPage.textMark)
            cutBefore = cutBefore || textCuts > cuts
            guard stop < end, source[stop] == UInt8(ascii: "&") else { return }
            from = stop + 1
            while from < end, !isBlank(source[from]) { from += 1 }
        }
    }

    /// Cuts the start of a script or style body `start..<end`.
    private mutating func cutRawText(_ source: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        guard end - start >= LeanPage.minimumCut else { return }
        _ = cut(source, from: start, to: end, mark: LeanPage.rawTextMark)
    }

    /// Replaces `from..<` (up to `end` or the first byte a cut must keep: `<`, which may
    /// start markup or end a script; `&`, after whose reference libxml2 starts a new piece
    /// of content, where a NUL byte ends the page instead of standing for a space; a
    /// control or a U+F000-U+FFFF character) by `mark` and the newlines it held.
    /// Returns where the cut stopped, or would have (`end` when `from` is past it).
    private mutating func cut(
        _ source: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, mark: (UInt8, UInt8, UInt8)
    ) -> Int {
        guard from < end, let raw = UnsafeRawPointer(source.baseAddress) else { return end }
        var stop = from
        var newlines = 0
        while stop < end {
            // Eight bytes at a time while none of them is a control, `<` or 0xEF.
            if stop + 8 <= end, !mayStopCut(raw.loadUnaligned(fromByteOffset: stop, as: UInt64.self)) {
                stop += 8
                continue
            }
            let byte = source[stop]
            if byte < 0x20 {
                guard byte == 0x0A || byte == 0x09 || byte == 0x0D else { break }
                if byte == 0x0A { newlines += 1 }
            } else if byte == 0xEF || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") {
                break
            }
            stop += 1
        }
        guard stop - from >= LeanPage.minimumCut, let base = source.baseAddress else { return stop }
        out.append(contentsOf: UnsafeBufferPointer(start: base + copied, count: from - copied))
        out.append(mark.0)
        out.append(mark.1)
        out.append(mark.2)
        out.append(contentsOf: repeatElement(0x0A, count: newlines))
        copied = stop
        if mark == LeanPage.textMark { textCuts += 1 } else { rawTextCuts += 1 }
        return stop
    }

    // MARK: Markup, roughly as libxml2 2.9.14 reads it

    /// The `>` that ends the start tag whose attributes begin at `i`, and whether it is
    /// `/>`. Quoted values may hold `>`; an attribute that does not start like a name is
    /// skipped to the next blank, as libxml2 does.
    private func tagEnd(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Bool)? {
        let n = source.count
        var i = start
        while i < n {
            let byte = source[i]
            if isBlank(byte) {
                i += 1
            } else if byte == UInt8(ascii: ">") {
                return (i, false)
            } else if byte == UInt8(ascii: "/"), i + 1 < n, source[i + 1] == UInt8(ascii: ">") {
                return (i + 1, true)
            } else if isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") {
                while i < n, isNameByte(source[i]) { i += 1 }
                while i < n, isBlank(source[i]) { i += 1 }
                guard i < n, source[i] == UInt8(ascii: "=") else { continue }
                i += 1
                while i < n, isBlank(source[i]) { i += 1 }
                guard i < n else { return nil }
                let quote = source[i]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = firstIndex(of: quote, in: source, from: i + 1) else { return nil }
                    i = close + 1
                } else {
                    while i < n, !isBlank(source[i]), source[i] != UInt8(ascii: ">") { i += 1 }
                }
            } else {
                while i < n, !isBlank(source[i]), source[i] != UInt8(ascii: ">"),
                    !(source[i] == UInt8(ascii: "/") && i + 1 < n && source[i + 1] == UInt8(ascii: ">"))
                {
                    i += 1
                }
            }
        }
        return nil
    }

    /// `tagEnd`, faster and rougher, for tags where `/>` does not matter: the first `>` not
    /// between quotes. It differs from libxml2 only on quotes that open no value (`<div
    /// "a>b">`), where it reads the tag as longer, which at worst costs cuts.
    private func quickTagEnd(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Bool)? {
        var i = start
        while let gt = firstIndex(of: UInt8(ascii: ">"), in: source, from: i) {
            var open = i
            while open < gt, source[open] != UInt8(ascii: "\""), source[open] != UInt8(ascii: "'") { open += 1 }
            guard open < gt else { return (gt, false) }
            guard let close = firstIndex(of: source[open], in: source, from: open + 1) else { return nil }
            i = close + 1
        }
        return nil
    }

    /// The index after the `-->` that ends a comment whose text starts at `i`.
    private func findCommentEnd(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        while let gt = firstIndex(of: UInt8(ascii: ">"), in: source, from: i) {
            if gt >= start + 2, source[gt - 1] == UInt8(ascii: "-"), source[gt - 2] == UInt8(ascii: "-") {
                return gt + 1
            }
            i = gt + 1
        }
        return nil
    }

    /// The `<` of the first `</name` (ASCII case ignored) from `i`: where libxml2 ends a
    /// script or style body in recovery mode.
    private func findClose(_ name: StaticString, in source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = source.count
        let length = name.utf8CodeUnitCount
        var i = start
        while let lt = firstIndex(of: UInt8(ascii: "<"), in: source, from: i) {
            if lt + 2 + length <= n, source[lt + 1] == UInt8(ascii: "/") {
                var k = 0
                while k < length, source[lt + 2 + k] | 0x20 == name.utf8Start[k] { k += 1 }
                if k == length { return lt }
            }
            i = lt + 1
        }
        return nil
    }

    private func isRawTextName(_ name: UnsafeBufferPointer<UInt8>) -> StaticString? {
        for candidate: StaticString in ["script", "style"] where name.count == candidate.utf8CodeUnitCount {
            if (0..<name.count).allSatisfy({ name[$0] | 0x20 == candidate.utf8Start[$0] }) { return candidate }
        }
        return nil
    }

    /// True when the page already holds a mark, or a character reference that libxml2 turns
    /// into one (`&#xFDD0;`), which would make the count of marks lie.
    private func hasMarks(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        var next = LeanPage.firstMarkLead(in: source, from: 0)
        while let lead = next {
            if LeanPage.mark(in: source, at: lead) != nil { return true }
            next = LeanPage.firstMarkLead(in: source, from: lead + 1)
        }
        var ampersand = firstIndex(of: UInt8(ascii: "&"), in: source, from: 0)
        while let at = ampersand {
            if at + 1 < source.count, source[at + 1] == UInt8(ascii: "#") {
                let value = characterReference(source, from: at + 2)
                if value == 0xFDD0 || value == 0xFDD1 { return true }
            }
            ampersand = firstIndex(of: UInt8(ascii: "&"), in: source, from: at + 1)
        }
        return false
    }

    /// The value of the character reference whose digits (after `&#`) start at `i`, as
    /// libxml2 reads it: `x` and hex digits or decimal digits, whatever follows them, kept
    /// from growing past U+10FFFF.
    private func characterReference(_ source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        var radix = 10
        if i < source.count, source[i] | 0x20 == UInt8(ascii: "x") {
            radix = 16
            i += 1
        }
        var value = 0
        while i < source.count {
            let byte = source[i]
            let digit: Int
            switch byte {
            case 0x30...0x39: digit = Int(byte - 0x30)
            case 0x61...0x66 where radix == 16: digit = Int(byte - 0x61 + 10)
            case 0x41...0x46 where radix == 16: digit = Int(byte - 0x41 + 10)
            default: return value
            }
            value = min(value * radix + digit, 0x110000)
            i += 1
        }
        return value
    }
}

/// Whether any of the eight bytes of `word` may be one a cut stops at or must count: below
/// 0x20, `<`, `&` or 0xEF.
@inline(__always)
private func mayStopCut(_ word: UInt64) -> Bool {
    EightBytes.mayHoldByte(below: 0x20, in: word) || EightBytes.mayHold(UInt8(ascii: "<"), in: word)
        || EightBytes.mayHold(UInt8(ascii: "&"), in: word) || EightBytes.mayHold(0xEF, in: word)
}

/// libxml2's blanks: space, tab, newline, carriage return (not form feed).
@inline(__always)
private func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
}

@inline(__always)
private func isASCIILetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

/// The bytes of an element or attribute name to libxml2: letters, digits, `:`, `-`, `_`, `.`.
@inline(__always)
private func isNameByte(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A || byte == 0x2D || byte == 0x5F
        || byte == 0x2E
}

/// A byte that starts a character libxml2 keeps in text and does not take for white space:
/// not a control, `&` (a reference may stand for nothing) or U+F000-U+FFFF (U+FFFE and
/// U+FFFF are dropped). The bytes are valid UTF-8, so any other byte from 0xC2 starts one.
@inline(__always)
private func isPlainNonBlank(_ byte: UInt8) -> Bool {
    byte > 0x20 && byte != UInt8(ascii: "&") && byte != 0xEF && (byte < 0x80 || byte >= 0xC2)
}
