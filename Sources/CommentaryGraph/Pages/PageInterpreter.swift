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
        let (mirrorURL, url, linkBase) = addresses(of: scanned, path: path)

        let prose = ReferenceParser(versification: versification, mode: .prose)
        let titled = titlePassage(of: [scanned.h1, scanned.ogTitle, scanned.title].compactMap { $0 }, prose: prose)
        let passage = titled.passage
        let kind =
            url?.pageKind(profile: profile) ?? mirrorURL?.pageKind(profile: profile)
            ?? passage.map { $0.isSingleVerse ? .synopsis : .commentary }
        let links = scanned.links.compactMap { self.link($0, base: linkBase, prose: prose) }
        return CommentaryPage(
            path: path, file: file, url: url, mirrorURL: mirrorURL, kind: kind, passage: passage,
            title: titled.title, titleErrors: titled.errors, links: links, sections: scanned.sections,
            titleLine: scanned.h1Line ?? 1)
    }

    /// The URL the page's mirror path stands for, its own URL (canonical link, else
    /// `og:url`, else the mirror URL), and what its relative links resolve against: its
    /// `<base href>`, else where the file was served when the mirror tells it, else its URL.
    func addresses(of scanned: ScannedPage, path: String) -> (mirror: SiteURL?, url: SiteURL?, linkBase: URLBase?) {
        let mirrorURL = SiteURL(mirrorPath: path, baseURL: baseURL, profile: profile)
        let declared = [scanned.canonicalURL, scanned.ogURL].lazy.compactMap { $0 }
            .compactMap { SiteURL($0, relativeTo: mirrorURL, profile: self.profile) }.first
        let url = declared ?? mirrorURL
        let documentBase = URLBase(mirrorPath: path, baseURL: baseURL, profile: profile) ?? url.map(URLBase.init)
        let linkBase = scanned.baseHref.flatMap { URLBase(href: $0, relativeTo: documentBase, profile: profile) } ?? documentBase
        return (mirrorURL, url, linkBase)
    }

    /// The passage the first of `candidates` (h1, og:title, title) that names one names, read
    /// where the profile's title patterns say (the whole title without patterns); the text
    /// it was read from (else the first candidate), and the errors of those that named none.
    func titlePassage(
        of candidates: [String], prose: ReferenceParser
    ) -> (
        passage: VerseRange?, title: String?, errors: [ScriptureError]
    ) {
        var errors: [ScriptureError] = []
        for candidate in candidates {
            let text =
                profile.titlePatterns.isEmpty
                ? candidate : profile.titlePatterns.lazy.compactMap { $0.passageText(in: candidate) }.first
            guard let text, let match = prose.references(in: text).first else { continue }
            switch match.result {
            case .success(let found): return (span(of: found), candidate, errors)
            case .failure(let error): if !errors.contains(error) { errors.append(error) }
            }
        }
        return (nil, candidates.first, errors)
    }

    /// What a link of a section is: nil for one that neither names a passage in its text nor
    /// leads to a page of the site's kinds or passages ("Donate", "Privacy policy").
    func link(_ link: ScannedLink, base: URLBase?, prose: ReferenceParser) -> PageLink? {
        let match = prose.references(in: link.text).first
        let target = SiteURL(link.href, base: base, profile: profile)
        let textPassage = match?.passage.map(span(of:))
        // What the URL names matters only when the text names nothing; most texts do.
        let urlPassage = textPassage == nil ? target?.passage(profile: profile, versification: versification) : nil
        guard match != nil || urlPassage != nil || target.flatMap({ $0.pageKind(profile: profile) }) != nil else {
            return nil
        }
        return PageLink(
            kind: link.kind, href: link.href, url: target, text: link.text, textPassage: textPassage,
            textError: match?.error, line: link.line, urlPassage: urlPassage)
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
