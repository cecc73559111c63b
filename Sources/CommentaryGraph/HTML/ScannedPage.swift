/// What one HTML page says about itself and where its commentary sections link.
public struct ScannedPage: Sendable, Hashable {
    /// The text of the first `<h1>` outside the site chrome (else the first one anywhere),
    /// whitespace folded.
    public var h1: String?
    /// The source line of that `<h1>`.
    public var h1Line: Int?
    /// The text of `<title>`, whitespace folded.
    public var title: String?
    /// The `content` of `<meta property="og:title">`, whitespace folded.
    public var ogTitle: String?
    /// The `href` of `<link rel="canonical">`, trimmed.
    public var canonicalURL: String?
    /// The `content` of `<meta property="og:url">`, trimmed.
    public var ogURL: String?
    /// The `href` of `<base>`, trimmed: what the page's relative links resolve against.
    public var baseHref: String?
    /// The links inside recognised sections, in document order.
    public var links: [ScannedLink]
    /// The section headings seen, in order, including those whose list was empty.
    public var sections: [LinkKind]
    /// The encoding the page was read in.
    public var encoding: PageEncoding

    /// A page with every field given.
    public init(
        h1: String? = nil, h1Line: Int? = nil, title: String? = nil, ogTitle: String? = nil, canonicalURL: String? = nil,
        ogURL: String? = nil, baseHref: String? = nil, links: [ScannedLink] = [], sections: [LinkKind] = [],
        encoding: PageEncoding = .utf8
    ) {
        self.h1 = h1
        self.h1Line = h1Line
        self.title = title
        self.ogTitle = ogTitle
        self.canonicalURL = canonicalURL
        self.ogURL = ogURL
        self.baseHref = baseHref
        self.links = links
        self.sections = sections
        self.encoding = encoding
    }
}

/// One link of a "deeper" or "related" section.
public struct ScannedLink: Sendable, Hashable {
    /// The section the link was found in.
    public var kind: LinkKind
    /// The `href` as written (entities decoded), trimmed; not resolved against the page URL.
    public var href: String
    /// The visible text of the `<a>`, nested markup included, whitespace and no-break spaces
    /// folded to single spaces, trimmed.
    public var text: String
    /// The 1-based source line of the `<a` start tag.
    public var line: Int

    /// A link with every field given.
    public init(kind: LinkKind, href: String, text: String, line: Int) {
        self.kind = kind
        self.href = href
        self.text = text
        self.line = line
    }
}
