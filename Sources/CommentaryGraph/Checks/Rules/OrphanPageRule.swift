/// `orphan-page`: no other page links to this commentary page.
///
/// Only commentary pages are checked: on a site like TheBibleSays, synopsis pages are reached
/// by verse navigation, never from another page's Deeper or related list, so every synopsis
/// page would be an orphan.
public struct OrphanPageRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "orphan-page", defaultSeverity: .note,
        summary: "No other page links to this commentary page.")

    /// Reports each finding of this rule about page `index` of `context`.
    public func check(page index: Int, in context: CheckContext, report: (Finding) -> Void) {
        let page = context.corpus.pages[index]
        guard page.kind == .commentary, context.corpus.incomingCount[index] == 0 else { return }
        report(finding(page, "no other page links to this commentary"))
    }
}
