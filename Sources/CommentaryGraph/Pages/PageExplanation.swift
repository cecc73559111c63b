import Scripture

/// How a site profile reads one page, step by step: where its URL, passage and kind come
/// from, and what becomes of each link of its sections. What `versegraph profile check`
/// prints, to write a profile for a new site.
public struct PageExplanation: Sendable {
    /// One link of a section, and what the profile makes of it.
    public struct Link: Sendable {
        /// The link as the page has it.
        public var scanned: ScannedLink
        /// What it became; nil when it is no commentary link (and so no edge).
        public var link: PageLink?
        /// The URL the href resolves to, normalised.
        public var url: SiteURL?
        /// The kind of page the URL's path says.
        public var urlKind: PageKind?
        /// The passage the URL names, and the pattern that read it.
        public var urlPassage: (range: VerseRange, pattern: URLPassagePattern)?
    }

    /// The page as a corpus would hold it.
    public var page: CommentaryPage
    /// Where `page.url` comes from: `canonical link`, `og:url`, `mirror path`, or nil.
    public var urlSource: String?
    /// The passage the page's own URL names, and the pattern that read it.
    public var urlPassage: (range: VerseRange, pattern: URLPassagePattern)?
    /// Which title the passage was read from (`<h1>`, `og:title`, `<title>`), and the title
    /// pattern that located it.
    public var titleSource: (element: String, pattern: TitlePattern?)?
    /// Why the page has its kind: the path prefix, or the passage.
    public var kindSource: String?
    /// Every link of the page's sections, kept or not, in document order.
    public var links: [Link]

    /// How `interpreter` reads `scanned`, the page at `path` (relative to its input folder),
    /// reachable as `file`.
    public init(scanned: ScannedPage, path: String, file: String, interpreter: PageInterpreter) {
        let profile = interpreter.profile
        let versification = interpreter.versification
        let page = interpreter.page(from: scanned, path: path, file: file)
        self.page = page
        let declared: [(String, String?)] = [("canonical link", scanned.canonicalURL), ("og:url", scanned.ogURL)]
        urlSource =
            declared.first { _, href in
                href.flatMap { SiteURL($0, relativeTo: page.mirrorURL, profile: profile) } != nil
            }?.0 ?? (page.url == nil ? nil : "mirror path")
        urlPassage = page.url?.passageMatch(profile: profile, versification: versification)
        let titles = [("<h1>", scanned.h1), ("og:title", scanned.ogTitle), ("<title>", scanned.title)]
        titleSource = nil
        if page.passage != nil, let element = titles.first(where: { $0.1 == page.title })?.0, let title = page.title {
            titleSource = (element, profile.titlePatterns.first { $0.passageText(in: title) != nil })
        }
        kindSource = nil
        if let url = page.url, let kind = url.pageKind(profile: profile) {
            kindSource = "the URL path starts with " + Self.prefix(of: url, kind: kind, profile: profile)
        } else if let url = page.mirrorURL, let kind = url.pageKind(profile: profile) {
            kindSource = "the mirror path starts with " + Self.prefix(of: url, kind: kind, profile: profile)
        } else if let passage = page.passage {
            kindSource = passage.isSingleVerse ? "the passage is one verse" : "the passage is more than one verse"
        }
        var kept = page.links.makeIterator()
        var next = kept.next()
        let linkBase = interpreter.addresses(of: scanned, path: path).linkBase
        var links: [Link] = []
        for scannedLink in scanned.links {
            let url = SiteURL(scannedLink.href, base: linkBase, profile: profile)
            var link: PageLink?
            if let candidate = next, candidate.line == scannedLink.line, candidate.href == scannedLink.href,
                candidate.text == scannedLink.text
            {
                link = candidate
                next = kept.next()
            }
            links.append(
                Link(
                    scanned: scannedLink, link: link, url: url, urlKind: url?.pageKind(profile: profile),
                    urlPassage: url?.passageMatch(profile: profile, versification: versification)))
        }
        self.links = links
    }

    private static func prefix(of url: SiteURL, kind: PageKind, profile: SiteProfile) -> String {
        let prefixes = kind == .synopsis ? profile.synopsisPathPrefixes : profile.commentaryPathPrefixes
        return prefixes.first { url.path.hasPrefix($0.lowercased()) } ?? ""
    }

}
