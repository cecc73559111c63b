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
        var pages: [Page] = []
        var links: [Link] = []
        pages.reserveCapacity(corpus.pages.count)
        for (index, page) in corpus.pages.enumerated() {
            pages.append(
                Page(path: page.path, url: (page.url ?? page.mirrorURL)?.description, kind: page.kind, range: page.passage))
            // Links are resolved once, in the corpus index.
            for (link, target) in zip(page.links, corpus.targets[index]) {
                let key = BrokenKey(file: page.file, line: link.line, url: link.url?.description ?? "")
                links.append(
                    Link(
                        source: index, kind: link.kind, target: target.range, targetPage: target.page,
                        href: link.url?.description ?? link.href, line: link.line, brokenBy: broken[key]))
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
