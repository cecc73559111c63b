/// A site profile's section rules, prepared once per scanner for fast matching.
struct SectionRules: Sendable {
    /// Deeper headings, whitespace folded and lowercased, as UTF-8.
    let deeperHeadings: [[UInt8]]
    /// Related headings, whitespace folded and lowercased, as UTF-8.
    let relatedHeadings: [[UInt8]]
    /// Href substrings that disqualify a link, lowercased, as UTF-8.
    let ignoredLinkPatterns: [[UInt8]]
    /// The first bytes of the headings: a block starting with any other ASCII letter opens
    /// no section.
    private let headingInitials: Set<UInt8>
    /// Numbers for the element names the extraction knows: names are looked up once per
    /// distinct name of a page, then every event is a number.
    private let numbers: [String: Int]
    /// `classes[number]`: what the element of that number means.
    let classes: [ElementClass]
    /// The numbers of the elements with a rule of their own.
    let names: KnownNames
    /// Whether every heading is ASCII, so that a block's prefix can be compared byte by byte.
    let headingsAreASCII: Bool

    /// The numbers of the elements the extraction treats one by one.
    struct KnownNames: Sendable {
        let a, b, strong, h1, title, meta, link, base: Int
    }

    init(profile: SiteProfile) {
        func prepare(_ texts: [String]) -> [[UInt8]] {
            texts.map { TextFolding.foldedBytes(Array($0.lowercased().utf8)) }.filter { !$0.isEmpty }
        }
        deeperHeadings = prepare(profile.deeperHeadings)
        relatedHeadings = prepare(profile.relatedHeadings)
        ignoredLinkPatterns = prepare(profile.ignoredLinkPatterns)
        headingInitials = Set((deeperHeadings + relatedHeadings).compactMap(\.first))
        headingsAreASCII = (deeperHeadings + relatedHeadings).allSatisfy { $0.allSatisfy { $0 < 0x80 } }
        var classes: [String: ElementClass] = [:]
        for (names, elementClass) in ElementClass.builtIn {
            for name in names { classes[name, default: []].formUnion(elementClass) }
        }
        // The profile's chrome, plus `head`: a `<title>` reading "Related Commentaries" must
        // not open a section (title and meta are read separately, chrome or not).
        for name in profile.ignoredContainers.map({ $0.lowercased() }) + ["head"] {
            classes[name, default: []].insert(.ignored)
        }
        for name in ["a", "b", "strong", "h1", "title", "meta", "link", "base"] where classes[name] == nil {
            classes[name] = []
        }
        let ordered = classes.keys.sorted()
        let numbers = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
        self.numbers = numbers
        self.classes = ordered.map { classes[$0]! }
        names = KnownNames(
            a: numbers["a"]!, b: numbers["b"]!, strong: numbers["strong"]!, h1: numbers["h1"]!,
            title: numbers["title"]!, meta: numbers["meta"]!, link: numbers["link"]!, base: numbers["base"]!)
    }

    /// The number of a known element name (as libxml2 reports it: lowercase); nil for the
    /// others, which mean nothing to the extraction.
    func number(of name: String) -> Int? { numbers[name] }

    /// The section a block of text opens, if it starts with one of the headings (ignoring
    /// case and runs of white space).
    func sectionOpened(byText bytes: [UInt8]) -> LinkKind? {
        // Most blocks are prose: when the first letter is ASCII and starts no heading, say
        // so without folding the block (this runs for every block of every page).
        if let first = bytes.first(where: { $0 != 0x20 && ($0 < 0x09 || $0 > 0x0D) }), first < 0x80,
            !headingInitials.contains(asciiLowercased(first))
        {
            return nil
        }
        let text = TextFolding.foldedBytes(bytes)
        guard let first = text.first.map(asciiLowercased) else { return nil }
        for (kind, headings) in [(LinkKind.deeper, deeperHeadings), (.related, relatedHeadings)] {
            for heading in headings where heading.first == first && startsWith(text, heading) {
                return kind
            }
        }
        return nil
    }

