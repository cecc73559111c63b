/// Everything versegraph knows of one site, as data: its hosts, how its URLs name passages
/// and kinds of page, the headings that open its link sections, where its titles name the
/// passage, and which links are never edges.
///
/// Built-in profiles are in `SiteProfile.builtIn` (TheBibleSays); `versegraph.yml` can
/// start from one (`site: {preset: thebiblesays}`) or describe another site whole.
public struct SiteProfile: Sendable, Hashable {
    /// A short name for messages and output titles.
    public var name: String
    /// Heading texts (prefixes, compared without case and with spaces folded) that open the
    /// section of `deeper` links.
    public var deeperHeadings: [String]
    /// Heading texts that open the section of `related` links.
    public var relatedHeadings: [String]
    /// Elements whose links are never edges (site chrome).
    public var ignoredContainers: [String]
    /// Hrefs containing any of these are never edges (obfuscated emails, mail links).
    public var ignoredLinkPatterns: [String]
    /// The site's host names (without `www.`); links to any of them are links within the site.
    public var hosts: [String]
    /// URL path prefixes of per-verse pages, such as `/en/synopsis/` (compared without case).
    public var synopsisPathPrefixes: [String]
    /// URL path prefixes of passage pages, such as `/en/commentary/`.
    public var commentaryPathPrefixes: [String]
    /// How the site's URLs name a passage, tried in order.
    public var passageURLs: [URLPassagePattern] {
        didSet { queryNames = Self.queryNames(of: passageURLs) }
    }
    /// How `{book}` is written in `passageURLs`.
    public var bookCodes: BookCodes
    /// Where titles name the page's passage; empty: the first reference of the title.
    public var titlePatterns: [TitlePattern]
    /// The query parameters the passage patterns read: a URL keeps these (and only these)
    /// of its query, so `?book=ex&chapter=32&verse=31` pages stay apart.
    public private(set) var queryNames: [String]

    /// A profile with every field given.
    public init(
        name: String, hosts: [String], passageURLs: [URLPassagePattern], bookCodes: BookCodes,
        synopsisPathPrefixes: [String], commentaryPathPrefixes: [String], deeperHeadings: [String],
        relatedHeadings: [String], titlePatterns: [TitlePattern], ignoredContainers: [String],
        ignoredLinkPatterns: [String]
    ) {
        self.name = name
        self.deeperHeadings = deeperHeadings
        self.relatedHeadings = relatedHeadings
        self.ignoredContainers = ignoredContainers
        self.ignoredLinkPatterns = ignoredLinkPatterns
        self.hosts = hosts
        self.synopsisPathPrefixes = synopsisPathPrefixes
        self.commentaryPathPrefixes = commentaryPathPrefixes
        self.passageURLs = passageURLs
        self.bookCodes = bookCodes
        self.titlePatterns = titlePatterns
        self.queryNames = Self.queryNames(of: passageURLs)
    }

    /// A profile that knows nothing: the start of a `site:` block without a preset.
    public static let empty = SiteProfile(
        name: "", hosts: [], passageURLs: [], bookCodes: .usfm, synopsisPathPrefixes: [], commentaryPathPrefixes: [],
        deeperHeadings: [], relatedHeadings: [], titlePatterns: [], ignoredContainers: [], ignoredLinkPatterns: [])

    private static func queryNames(of patterns: [URLPassagePattern]) -> [String] {
        var names: [String] = []
        for name in patterns.flatMap(\.queryNames) where !names.contains(name) { names.append(name) }
        return names
    }
}
