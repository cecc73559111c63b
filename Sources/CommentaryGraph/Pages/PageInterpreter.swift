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
    public init(profile: SiteProfile, versification: Versification, baseURL: SiteURL? = nil) {
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
        // Relative links resolve against the page's <base href>, else where the file was
        // served when the mirror tells it, else its own URL.
        let documentBase = URLBase(mirrorPath: path, baseURL: baseURL, profile: profile) ?? url.map(URLBase.init)
        let linkBase = scanned.baseHref.flatMap { URLBase(href: $0, relativeTo: documentBase, profile: profile) } ?? documentBase

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

        let links: [PageLink] = scanned.links.compactMap { link in
            let match = prose.references(in: link.text).first
            let target = SiteURL(link.href, base: linkBase, profile: profile)
            // A link that neither leads to a page of the site's kinds nor names a passage
            // ("Donate", "Privacy policy" after the list) is no commentary link.
            guard match != nil || target.flatMap({ $0.pageKind(profile: profile) }) != nil else { return nil }
            return PageLink(
                kind: link.kind, href: link.href, url: target, text: link.text,
                textPassage: match?.passage.map(span(of:)), textError: match?.error,
                line: link.line)
        }
        return CommentaryPage(
            path: path, file: file, url: url, mirrorURL: mirrorURL, kind: kind, passage: passage,
            title: title, titleErrors: titleErrors, links: links, sections: scanned.sections,
            titleLine: scanned.h1Line ?? 1)
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
