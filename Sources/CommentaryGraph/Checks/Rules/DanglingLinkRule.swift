/// `dangling-link`: a link to a page of the site that the corpus does not have.
public struct DanglingLinkRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "dangling-link", defaultSeverity: .error,
        summary: "A link whose target page is not in the corpus.")

    /// Reports each finding of this rule about page `index` of `context`.
    public func check(page index: Int, in context: CheckContext, report: (Finding) -> Void) {
        let page = context.corpus.pages[index]
        for (link, target) in links(of: index, in: context) {
            // Links to other sites are not pages of this corpus; they cannot dangle here.
            guard target.page == nil, let url = link.url, context.isOnSite(url, from: page) else { continue }
            report(
                finding(
                    page, line: link.line, target: target.nodeID(orHref: link.href), link: link,
                    "\(link.kind.rawValue) link \(link.quoted) leads to \(url), which is not in the corpus"))
        }
    }
}
