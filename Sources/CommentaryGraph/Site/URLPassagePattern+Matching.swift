import Scripture

/// What a pattern read off a URL.
struct URLPassageCapture {
    var book: Book?
    var chapter: Int?
    var verse: Int?
    var end: Int?

    /// The range captured, when it exists in `versification`.
    func range(in versification: Versification) -> VerseRange? {
        guard let book, let chapter else { return nil }
        guard let verse else { return try? VerseRange(book, chapter: chapter, in: versification) }
        return try? VerseRange(Verse(book, chapter, verse), Verse(book, chapter, end ?? verse), in: versification)
    }
}

extension URLPassagePattern {
    /// Matches a normalised path and query (`SiteURL.path`, `SiteURL.query`). On the hot path
    /// of reading links: bytes only, no allocation but for a book code longer than 15 bytes.
    func match(path: String, query: String, codes: BookCodes) -> URLPassageCapture? {
        var capture = URLPassageCapture()
        if let tokens = self.path {
            var pathCopy = path
            let matched = pathCopy.withUTF8 { Self.match(tokens, 0, $0, 0, codes, &capture) }
            guard matched else { return nil }
        }
        if !self.query.isEmpty {
            var queryCopy = query
            let matched = queryCopy.withUTF8 { bytes in
                self.query.allSatisfy { parameter in
                    guard let value = Self.value(of: parameter.name, in: bytes) else { return false }
                    return Self.match(parameter.value, 0, UnsafeBufferPointer(rebasing: bytes[value]), 0, codes, &capture)
                }
            }
            guard matched else { return nil }
        }
        return capture
    }

    /// Tokens from `t` on against bytes from `i` on, to the end. Book codes and `*` are tried
    /// shortest first (a book code never spans a `/`); numbers take every digit, at most 3.
    private static func match(
        _ tokens: [Token], _ t: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ codes: BookCodes,
        _ capture: inout URLPassageCapture
    ) -> Bool {
        guard t < tokens.count else { return i == bytes.count }
        switch tokens[t] {
        case .literal(let literal):
            guard bytes.count - i >= literal.count else { return false }
            for k in 0..<literal.count where bytes[i + k] != literal[k] { return false }
            return match(tokens, t + 1, bytes, i + literal.count, codes, &capture)
        case .chapter, .verse, .end:
            var j = i
            var value = 0
            while j < bytes.count, bytes[j] &- 0x30 < 10, j - i < 3 {
                value = value * 10 + Int(bytes[j] &- 0x30)
                j += 1
            }
            guard j > i, j == bytes.count || bytes[j] &- 0x30 >= 10 else { return false }
            let saved = capture
            switch tokens[t] {
            case .chapter: capture.chapter = value
            case .verse: capture.verse = value
            default: capture.end = value
            }
            if match(tokens, t + 1, bytes, j, codes, &capture) { return true }
            capture = saved
            return false
        case .book:
            var j = i + 1
            while j <= bytes.count, j - i <= 40 {
                if case .literal(let next)? = tokens.dropFirst(t + 1).first, bytes.count - j >= next.count,
                    bytes[j] != next[0]
                {
                    // Not where the text after the code starts: no need to look the code up.
                } else if let book = codes.book(UnsafeBufferPointer(rebasing: bytes[i..<j])) {
                    let saved = capture
                    capture.book = book
                    if match(tokens, t + 1, bytes, j, codes, &capture) { return true }
                    capture = saved
                }
                if j == bytes.count || bytes[j] == 0x2F { break }
                j += 1
            }
            return false
        case .any:
            for j in i...bytes.count where match(tokens, t + 1, bytes, j, codes, &capture) { return true }
            return false
        }
    }

    /// The bytes of the value of parameter `name` in a normalised query (`a=1&b=2`).
    private static func value(of name: String, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x26 { end += 1 }  // &
            let pair = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if pair.count > name.utf8.count, pair[name.utf8.count] == 0x3D, pair.starts(with: name.utf8) {  // =
                return (start + name.utf8.count + 1)..<end
            }
            start = end + 1
        }
        return nil
    }
}
