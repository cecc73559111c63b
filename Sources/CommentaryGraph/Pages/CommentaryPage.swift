import Scripture

/// One page of the corpus as versegraph understands it: which passage it is about, what
/// kind of page it is, and the deeper and related links it lists.
public struct CommentaryPage: Hashable, Sendable {
    /// The file's path relative to the input folder it was found in; how graphs name it.
    public var path: String
    /// The file's path as the user can reach it (input as given, then `path`); how
    /// findings name it.
    public var file: String
    /// The page's own URL: canonical link, else `og:url`, else derived from `path`.
    public var url: SiteURL?
    /// The URL that `path` stands for in a mirror, when it can be told.
    public var mirrorURL: SiteURL?
    /// Synopsis or commentary: from the URL path, else from the passage.
    public var kind: PageKind?
    /// The page's own passage, from its `<h1>`, `og:title` or `<title>`.
    public var passage: VerseRange?
    /// The text the passage was read from (or the first title tried, when none parsed).
    public var title: String?
    /// References in the page's titles that do not exist ("Exodus 32:36 meaning").
    public var titleErrors: [ScriptureError]
    /// The links listed in the page's deeper and related sections, in document order.
    public var links: [PageLink]
    /// The link sections the page has, in document order, even when a list was empty.
    public var sections: [LinkKind]
    /// The line of the page's `<h1>` (1 without one): where findings about the page point.
    public var titleLine: Int

    /// A page with every field given.
    public init(
        path: String, file: String, url: SiteURL?, mirrorURL: SiteURL?, kind: PageKind?,
        passage: VerseRange?, title: String?, titleErrors: [ScriptureError], links: [PageLink],
        sections: [LinkKind], titleLine: Int = 1
    ) {
        self.titleLine = titleLine
        self.path = path
        self.file = file
        self.url = url
        self.mirrorURL = mirrorURL
        self.kind = kind
        self.passage = passage
        self.title = title
        self.titleErrors = titleErrors
        self.links = links
        self.sections = sections
    }
}

/// A link listed in one of a page's sections.
public struct PageLink: Hashable, Sendable {
    /// `deeper` or `related`: the section it was listed in.
    public var kind: LinkKind
    /// The href as written.
    public var href: String
    /// The href resolved against the page's URL and normalised; nil for non-web links.
    public var url: SiteURL?
    /// The visible text, whitespace folded.
    public var text: String
    /// The passage the text names ("Exodus 32:30-35 meaning"), when it names a valid one.
    public var textPassage: VerseRange?
    /// Why the text's reference does not exist, when it names one that does not.
    public var textError: ScriptureError?
    /// The source line of the link.
    public var line: Int
    /// The passage the URL names by the site profile's passage patterns, when the text names
    /// none (then the target's range can come from it). Worked out only then, as reading
    /// links is the hot path; otherwise nil: ask `url.passage(profile:versification:)`.
    public var urlPassage: VerseRange?

    /// A link with every field given.
    public init(
        kind: LinkKind, href: String, url: SiteURL?, text: String, textPassage: VerseRange?,
        textError: ScriptureError?, line: Int, urlPassage: VerseRange? = nil
    ) {
        self.urlPassage = urlPassage
        self.kind = kind
        self.href = href
        self.url = url
        self.text = text
        self.textPassage = textPassage
        self.textError = textError
        self.line = line
    }
}
