import Scripture

/// The pages read from the inputs, and the one index every analysis reads: pages by URL,
/// every link resolved once to its target page and range, and how many links lead to each
/// page.
///
/// Pages are kept sorted by path (then file), so everything derived from a corpus is the
/// same whatever order the files were found or parsed in.
public struct Corpus: Sendable {
    /// The pages, sorted by path then file.
    public let pages: [CommentaryPage]
    /// The files that could not be read as pages, sorted by file.
    public let skipped: [SkippedFile]
    /// The versification the pages were read under; every range of the corpus is valid in it.
    public let versification: Versification
    /// `targets[page][link]`: where each link of each page leads, resolved once.
    public let targets: [[LinkTarget]]
    /// For each page, how many links from other pages lead to it.
    public let incomingCount: [Int]
    private let byURL: [SiteURL: [Int]]

    /// A corpus of `pages` (in any order) read under `versification`; links are resolved on
    /// up to `jobs` threads.
    public init(pages: [CommentaryPage], skipped: [SkippedFile] = [], versification: Versification, jobs: Int = 1) {
        let byPath: (CommentaryPage, CommentaryPage) -> Bool = { ($0.path, $0.file) < ($1.path, $1.file) }
        let inOrder = zip(pages, pages.dropFirst()).allSatisfy { !byPath($1, $0) }
        let pages = inOrder ? pages : pages.sorted(by: byPath)
        self.pages = pages
        self.skipped = skipped.sorted { $0.file < $1.file }
        self.versification = versification
        var byURL: [SiteURL: [Int]] = [:]
        byURL.reserveCapacity(pages.count * 2)
        for (index, page) in pages.enumerated() {
            // A page answers to its declared URL and to the URL its mirror path stands for.
            if let url = page.url { byURL[url, default: []].append(index) }
            if let url = page.mirrorURL, url != page.url { byURL[url, default: []].append(index) }
        }
        self.byURL = byURL
        let index = byURL
        let targets = Parallel.map(pages, jobs: jobs) { (page: CommentaryPage) -> [LinkTarget] in
            page.links.map { Corpus.target(of: $0, byURL: index, pages: pages, versification: versification) }
        }
        var incoming = [Int](repeating: 0, count: pages.count)
        for (source, links) in targets.enumerated() {
            for target in links {
                if let page = target.page, page != source { incoming[page] += 1 }
            }
        }
        self.targets = targets
        self.incomingCount = incoming
    }

    /// The indices of the pages that answer to `url`.
    public func pages(at url: SiteURL) -> [Int] { byURL[url] ?? [] }

    /// Where a link leads: the target page when the corpus has it, and the target range:
    /// the target page's range, else the range the link text names, else the one the URL
    /// encodes. Computed once per link, into `targets`, which every consumer reads.
    private static func target(
        of link: PageLink, byURL: [SiteURL: [Int]], pages: [CommentaryPage], versification: Versification
    ) -> LinkTarget {
        let page = link.url.flatMap { byURL[$0]?.first }
        if let page, let passage = pages[page].passage { return LinkTarget(page: page, range: passage) }
        if let passage = link.textPassage { return LinkTarget(page: page, range: passage) }
        return LinkTarget(page: page, range: link.urlPassage)
    }
}

/// Where a link leads.
public struct LinkTarget: Hashable, Sendable {
    /// The index of the target page in `Corpus.pages`, when the corpus has it.
    public var page: Int?
    /// The target range, when anything tells it.
    public var range: VerseRange?
}
