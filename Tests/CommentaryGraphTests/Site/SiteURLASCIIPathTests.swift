import Testing

@testable import CommentaryGraph

/// `SiteURL.normalizedASCIIPath`, the byte-level fast path of `normalizedPath`: for every
/// path it takes, the result the documented rules give; nil exactly when a byte, escapes
/// decoded, is not ASCII.
@Suite struct SiteURLASCIIPathTests {
    /// The rules of `SiteURL.path`, written plainly: percent-decoded once, lower case, `.` and
    /// `..` resolved, empty segments dropped, a last `index.html` / `index.htm` / `index.php` /
    /// `index` dropped, then a `.html` or `.htm` suffix of the last segment dropped (unless
    /// that is the whole segment); the root is `/`.
    static func reference(_ path: String) -> String {
        var segments: [String] = []
        for segment in decode(path).lowercased().split(separator: "/") {
            if segment == "." { continue }
            if segment == ".." {
                _ = segments.popLast()
                continue
            }
            segments.append(String(segment))
        }
        if let last = segments.last, ["index.html", "index.htm", "index.php", "index"].contains(last) {
            segments.removeLast()
        }
        if var last = segments.popLast() {
            for suffix in [".html", ".htm"]
            where last.utf8.count > suffix.utf8.count && last.utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
                last = String(decoding: last.utf8.dropLast(suffix.utf8.count), as: UTF8.self)
                break
            }
            segments.append(last)
        }
        return "/" + segments.joined(separator: "/")
    }

    /// `%XX` with two hex digits decoded once; anything else kept.
    static func decode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let hex: (UInt8) -> UInt8? = { UInt8(String(UnicodeScalar($0)), radix: 16) }
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let high = hex(bytes[i + 1]), let low = hex(bytes[i + 2]) {
                out.append(high * 16 + low)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when the path has a byte ≥ 0x80, written or escaped.
    static func hasNonASCII(_ path: String) -> Bool { decode(path).utf8.contains { $0 >= 0x80 } }

    static let pieces = [
        "/", "/", "/", ".", "..", "%2B", "%2b", "%3a", "%3A", "%41", "%2F", "%2e", "%2E%2e", "%zz", "%", "%4", "%C3%A9",
        "%e9", "%7F", "index.html", "INDEX.HTM", "index.php", "index", "x.html", ".htm", ".html", "A", "Z", "é", "exo+32:31",
        "?q", "#f", "-", "_", "~", "\r\n", " ",
    ]

    /// A SplitMix64 generator: the same paths on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test func theFastPathAgreesWithTheRulesOnManyPseudoRandomPaths() {
        var generator = Generator(state: 7)
        var fast = 0
        for _ in 0..<20_000 {
            let length = generator.next(9)
            let path = (0..<length).map { _ in Self.pieces[generator.next(Self.pieces.count)] }.joined()
            let result = SiteURL.normalizedASCIIPath(path)
            #expect((result == nil) == Self.hasNonASCII(path), "\(path.debugDescription)")
            if let result {
                fast += 1
                #expect(result == Self.reference(path), "\(path.debugDescription)")
            }
            #expect(SiteURL.normalizedPath(path) == Self.reference(path), "\(path.debugDescription)")
        }
        #expect(fast > 10_000, "most generated paths take the fast path")
    }

    @Test(arguments: [
        ("", "/"), ("/", "/"), ("//", "/"), ("/./", "/"), ("/..", "/"), ("/../..", "/"),
        ("/en/commentary/exo+32:30", "/en/commentary/exo+32:30"),
        ("/EN/Commentary/EXO+32:30/", "/en/commentary/exo+32:30"),
        ("/en/commentary/exo%2B32%3A30", "/en/commentary/exo+32:30"),
        ("/en/commentary/exo%2b32%3a30", "/en/commentary/exo+32:30"),
        ("/en/commentary/exo+32:30/index.html", "/en/commentary/exo+32:30"),
        ("/en/commentary/exo+32:30/INDEX.HTM", "/en/commentary/exo+32:30"),
        ("/en/commentary/exo+32:30/index.php", "/en/commentary/exo+32:30"),
        ("/en/commentary/exo+32:30/index", "/en/commentary/exo+32:30"),
        ("/en/commentary/exo+32:30.html", "/en/commentary/exo+32:30"),
        ("/en/commentary/exo+32:30.HTM", "/en/commentary/exo+32:30"),
        ("/en/commentary/exo+32:30.html.html", "/en/commentary/exo+32:30.html"),
        ("/en/index.html/x", "/en/index.html/x"), ("/.html", "/.html"), ("/.htm", "/.htm"), ("/a.htm", "/a"),
        ("/index.html/index.html", "/index"), ("/a/./b/../c", "/a/c"), ("/a/b/../../..", "/"),
        ("/%41%42c", "/abc"), ("/%2e%2E/x", "/x"), ("/a%2Fb", "/a/b"), ("/a%2fb/..", "/a"),
        ("/%zz", "/%zz"), ("/%", "/%"), ("/%4", "/%4"), ("/%41%", "/a%"), ("/%2541", "/%41"),
        ("/a/%7e", "/a/~"), ("/a//b///c", "/a/b/c"), ("x.html", "/x"), ("/exo+32:31?q", "/exo+32:31?q"),
    ])
    func handComputedCases(path: String, expected: String) {
        #expect(SiteURL.normalizedASCIIPath(path) == expected, "\(path.debugDescription)")
        #expect(SiteURL.normalizedPath(path) == expected)
        #expect(Self.reference(path) == expected, "the reference follows the rules too")
    }

    @Test(arguments: ["/é", "/%C3%A9", "/%e9", "/%80", "/a/ÉXO+32:30", "/%FF/index.html"])
    func aNonASCIIByteTakesTheGeneralWay(path: String) {
        #expect(SiteURL.normalizedASCIIPath(path) == nil)
        #expect(SiteURL.normalizedPath(path) == Self.reference(path))
    }
}
