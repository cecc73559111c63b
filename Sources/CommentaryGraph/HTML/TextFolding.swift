/// Whitespace folding, done on UTF-8 bytes: this runs for every block of every page, and
/// byte loops are several times faster than `Character` or scalar loops.
enum TextFolding {
    /// `bytes` as a string with every run of white space (no-break and other Unicode spaces
    /// included) turned into one space, and none at either end. Invalid UTF-8 is repaired.
    static func fold(_ bytes: [UInt8]) -> String {
        String(decoding: foldedBytes(bytes), as: UTF8.self)
    }

    /// `text` with white space folded as in `fold(_:)`.
    static func fold(_ text: String) -> String { fold(Array(text.utf8)) }

    /// `text` without white space (Unicode spaces included) at either end.
    static func trim(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// The UTF-8 of `fold(bytes)`, before repair.
    static func foldedBytes(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        while i < bytes.count {
            if let width = whitespaceWidth(bytes, i) {
                pendingSpace = !out.isEmpty
                i += width
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    /// The byte length of the white space character at `i`, if there is one: ASCII white
    /// space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000
    /// (Unicode's White_Space property).
    @inline(__always)
    static func whitespaceWidth(_ b: [UInt8], _ i: Int) -> Int? {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : nil }
        switch c {
        case 0xC2:
            return i + 1 < b.count && (b[i + 1] == 0x85 || b[i + 1] == 0xA0) ? 2 : nil
        case 0xE1:
            return i + 2 < b.count && b[i + 1] == 0x9A && b[i + 2] == 0x80 ? 3 : nil
        case 0xE2:
            guard i + 2 < b.count else { return nil }
            let (c1, c2) = (b[i + 1], b[i + 2])
            if c1 == 0x80 && (c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) && c2 >= 0x80 { return 3 }
            return c1 == 0x81 && c2 == 0x9F ? 3 : nil
        case 0xE3:
            return i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : nil
        default:
            return nil
        }
    }
}
