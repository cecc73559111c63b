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
        var i = utf8[firstContent...].firstIndex(of: UInt8(ascii: "<"))
        while let open = i, open + 1 < utf8.count {
            let next = utf8[open + 1]
            if next | 0x20 >= 0x61 && next | 0x20 <= 0x7A || next == 0x21 || next == 0x2F || next == 0x3F { return nil }
            i = utf8[(open + 1)...].firstIndex(of: UInt8(ascii: "<"))
        }
        return .notHTML(reason: "it contains no HTML tag")
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
