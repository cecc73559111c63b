import Scripture

extension LinkTable {
    /// The table of `corpus`, with the links that the error findings of `check` name marked
    /// broken. A finding names a link by its file, its line and its URL.
    public init(corpus: Corpus, check: CheckReport) {
        var broken: [BrokenKey: String] = [:]
        for finding in check.findings where finding.severity == .error && Self.brokenRules.contains(finding.rule) {
            let key = BrokenKey(file: finding.file, line: finding.line, url: finding.url ?? "")
            // The findings are sorted; keep the rule that comes first in the documented order.
            if let known = broken[key], Self.rank(known) <= Self.rank(finding.rule) { continue }
            broken[key] = finding.rule
        }
        // Most pages have no broken link: only theirs are looked up link by link.
        let filesWithBroken = Set(broken.keys.map(\.file))
        var pages: [Page] = []
        var links: [Link] = []
        pages.reserveCapacity(corpus.pages.count)
        // Exactly: grown by doubling, the whole canon's 160,000 links took room for 262,144.
        links.reserveCapacity(corpus.targets.reduce(0) { $0 + $1.count })
        for (index, page) in corpus.pages.enumerated() {
            pages.append(
                Page(path: page.path, url: (page.url ?? page.mirrorURL)?.description, kind: page.kind, range: page.passage))
            let mayBeBroken = filesWithBroken.contains(page.file)
            // Links are resolved once, in the corpus index.
            for (link, target) in zip(page.links, corpus.targets[index]) {
                let brokenBy =
                    mayBeBroken
                    ? broken[BrokenKey(file: page.file, line: link.line, url: link.url?.description ?? "")] : nil
                // Only a link whose target page is missing needs its own URL: the page's names it.
                let href = target.page == nil ? link.url?.description ?? link.href : ""
                links.append(
                    Link(
                        source: index, kind: link.kind, target: target.range, targetPage: target.page, href: href,
                        line: link.line, brokenBy: brokenBy))
            }
        }
        self.init(pages: pages, links: links)
    }

    private static func rank(_ rule: String) -> Int { brokenRules.firstIndex(of: rule) ?? brokenRules.count }
}

private struct BrokenKey: Hashable {
    let file: String
    let line: Int
    let url: String
}
