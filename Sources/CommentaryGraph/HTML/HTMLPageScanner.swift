/// Reads one saved HTML page: decides its encoding, parses it with libxml2 and extracts its
/// titles and the links of its "deeper" and "related" sections.
///
/// A scanner is a value without shared state: call `scan` from as many threads at once as
/// there are cores.
public struct HTMLPageScanner: Sendable {
    /// The site layout the scanner looks for.
    public let profile: SiteProfile
    private let rules: SectionRules

    /// A scanner for the pages of `profile`'s site.
    public init(profile: SiteProfile = .theBibleSays) {
        self.profile = profile
        self.rules = SectionRules(profile: profile)
    }

    /// The page in `bytes`, the raw contents of a saved HTML file.
    ///
    /// Broken markup is recovered, never an error. Throws `.empty` for a file without
    /// content, and `.notHTML` for one with NUL bytes near its start (binary data, or UTF-16
    /// without a byte-order mark) or without a single tag. Other junk yields a page with no
    /// links rather than an error.
    public func scan(_ bytes: [UInt8]) throws(PageReadError) -> ScannedPage {
        let (utf8, encoding) = decodeHTML(bytes)
        try Self.checkLooksLikeHTML(utf8)
        let handler = PageExtractorHandler(rules: rules)
        _ = try LibXML2Parser.parse(utf8: utf8, handler: handler)
        return handler.extractor.finish(encoding: encoding)
    }

    private static func checkLooksLikeHTML(_ utf8: [UInt8]) throws(PageReadError) {
        guard let firstContent = utf8.firstIndex(where: { $0 > 0x20 || $0 == 0 }) else { throw .empty }
        if utf8[firstContent..<min(utf8.count, firstContent + 1024)].contains(0) {
            throw .notHTML(
                reason: "it has NUL bytes near the start, so it is binary data or UTF-16 without a byte-order mark")
        }
        var i = utf8[firstContent...].firstIndex(of: UInt8(ascii: "<"))
        while let open = i, open + 1 < utf8.count {
            let next = utf8[open + 1]
            if next | 0x20 >= 0x61 && next | 0x20 <= 0x7A || next == 0x21 || next == 0x2F || next == 0x3F { return }
            i = utf8[(open + 1)...].firstIndex(of: UInt8(ascii: "<"))
        }
        throw .notHTML(reason: "it contains no HTML tag")
    }
}
