/// The two tests of whether bytes are HTML, in one place.
enum HTMLSniffer {
    /// True when the first kilobyte starts like an HTML document (ASCII case and leading
    /// white space or a byte-order mark ignored): how a file whose name does not say it is a
    /// page (`exo+32:31`, as wget saves it) is told from `robots`, a JSON file or an image.
    static func startsLikeHTML(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            let head = UnsafeBufferPointer(rebasing: all.prefix(1024))
            var i = 0
            if head.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
            while i < head.count, head[i] == 0x20 || (head[i] >= 0x09 && head[i] <= 0x0D) { i += 1 }
            let rest = UnsafeBufferPointer(rebasing: head[i...])
            if prefixes.contains(where: { startsWithIgnoringCase(rest, $0) }) { return true }
            // A page that opens with something else (a stray byte, a processing instruction)
            // but declares itself further on.
            return rest.first == UInt8(ascii: "<") && containsIgnoringCase(rest, Array("<html".utf8))
        }
    }

    /// Why `utf8` (a page already decoded) is not HTML, if it is not: empty, NUL bytes near
    /// the start (binary data, or UTF-16 without a byte-order mark), or not a single tag.
    static func problem(with utf8: [UInt8]) -> PageReadError? {
        guard let firstContent = utf8.firstIndex(where: { $0 > 0x20 || $0 == 0 }) else { return .empty }
        if utf8[firstContent..<min(utf8.count, firstContent + 1024)].contains(0) {
            return .notHTML(
                reason: "it has NUL bytes near the start, so it is binary data or UTF-16 without a byte-order mark")
        }
        if let controls = controlBytes(in: utf8[firstContent..<min(utf8.count, firstContent + 4096)]) {
            return .notHTML(
                reason: "\(controls) of its first bytes are control characters that text never has, so it is binary data")
        }
        var i = utf8[firstContent...].firstIndex(of: UInt8(ascii: "<"))
        while let open = i, open + 1 < utf8.count {
            let next = utf8[open + 1]
            if next | 0x20 >= 0x61 && next | 0x20 <= 0x7A || next == 0x21 || next == 0x2F || next == 0x3F { return nil }
            i = utf8[(open + 1)...].firstIndex(of: UInt8(ascii: "<"))
        }
        return .notHTML(reason: "it contains no HTML tag")
    }

    /// How many bytes of `head` are C0 controls other than tab, newline, form feed and
    /// carriage return (or DEL), when that is more than one in a hundred: random or compressed
    /// data has about one in ten, text none. Windows-1252 bytes decoded into UTF-8 keep such
    /// controls as themselves, so this finds junk whatever its declared encoding.
    private static func controlBytes(in head: ArraySlice<UInt8>) -> Int? {
        let count = head.withUnsafeBufferPointer { bytes in
            var count = 0
            var i = 0
            while i < bytes.count {
                // Eight bytes at a time while none is below 0x20 or DEL (a page's first 4 KB
                // are mostly that).
                if i + 8 <= bytes.count,
                    case let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self),
                    !EightBytes.mayHoldByte(below: 0x20, in: word), !EightBytes.mayHold(0x7F, in: word)
                {
                    i += 8
                    continue
                }
                let byte = bytes[i]
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D || byte == 0x7F {
                    count += 1
                }
                i += 1
            }
            return count
        }
        return count > max(8, head.count / 100) ? count : nil
    }

    private static let prefixes = ["<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title"]
        .map { Array($0.utf8) }

    private static func startsWithIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        for k in prefix.indices where lowercased(bytes[k]) != prefix[k] { return false }
        return true
    }

    private static func containsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where lowercased(bytes[start]) == needle[0] {
            if startsWithIgnoringCase(UnsafeBufferPointer(rebasing: bytes[start...]), needle) { return true }
        }
        return false
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
}