    /// Whether a block that starts with `prefix` and goes on could still open a section, or
    /// not open the one it would now: whether its folded prefix is the start of a longer
    /// heading (ASCII case ignored). Always true for headings outside ASCII, which are
    /// compared as strings.
    func couldOpenSection(startingWith prefix: [UInt8]) -> Bool {
        guard headingsAreASCII else { return true }
        // As in `sectionOpened(byText:)`: prose mostly starts with a letter no heading does.
        if let first = prefix.first(where: { $0 != 0x20 && ($0 < 0x09 || $0 > 0x0D) }), first < 0x80,
            !headingInitials.contains(asciiLowercased(first))
        {
            return false
        }
        let text = TextFolding.foldedBytes(prefix)
        return (deeperHeadings + relatedHeadings).contains { heading in
            heading.count > text.count && text.indices.allSatisfy { asciiLowercased(text[$0]) == heading[$0] }
        }
    }

    /// How many bytes of a text run a lean parse keeps (see `LeanPage`).
    var leanKeep: Int { headingsAreASCII ? LeanPage.Keep.forASCIIHeadings : LeanPage.Keep.forOtherHeadings }

    /// Whether an `<a href>` can be an edge: not empty, not a fragment of this page, and free
    /// of the ignored patterns (obfuscated emails, `mailto:`, `javascript:`; ASCII case
    /// ignored).
    func isCandidate(href: String) -> Bool {
        guard let first = href.utf8.first, first != UInt8(ascii: "#") else { return false }
        var href = href
        return href.withUTF8 { bytes in
            !ignoredLinkPatterns.contains { pattern in containsIgnoringCase(bytes, pattern) }
        }
    }

    private func startsWith(_ text: [UInt8], _ heading: [UInt8]) -> Bool {
        guard text.count >= heading.count else { return false }
        for i in heading.indices where asciiLowercased(text[i]) != heading[i] {
            // Non-ASCII letters differ in case byte-wise ("Ü" vs "ü"): compare as strings.
            guard heading.contains(where: { $0 >= 0x80 }) else { return false }
            return String(decoding: text, as: UTF8.self).lowercased()
                .hasPrefix(String(decoding: heading, as: UTF8.self))
        }
        return true
    }

    private func containsIgnoringCase(_ text: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, text.count >= pattern.count else { return false }
        var i = 0
        while i + pattern.count <= text.count {
            if asciiLowercased(text[i]) == first {
                var k = 1
                while k < pattern.count, asciiLowercased(text[i + k]) == pattern[k] { k += 1 }
                if k == pattern.count { return true }
            }
            i += 1
        }
        return false
    }
}

@inline(__always)
private func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte &- 0x41 < 26 ? byte | 0x20 : byte
}

/// What an element means to the extraction. libxml2 reports element names lowercased.
struct ElementClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    /// Begins a new line of text: its start and end split text into blocks.
    static let block = ElementClass(rawValue: 1 << 0)
    /// `h1`–`h6`: its start ends the current section.
    static let heading = ElementClass(rawValue: 1 << 1)
    /// Its text is code (`script`, `style`, `template`), never page text, whatever the profile.
    static let rawText = ElementClass(rawValue: 1 << 2)
    /// Its content is invisible to sections and links: chrome, code and `head`.
    static let ignored = ElementClass(rawValue: 1 << 3)
    /// `main`, `article`, `body`, `html`: its end always ends a section.
    static let outermost = ElementClass(rawValue: 1 << 5)

    static let builtIn: [([String], ElementClass)] = [
        (
            [
                "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
                "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                "footer", "form", "header", "hgroup", "html", "legend", "li", "main", "menu",
                "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
                "th", "thead", "tr", "ul",
            ], .block
        ),
        (["h1", "h2", "h3", "h4", "h5", "h6"], [.block, .heading]),
        (["br", "hr"], .block),
        (["script", "style", "template"], [.rawText, .ignored]),
        (["main", "article", "body", "html"], .outermost),
    ]
}
