/// `self-link`: a page links to itself.
public struct SelfLinkRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "self-link", defaultSeverity: .warning, summary: "A page links to itself.")

    /// Reports each finding of this rule about page `index` of `context`.
    public func check(page index: Int, in context: CheckContext, report: (Finding) -> Void) {
        let page = context.corpus.pages[index]
        for (link, target) in links(of: index, in: context) {
            let toItself =
                target.page.map { $0 == index }
                ?? (link.url != nil && (link.url == page.url || link.url == page.mirrorURL))
            guard toItself else { continue }
            report(
                finding(
                    page, line: link.line, target: target.nodeID(orHref: link.href), link: link,
                    "\(link.kind.rawValue) link \(link.quoted) leads back to this page"))
        }
    }
}
