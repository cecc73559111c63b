/// A page address reduced to what identifies the page, so that every way of writing a link
/// to it compares equal: scheme, `www.`, the site's other hosts, `%3A`/`%2B` escapes, a
/// trailing slash, `index.html`, an `.html` suffix, fragments, letter case, and queries but
/// for the parameters the profile's passage patterns read.
public struct SiteURL: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The host, lower case, without `www.`, the profile's first host for any of its hosts.
    public let host: String
    /// The path, percent-decoded, lower case, starting with `/`, without a trailing slash,
    /// `index.html` or `.html` (the root is `/`).
    public let path: String
    /// The query parameters the profile's passage patterns read, decoded, lower case, in the
    /// profile's order (`book=ex&chapter=32&verse=31`); empty for most sites.
    public let query: String

    /// The identity of the page: `thebiblesays.com/en/commentary/exo+32:30`, with `?` and
    /// the query when there is one.
    public var key: String { query.isEmpty ? host + path : host + path + "?" + query }

    /// The address as an https URL.
    public var description: String { "https://" + key }

    /// A URL from its parts, normalised with `profile`; `path` may end in a query (a file
    /// that wget saved as `notes.php?book=ex&chapter=32`, or with `--adjust-extension`
    /// `notes.php?book=ex&chapter=32.html`).
    public init(host: String, path: String, profile: SiteProfile) {
        if !profile.queryNames.isEmpty, let question = path.utf8.firstIndex(of: 0x3F) {
            var query = path[path.index(after: question)...]
            for suffix in [".html", ".htm"] where query.lowercased().hasSuffix(suffix) { query = query.dropLast(suffix.count) }
            self.init(host: host, path: path[..<question], query: query, profile: profile)
        } else {
            self.init(host: host, path: Substring(path), query: "", profile: profile)
        }
    }

    private init(host: String, path: Substring, query: Substring, profile: SiteProfile) {
        self.host = SiteURL.canonicalHost(host, profile: profile)
        self.path = SiteURL.normalizedPath(String(path))
        self.query = profile.queryNames.isEmpty ? "" : SiteURL.normalizedQuery(query, names: profile.queryNames)
    }

    /// Resolves `href` against `base` (a page's own URL) the way a browser would, then
    /// normalises it. Returns nil for other schemes (`mailto:`, `javascript:`), for an empty
    /// or fragment-only href, and for a relative href without a base.
    public init?(_ href: String, relativeTo base: SiteURL? = nil, profile: SiteProfile) {
        self.init(href, base: base.map(URLBase.init), profile: profile)
    }

    /// Resolves `href` against a document's base (host and folder), then normalises it.
    public init?(_ href: String, base: URLBase?, profile: SiteProfile) {
        var text = Substring(href.trimmingASCIISpaces)
        var query: Substring = ""
        if let cut = text.utf8.firstIndex(where: { $0 == 0x23 || $0 == 0x3F }) {  // # ?
            if !profile.queryNames.isEmpty, text.utf8[cut] == 0x3F {
                query = text[text.index(after: cut)...]
                if let hash = query.utf8.firstIndex(of: 0x23) { query = query[..<hash] }
            }
            text = text[..<cut]
        }
        guard !text.isEmpty else { return nil }
        if let authority = SiteURL.afterScheme(text) {
            guard text.utf8.hasASCIIPrefixIgnoringCase("http://") || text.utf8.hasASCIIPrefixIgnoringCase("https://")
            else { return nil }
            self.init(authorityAndPath: text[authority...], query: query, profile: profile)
        } else if text.hasPrefix("//") {
            self.init(authorityAndPath: text.dropFirst(2), query: query, profile: profile)
        } else if let first = text.utf8.first, (first | 0x20) &- 0x61 < 26,  // a scheme starts with a letter
            SiteURL.nonWebSchemes.contains(where: { text.utf8.hasASCIIPrefixIgnoringCase($0) })
        {
            return nil
        } else if let base {
            let path = text.hasPrefix("/") ? text : Substring(base.directory + text)
            self.init(host: base.host, path: path, query: query, profile: profile)
        } else {
            return nil
        }
    }

    private init?(authorityAndPath: Substring, query: Substring, profile: SiteProfile) {
        // Byte searches: `/`, `@` and `:` are ASCII, and a `Character` search would pay for
        // grapheme breaking on every href.
        let slash = authorityAndPath.utf8.firstIndex(of: 0x2F) ?? authorityAndPath.endIndex
        var host = authorityAndPath[..<slash]
        if let at = host.utf8.lastIndex(of: 0x40) { host = host[host.utf8.index(after: at)...] }
        if let colon = host.utf8.lastIndex(of: 0x3A) { host = host[..<colon] }  // port
        guard !host.isEmpty else { return nil }
        self.init(host: String(host), path: authorityAndPath[slash...], query: query, profile: profile)
    }

    public static func < (lhs: SiteURL, rhs: SiteURL) -> Bool { lhs.key < rhs.key }

    /// Schemes written without `//` that never name a page.
    private static let nonWebSchemes = ["mailto:", "javascript:", "tel:", "data:", "sms:", "ftp:"]

    static func canonicalHost(_ host: String, profile: SiteProfile) -> String {
        var host = host.utf8.allSatisfy { $0 < 0x80 } ? asciiLowercased(host) : host.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        if profile.hosts.contains(host), let first = profile.hosts.first { return first }
        return host
    }

    static func normalizedPath(_ path: String) -> String {
        if let fast = normalizedASCIIPath(path) { return fast }
        var segments: [Substring] = []
        let decoded = PercentDecoding.decode(path).lowercased()
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        if let last = segments.last, ["index.html", "index.htm", "index.php", "index"].contains(last) {
            segments.removeLast()
        }
        if let last = segments.last {
            for suffix in [".html", ".htm"] where last.hasSuffix(suffix) && last.count > suffix.count {
                segments[segments.count - 1] = last.dropLast(suffix.count)
            }
        }
        return "/" + segments.joined(separator: "/")
    }

}

