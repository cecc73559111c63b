/// Reads one saved HTML page: decides its encoding, parses it with libxml2 and extracts its
/// titles and the links of its "deeper" and "related" sections.
///
/// A scanner is a value without shared state: call `scan` from as many threads at once as
/// there are cores.
public struct HTMLPageScanner: Sendable {
    /// The revision of what scanning extracts; bumped whenever the extraction changes, so
    /// that no page cache made by an older extractor is trusted.
    static let extractorRevision = 3

    /// The site layout the scanner looks for.
    public let profile: SiteProfile
    private let rules: SectionRules
    /// How much libxml2 work one page may cost.
    var budget = ParseBudget()
    /// Whether pages are parsed lean, with the prose and script bodies that nothing reads
    /// cut out (see `LeanPage`). What a page is read as is the same either way; the tests
    /// and the page fuzzer turn it off to check that.
    public var parsesLean = true

    /// A scanner for the pages of `profile`'s site.
    public init(profile: SiteProfile) {
        self.profile = profile
        self.rules = SectionRules(profile: profile)
    }

    /// The page in `bytes`, the raw contents of a saved HTML file.
    ///
    /// Broken markup is recovered, never an error. Throws `.empty` for a file without
    /// content; `.notHTML` for one with NUL bytes or control characters near its start
    /// (binary data, or UTF-16 without a byte-order mark) or without a single tag; and
    /// `.tooComplex` for one over the parse budget. Other junk yields a page with no links
    /// rather than an error.
    public func scan(_ bytes: [UInt8]) throws(PageReadError) -> ScannedPage {
        let (utf8, encoding) = decodeHTML(bytes)
        if let problem = HTMLSniffer.problem(with: utf8) ?? budget.problem(with: utf8) { throw problem }
        // A page too large for libxml2 fails whole as it would lean, not parse once cut.
        if parsesLean, utf8.count <= Int(Int32.max), let lean = LeanPage(utf8, keep: rules.leanKeep) {
            let handler = PageExtractorHandler(rules: rules, cuts: lean)
            try LibXML2Parser.parse(utf8: lean.bytes, handler: handler)
            if handler.extractor.cutsWereHarmless { return handler.extractor.finish(encoding: encoding) }
        }
        let handler = PageExtractorHandler(rules: rules)
        try LibXML2Parser.parse(utf8: utf8, handler: handler)
        return handler.extractor.finish(encoding: encoding)
    }

    /// What a scan's result depends on besides the bytes: versegraph's version, the
    /// extractor's revision, and the profile's headings, chrome and ignored link patterns.
    /// Stable across processes and machines: the key of a page cache.
    public var fingerprint: UInt64 {
        let parts =
            [VersegraphTool.version, String(Self.extractorRevision)] + profile.deeperHeadings + ["|"]
            + profile.relatedHeadings + ["|"] + profile.ignoredContainers + ["|"] + profile.ignoredLinkPatterns
        return ContentHash.xxh64(Array(parts.joined(separator: "\u{0}").utf8))
    }
}
