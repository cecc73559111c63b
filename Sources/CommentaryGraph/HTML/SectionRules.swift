/// A site profile's section rules, prepared once per scanner for fast matching.
struct SectionRules: Sendable {
    /// Deeper headings, whitespace folded and lowercased.
    let deeperHeadings: [String]
    /// Related headings, whitespace folded and lowercased.
    let relatedHeadings: [String]
    /// Elements whose content is invisible to extraction: the profile's chrome, the elements
    /// whose text is code (whatever the profile says), and `head` (so a `<title>` reading
    /// "Related Commentaries" cannot open a section; title and meta are read separately).
    let ignoredContainers: Set<String>
    /// Href substrings that disqualify a link, lowercased.
    let ignoredLinkPatterns: [String]

    init(profile: SiteProfile) {
        func prepare(_ headings: [String]) -> [String] {
            headings.map { TextFolding.fold($0).lowercased() }.filter { !$0.isEmpty }
        }
        deeperHeadings = prepare(profile.deeperHeadings)
        relatedHeadings = prepare(profile.relatedHeadings)
        ignoredContainers = Set(profile.ignoredContainers.map { $0.lowercased() })
            .union(HTMLElements.rawText).union(["head"])
        ignoredLinkPatterns = profile.ignoredLinkPatterns.map { $0.lowercased() }.filter { !$0.isEmpty }
    }

    /// The section a block of text opens, if it starts with one of the headings.
    func sectionOpened(byText bytes: [UInt8]) -> LinkKind? {
        let text = TextFolding.fold(bytes).lowercased()
        if deeperHeadings.contains(where: text.hasPrefix) { return .deeper }
        if relatedHeadings.contains(where: text.hasPrefix) { return .related }
        return nil
    }

    /// Whether an `<a href>` can be an edge: not empty, not a fragment of this page, and free
    /// of the ignored patterns (obfuscated emails, `mailto:`, `javascript:`).
    func isCandidate(href: String) -> Bool {
        guard let first = href.first, first != "#" else { return false }
        let lowered = href.lowercased()
        return !ignoredLinkPatterns.contains(where: lowered.contains)
    }
}

/// Element classes that shape the extraction. libxml2 reports element names lowercased.
enum HTMLElements {
    /// Elements that begin a new line of text: their start and end split text into blocks.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]
    /// Headings; the start of one ends the current section.
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// Elements whose text is code, never page text.
    static let rawText: Set<String> = ["script", "style", "template"]
    /// Line breaks: they end a link's summary as an item's end does.
    static let lineBreaks: Set<String> = ["br", "hr"]
    /// Elements whose end always ends a section (see `PageExtractor`).
    static let outermost: Set<String> = ["main", "article", "body", "html"]
}