extension SiteURL {
    /// `normalizedPath` for a path whose bytes, percent escapes decoded, are all ASCII (nearly
    /// every href): the same result, computed on bytes without building a `String` per
    /// segment. Nil for any other path, which takes the general way.
    static func normalizedASCIIPath(_ path: String) -> String? {
        let raw = Array(path.utf8)
        guard raw.allSatisfy({ $0 < 0x80 }) else { return nil }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            if raw[i] == 0x25, i + 2 < raw.count, let high = PercentDecoding.hex(raw[i + 1]),
                let low = PercentDecoding.hex(raw[i + 2])
            {
                guard high < 8 else { return nil }  // a non-ASCII byte: lowercasing needs Unicode
                decoded.append(high << 4 | low)
                i += 3
            } else {
                decoded.append(raw[i])
                i += 1
            }
        }
        // Segments as ranges of the lowercased bytes; `.` and `..` resolved.
        for i in decoded.indices where decoded[i] &- 0x41 < 26 { decoded[i] |= 0x20 }
        var segments: [Range<Int>] = []
        var start = 0
        for i in 0...decoded.count where i == decoded.count || decoded[i] == 0x2F {
            defer { start = i + 1 }
            guard i > start else { continue }
            let length = i - start
            if length == 1, decoded[start] == 0x2E { continue }
            if length == 2, decoded[start] == 0x2E, decoded[start + 1] == 0x2E {
                _ = segments.popLast()
                continue
            }
            segments.append(start..<i)
        }
        if let last = segments.last, indexNames.contains(where: { decoded[last].elementsEqual($0) }) {
            segments.removeLast()
        }
        if let last = segments.last {
            for suffix in htmlSuffixes where last.count > suffix.count && decoded[last].reversed().starts(with: suffix.reversed())
            {
                segments[segments.count - 1] = last.lowerBound..<(last.upperBound - suffix.count)
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(decoded.count + 1)
        if segments.isEmpty { out.append(0x2F) }
        for segment in segments {
            out.append(0x2F)
            out.append(contentsOf: decoded[segment])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let indexNames = ["index.html", "index.htm", "index.php", "index"].map { Array($0.utf8) }
    private static let htmlSuffixes = [".html", ".htm"].map { Array($0.utf8) }

    private static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 &- 0x41 < 26 }) else { return text }
        return String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}

extension SiteURL {
    /// Where the authority starts when `text` begins with a scheme and `://` (`https://`,
    /// `ftp://`): the first character that is no scheme character must start `://`.
    fileprivate static func afterScheme(_ text: Substring) -> Substring.Index? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let isScheme =
                (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x2B || byte == 0x2D || byte == 0x2E
            if !isScheme { break }
            index = utf8.index(after: index)
        }
        guard utf8[index...].starts(with: "://".utf8) else { return nil }
        return utf8.index(index, offsetBy: 3)
    }
}

extension Substring.UTF8View {
    /// True when the bytes start with `prefix` (ASCII, lowercase), ASCII case ignored.
    fileprivate func hasASCIIPrefixIgnoringCase(_ prefix: String) -> Bool {
        var mine = makeIterator()
        for expected in prefix.utf8 {
            guard let byte = mine.next(), (byte &- 0x41 < 26 ? byte | 0x20 : byte) == expected else { return false }
        }
        return true
    }
}

extension String {
    /// The string without the characters " ", "\t", "\n" and "\r" at either end.
    ///
    /// Runs for every href of every page, so the common case (nothing to trim: the first and
    /// last bytes are not one of those four) returns at once; a character equal to one of
    /// them is that single ASCII scalar, so no other first or last byte can start or end
    /// one. Otherwise the ends are found by Character, as before ("\r\n" is one Character,
    /// equal to neither "\r" nor "\n", and stays).
    var trimmingASCIISpaces: String {
        let isSpaceByte: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let firstByte = utf8.first, let lastByte = utf8.last else { return self }
        if !isSpaceByte(firstByte), !isSpaceByte(lastByte) { return self }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}

/// `%XX` escapes decoded; a malformed escape is kept as written.
enum PercentDecoding {
    static func decode(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == 0x25, i + 2 < utf8.count, let high = hex(utf8[i + 1]), let low = hex(utf8[i + 2]) {
                bytes.append(high << 4 | low)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
