import Scripture

/// What the rules look at: the corpus, where each link leads, and who links to each page.
/// Computed once per run so that no rule resolves a link twice.
public struct CheckContext: Sendable {
    /// The pages.
    public let corpus: Corpus
    /// The site's layout.
    public let profile: SiteProfile
    /// `targets[page][link]`: where each link of each page leads.
    public let targets: [[LinkTarget]]
    /// For each page, how many links from other pages lead to it.
    public let incomingCount: [Int]

    /// The context of `corpus`.
    public init(corpus: Corpus, profile: SiteProfile) {
        self.corpus = corpus
        self.profile = profile
        let targets = corpus.pages.map { $0.links.map(corpus.target(of:)) }
        var incoming = [Int](repeating: 0, count: corpus.pages.count)
        for (source, links) in targets.enumerated() {
            for target in links {
                if let page = target.page, page != source { incoming[page] += 1 }
            }
        }
        self.targets = targets
        self.incomingCount = incoming
    }

    /// True when `url` is on the site: one of the profile's hosts, or the host of the page
    /// that links to it.
    public func isOnSite(_ url: SiteURL, from page: CommentaryPage) -> Bool {
        profile.hosts.contains(url.host) || url.host == page.url?.host || url.host == page.mirrorURL?.host
    }
}

/// One integrity rule: one file each under `Checks/Rules/`.
public protocol IntegrityRule: Sendable {
    /// The rule's id, default severity and summary.
    var description: RuleDescription { get }
    /// Calls `report` with each finding (the rule's default severity; the checker applies
    /// the configuration).
    func check(_ context: CheckContext, report: (Finding) -> Void)
}

extension IntegrityRule {
    /// A finding of this rule about `page`, at `line` (the page's `<h1>` when nil).
    func finding(
        _ page: CommentaryPage, line: Int? = nil, target: String? = nil, link: PageLink? = nil, _ message: String
    ) -> Finding {
        // A finding about the page as a whole points at its title.
        Finding(
            rule: description.id, severity: description.defaultSeverity, file: page.file, line: line ?? page.titleLine,
            source: page.passage?.osisID, target: target, message: message, url: link?.url?.description)
    }
}

extension PageLink {
    /// How findings quote a link: its text, or its href when it has none.
    var quoted: String { "“\(text.isEmpty ? href : text)”" }
}

extension LinkTarget {
    /// The node id of the target, or `href` where no passage is known.
    func nodeID(orHref href: String) -> String { range?.osisID ?? href }
}
