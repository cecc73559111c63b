/// `deeper-not-covering`: a "Deeper Commentary" link leads to a passage that does not hold
/// the page's own passage.
public struct DeeperNotCoveringRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "deeper-not-covering", defaultSeverity: .error,
        summary: "A page's Deeper Commentary link leads to a passage that does not hold the page's own passage.")

    /// Reports each finding of this rule about page `index` of `context`.
    public func check(page index: Int, in context: CheckContext, report: (Finding) -> Void) {
        let page = context.corpus.pages[index]
        guard let own = page.passage else { return }
        for (link, target) in links(of: index, in: context) where link.kind == .deeper {
            guard let range = target.range, !range.contains(own) else { continue }
            report(
                finding(
                    page, line: link.line, target: range.osisID, link: link,
                    "the \(context.deeperHeading) link leads to \(range.label), which does not hold \(own.label)"))
        }
    }
}
