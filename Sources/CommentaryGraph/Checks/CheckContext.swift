import Scripture

/// What the rules look at: the indexed corpus, plus the few corpus-wide tables some rules
/// need, built once per run so that every rule runs per page in one pass.
public struct CheckContext: Sendable {
    /// The pages, with every link already resolved (`corpus.targets`).
    public let corpus: Corpus
    /// The site's layout.
    public let profile: SiteProfile
    /// For each page, the first page (in path order) with the same declared URL, if that is
    /// another page.
    let earlierSameURL: [Int?]
    /// For each page, the first page of the same kind claiming the same range, if that is
    /// another page.
    let earlierSameRange: [Int?]
    /// For each verse ordinal, the commentary pages whose range holds it, in page order.
    private let commentariesByVerse: [Int: [Int]]

    /// The context of `corpus`.
    public init(corpus: Corpus, profile: SiteProfile) {
        self.corpus = corpus
        self.profile = profile
        var firstByURL: [SiteURL: Int] = [:]
        var firstByRange: [PageRangeKey: Int] = [:]
        var earlierSameURL = [Int?](repeating: nil, count: corpus.pages.count)
        var earlierSameRange = [Int?](repeating: nil, count: corpus.pages.count)
        var commentariesByVerse: [Int: [Int]] = [:]
        for (index, page) in corpus.pages.enumerated() {
            guard let range = page.passage, let kind = page.kind else { continue }
            if kind == .commentary, let ordinals = range.ordinals(in: corpus.versification) {
                for ordinal in ordinals { commentariesByVerse[ordinal, default: []].append(index) }
            }
        }
        for (index, page) in corpus.pages.enumerated() {
            if let url = page.url {
                if let first = firstByURL[url] {
                    // The same page again: reported as such, and never the first of a range.
                    earlierSameURL[index] = first
                    continue
                }
                firstByURL[url] = index
            }
            guard let range = page.passage, let kind = page.kind else { continue }
            let key = PageRangeKey(kind: kind, range: range)
            if let first = firstByRange[key] { earlierSameRange[index] = first } else { firstByRange[key] = index }
        }
        self.earlierSameURL = earlierSameURL
        self.earlierSameRange = earlierSameRange
        self.commentariesByVerse = commentariesByVerse
    }

    /// The first commentary page (in page order) whose range holds all of `range`.
    func firstCommentary(holding range: VerseRange) -> Int? {
        guard let first = range.ordinals(in: corpus.versification)?.lowerBound else { return nil }
        return commentariesByVerse[first]?.first { corpus.pages[$0].passage?.contains(range) == true }
    }

    /// How messages name the deeper section: the profile's first deeper heading
    /// ("Deeper Commentary").
    public var deeperHeading: String { profile.deeperHeadings.first ?? "deeper" }

    /// True when `url` is on the site: one of the profile's hosts, or the host of the page
    /// that links to it.
    public func isOnSite(_ url: SiteURL, from page: CommentaryPage) -> Bool {
        profile.hosts.contains(url.host) || url.host == page.url?.host || url.host == page.mirrorURL?.host
    }
}

private struct PageRangeKey: Hashable {
    let kind: PageKind
    let range: VerseRange
}
