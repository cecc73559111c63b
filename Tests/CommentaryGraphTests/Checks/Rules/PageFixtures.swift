import Scripture

@testable import CommentaryGraph

/// Small hand-made pages for rule tests: `page("Exodus 32:31", at: "/en/synopsis/exo+32:31")`.
enum PageFixtures {
    static let profile = SiteProfile.theBibleSays

    static func url(_ path: String) -> SiteURL { SiteURL(host: "thebiblesays.com", path: path, profile: profile) }

    /// A link as the interpreter would make it from `text` and `href` on a page at `base`.
    static func link(_ kind: LinkKind, _ text: String, _ href: String, line: Int = 10) -> PageLink {
        let match = ReferenceParser(mode: .prose).references(in: text).first
        let target = SiteURL(href, relativeTo: url("/en/synopsis/x"), profile: profile)
        let textPassage = match?.passage?.ranges.first
        return PageLink(
            kind: kind, href: href, url: target, text: text, textPassage: textPassage, textError: match?.error,
            line: line, urlPassage: textPassage == nil ? target?.passage(profile: profile, versification: .kjv) : nil)
    }

    static func page(
        _ title: String, at path: String, kind: PageKind? = nil, links: [PageLink] = [],
        sections: [LinkKind]? = nil, file: String? = nil
    ) -> CommentaryPage {
        let match = ReferenceParser(mode: .prose).references(in: title).first
        let passage = match?.passage?.ranges.first
        return CommentaryPage(
            path: file ?? "thebiblesays.com" + path, file: file ?? "Inputs/thebiblesays.com" + path,
            url: url(path), mirrorURL: url(path),
            kind: kind ?? url(path).pageKind(profile: profile), passage: passage, title: title,
            titleErrors: match?.error.map { [$0] } ?? [], links: links,
            sections: sections ?? Array(Set(links.map(\.kind))).sorted())
    }

    static let commentary3035 = page("Exodus 32:30-35 meaning", at: "/en/commentary/exo+32:30")
    static let commentary1520 = page("Exodus 32:15-20 meaning", at: "/en/commentary/exo+32:15")

    /// The findings of `rule` on `pages`, as "rule file:line target message" lines.
    static func findings(_ rule: any IntegrityRule, _ pages: [CommentaryPage]) -> [Finding] {
        var found: [Finding] = []
        let context = CheckContext(corpus: Corpus(pages: pages, versification: .kjv), profile: profile)
        for index in context.corpus.pages.indices {
            rule.check(page: index, in: context) { found.append($0) }
        }
        return found.sorted()
    }
}
