/// Decides a page's encoding and converts it to valid UTF-8, before libxml2 sees it.
///
/// libxml2 2.9.14 reads a page without charset as ISO-8859-1 (curly quotes become C1
/// controls), switches to Latin-1 for the rest of the page at the first invalid byte under a
/// UTF-8 declaration, and through iconv cuts a Windows-1252 page at its undefined bytes.
/// So the decision is made here, in the order browsers use:
/// 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
/// 2. a meta charset in the first 2 KB: UTF-8 (invalid bytes become U+FFFD), or Windows-1252
///    and the labels browsers read as it (ISO-8859-1, Latin-1, US-ASCII);
/// 3. valid UTF-8;
/// 4. otherwise Windows-1252.
/// Other declared charsets are rare on the sites versegraph reads and fall through to 3 and 4.
func decodeHTML(_ bytes: [UInt8]) -> (utf8: [UInt8], encoding: PageEncoding) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        return (repairedUTF8(Array(bytes.dropFirst(3))), .utf8BOM)
    }
    if bytes.starts(with: [0xFF, 0xFE]) { return (utf16ToUTF8(bytes.dropFirst(2), bigEndian: false), .utf16LE) }
    if bytes.starts(with: [0xFE, 0xFF]) { return (utf16ToUTF8(bytes.dropFirst(2), bigEndian: true), .utf16BE) }
    switch declaredCharset(bytes).map(encodingForLabel) {
    case .utf8?: return (repairedUTF8(bytes), .utf8)
    case .windows1252?: return (Windows1252.decode(bytes), .windows1252)
    default: break
    }
    if isValidUTF8(bytes) { return (bytes, .utf8) }
    return (Windows1252.decode(bytes), .windows1252)
}

/// The encoding a charset label names, for the labels this decoder supports.
/// A meta tag claiming UTF-16 is read as UTF-8, as browsers do: a page whose bytes could be
/// scanned for ASCII `<meta` is not UTF-16.
private func encodingForLabel(_ label: String) -> PageEncoding? {
    switch label {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be":
        .utf8
    case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
        "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "iso-ir-100", "ibm819", "cp819":
        .windows1252
    default:
        nil
    }
}

/// `bytes` unchanged if valid, else with every invalid sequence replaced by U+FFFD.
private func repairedUTF8(_ bytes: [UInt8]) -> [UInt8] {
    isValidUTF8(bytes) ? bytes : Array(String(decoding: bytes, as: UTF8.self).utf8)
}

/// UTF-16 code units to UTF-8; lone surrogates and an odd last byte become U+FFFD.
private func utf16ToUTF8(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2 + 1)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
        let first = UInt16(bytes[index])
        let second = UInt16(bytes[index + 1])
        units.append(bigEndian ? first << 8 | second : second << 8 | first)
        index += 2
    }
    if index < bytes.endIndex { units.append(0xFFFD) }
    return Array(String(decoding: units, as: UTF16.self).utf8)
}

/// The lowercased charset label of the first `<meta>` in the first 2 KB that declares one,
/// in either form: `<meta charset="…">` or `<meta http-equiv="Content-Type"
/// content="text/html; charset=…">`.
func declaredCharset(_ bytes: [UInt8]) -> String? {
    let limit = min(bytes.count, 2048)
    var index = 0
    while let meta = find("<meta", in: bytes, from: index, before: limit) {
        // The tag may run a little past the 2 KB window; allow it 512 more bytes.
        let tagEnd =
            bytes[meta..<min(bytes.count, limit + 512)].firstIndex(of: UInt8(ascii: ">"))
            ?? min(bytes.count, limit + 512)
        if let label = charsetValue(bytes, in: meta + 5..<tagEnd) { return label }
        index = meta + 5
    }
    return nil
}

/// The value after `charset=` within `range`, unquoted and lowercased.
private func charsetValue(_ bytes: [UInt8], in range: Range<Int>) -> String? {
    var from = range.lowerBound
    while let found = find("charset", in: bytes, from: from, before: range.upperBound) {
        var i = found + 7
        while i < range.upperBound, isHTMLSpace(bytes[i]) { i += 1 }
        from = found + 7
        guard i < range.upperBound, bytes[i] == UInt8(ascii: "=") else { continue }
        i += 1
        while i < range.upperBound, isHTMLSpace(bytes[i]) || bytes[i] == 0x22 || bytes[i] == 0x27 { i += 1 }
        var end = i
        while end < range.upperBound, !isHTMLSpace(bytes[end]), ![0x22, 0x27, 0x3B, 0x3E, 0x2F].contains(bytes[end]) {
            end += 1
        }
        guard end > i else { return nil }
        return String(decoding: bytes[i..<end], as: UTF8.self).lowercased()
    }
    return nil
}

/// The index of `needle` (ASCII, lowercase) in `bytes[from..<before]`, ignoring ASCII case.
private func find(_ needle: StaticString, in bytes: [UInt8], from: Int, before: Int) -> Int? {
    let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
    guard let first = pattern.first, before - from >= pattern.count else { return nil }
    var i = from
    while i + pattern.count <= before {
        if bytes[i] | 0x20 == first {
            var k = 1
            while k < pattern.count, bytes[i + k] | 0x20 == pattern[k] { k += 1 }
            if k == pattern.count { return i }
        }
        i += 1
    }
    return nil
}

/// Whether `bytes` is well-formed UTF-8: no overlong forms, surrogates or values past
/// U+10FFFF. ASCII, most of any page, is skipped eight bytes at a time.
func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { b in
        let n = b.count
        var i = 0
        while i < n {
            if i + 8 <= n,
                UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    & 0x8080_8080_8080_8080 == 0
            {
                i += 8
                continue
            }
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            let width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            guard c >= 0xC2, c <= 0xF4, i + width <= n else { return false }
            for k in 1..<width where b[i + k] & 0xC0 != 0x80 { return false }
            let c1 = b[i + 1]
            if c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 >= 0xA0 || c == 0xF0 && c1 < 0x90
                || c == 0xF4 && c1 >= 0x90
            {
                return false
            }
            i += width
        }
        return true
    }
}
