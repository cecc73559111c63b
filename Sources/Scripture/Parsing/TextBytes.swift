/// Byte-level character classes for scanning UTF-8 text without decoding it.
enum TextBytes {
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

    /// The width of a space at `i`: ASCII space or tab, or a no-break, narrow no-break,
    /// thin, hair, en or em space.
    @inline(__always)
    static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let byte = bytes[i]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return 1 }
        if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x82, 0x83, 0x89, 0x8A, 0xAF: return 3
            default: return nil
            }
        }
        return nil
    }

    /// True when the byte before `end` ends a space (ASCII, or the last byte of a no-break,
    /// thin or similar space), so trailing spaces can be trimmed from the back.
    @inline(__always)
    static func isTrailingSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let byte = bytes[end - 1]
        return byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The position after any spaces at `i`.
    @inline(__always)
    static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var i = i
        while i < bytes.count, let width = spaceWidth(bytes, i) { i += width }
        return i
    }

    /// The width of a dash at `i`: hyphen-minus, or U+2010 to U+2015, or U+2212 minus.
    @inline(__always)
    static func dashWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let byte = bytes[i]
        if byte == 0x2D { return i + 1 < bytes.count && bytes[i + 1] == 0x2D ? 2 : 1 }  // "--" too
        guard byte == 0xE2, i + 2 < bytes.count else { return nil }
        if bytes[i + 1] == 0x80, (0x90...0x95).contains(bytes[i + 2]) { return 3 }
        if bytes[i + 1] == 0x88, bytes[i + 2] == 0x92 { return 3 }
        return nil
    }

    /// The width of what may stand between the words of a book name: spaces or a period.
    @inline(__always)
    static func nameSeparatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        if bytes[i] == 0x2E { return 1 }
        return spaceWidth(bytes, i)
    }

    /// Runs `body` over the UTF-8 bytes of `text`, copying only if the string is not native.
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(body)!
    }
}
