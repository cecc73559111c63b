import Scripture

/// Turns what the HTML layer read off a page into a `CommentaryPage`: the page's URL, kind
/// and passage, and each link's target URL and named passage.
public struct PageInterpreter: Sendable {
    /// The site's layout.
    public var profile: SiteProfile
    /// The versification references are checked against.
    public var versification: Versification
    /// Where a mirror without host folders lives, for deriving page URLs from paths.
    public var baseURL: SiteURL?

    /// An interpreter for one site.
    public init(profile: SiteProfile, versification: Versification = .kjv, baseURL: SiteURL? = nil) {
        self.profile = profile
        self.versification = versification
        self.baseURL = baseURL
    }

    /// The page that `scanned` describes, found at `path` (relative to its input folder) and
    /// reachable as `file`.
    public func page(from scanned: ScannedPage, path: String, file: String) -> CommentaryPage {
        let mirrorURL = SiteURL(mirrorPath: path, baseURL: baseURL, profile: profile)
        let declared = [scanned.canonicalURL, scanned.ogURL].lazy.compactMap { $0 }
            .compactMap { SiteURL($0, relativeTo: mirrorURL, profile: self.profile) }.first
        let url = declared ?? mirrorURL
        // Relative links resolve against where the file was served, when the mirror tells it.
        let linkBase = URLBase(mirrorPath: path, baseURL: baseURL, profile: profile) ?? url.map(URLBase.init)

        let prose = ReferenceParser(versification: versification, mode: .prose)
        var passage: VerseRange?
        var title: String?
        var titleErrors: [ScriptureError] = []
        for candidate in [scanned.h1, scanned.ogTitle, scanned.title].compactMap({ $0 }) where passage == nil {
            title = title ?? candidate
            guard let match = prose.references(in: candidate).first else { continue }
            switch match.result {
            case .success(let found):
                passage = span(of: found)
                title = candidate
            case .failure(let error):
                if !titleErrors.contains(error) { titleErrors.append(error) }
            }
        }
        let kind =
            url?.pageKind(profile: profile) ?? mirrorURL?.pageKind(profile: profile)
            ?? passage.map { $0.isSingleVerse ? .synopsis : .commentary }

        let links = scanned.links.map { link in
            let match = prose.references(in: link.text).first
            return PageLink(
                kind: link.kind, href: link.href,
                url: SiteURL(link.href, base: linkBase, profile: profile), text: link.text,
                textPassage: match?.passage.map(span(of:)), textError: match?.error,
                line: link.line, summary: link.summary)
        }
        return CommentaryPage(
            path: path, file: file, url: url, mirrorURL: mirrorURL, kind: kind, passage: passage,
            title: title, titleErrors: titleErrors, links: links, sections: scanned.sections,
            encoding: scanned.encoding)
    }

    /// One range for a passage: a page is one node of the graph. A title that lists several
    /// ranges of one book ("Exodus 32:30-35; 33:1-6") is taken from its first start to its
    /// last end; ranges in other books than the first are left out.
    func span(of passage: Passage) -> VerseRange {
        let first = passage.ranges[0]
        let sameBook = passage.ranges.filter { $0.book == first.book }
        guard sameBook.count > 1, let start = sameBook.map(\.start).min(), let end = sameBook.map(\.end).max(),
            let span = try? VerseRange(start, end, in: versification)
        else { return first }
        return span
    }
}
