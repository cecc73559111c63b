/// What versegraph knows of one site's layout: the headings that open its link sections,
/// where links are never edges, and how its URLs name passages.
///
/// The TheBibleSays profile is built in; `versegraph.yml` can supply another site's.
public struct SiteProfile: Sendable, Hashable {
    /// A short name for messages.
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
    /// URL path prefixes of per-verse pages, such as `/en/synopsis/`.
    public var synopsisPathPrefixes: [String]
    /// URL path prefixes of passage pages, such as `/en/commentary/`.
    public var commentaryPathPrefixes: [String]

    /// A profile with every field given.
    public init(
        name: String, deeperHeadings: [String], relatedHeadings: [String],
        ignoredContainers: [String], ignoredLinkPatterns: [String], hosts: [String],
        synopsisPathPrefixes: [String], commentaryPathPrefixes: [String]
    ) {
        self.name = name
        self.deeperHeadings = deeperHeadings
        self.relatedHeadings = relatedHeadings
        self.ignoredContainers = ignoredContainers
        self.ignoredLinkPatterns = ignoredLinkPatterns
        self.hosts = hosts
        self.synopsisPathPrefixes = synopsisPathPrefixes
        self.commentaryPathPrefixes = commentaryPathPrefixes
    }

    /// TheBibleSays (thebiblesays.com and .app): synopsis pages at `/en/synopsis/exo+32:31`,
    /// passage commentaries at `/en/commentary/exo+32:30`.
    public static let theBibleSays = SiteProfile(
        name: "TheBibleSays",
        deeperHeadings: ["Deeper Commentary"],
        relatedHeadings: [
            "Other Relevant Commentaries", "Related Commentaries", "Check out our other commentaries",
        ],
        ignoredContainers: ["nav", "header", "footer", "aside", "script", "style", "noscript", "template"],
        ignoredLinkPatterns: ["/cdn-cgi/l/email-protection", "mailto:", "javascript:"],
        hosts: ["thebiblesays.com", "thebiblesays.app"],
        synopsisPathPrefixes: ["/en/synopsis/"],
        commentaryPathPrefixes: ["/en/commentary/"]
    )
}
