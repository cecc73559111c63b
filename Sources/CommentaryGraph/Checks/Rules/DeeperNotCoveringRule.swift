/// `deeper-not-covering`: a "Deeper Commentary" link leads to a passage that does not hold
/// the page's own passage.
public struct DeeperNotCoveringRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "deeper-not-covering", defaultSeverity: .error,
        summary: "A page's Deeper Commentary link leads to a passage that does not hold the page's own passage.")

    /// Reports each finding of this rule in `context`.
    public func check(_ context: CheckContext, report: (Finding) -> Void) {
        for (index, page) in context.corpus.pages.enumerated() {
            guard let own = page.passage else { continue }
            for (link, target) in zip(page.links, context.targets[index]) where link.kind == .deeper {
                guard let range = target.range, !range.contains(own) else { continue }
                report(
                    finding(
                        page, line: link.line, target: range.osisID, link: link,
                        "the Deeper Commentary link leads to \(range.label), which does not hold \(own.label)"))
            }
        }
    }
}
