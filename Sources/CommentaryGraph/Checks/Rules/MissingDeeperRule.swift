/// `missing-deeper`: a synopsis page has no Deeper Commentary link although a commentary page
/// of the corpus holds its verse.
public struct MissingDeeperRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "missing-deeper", defaultSeverity: .warning,
        summary: "A synopsis page has no Deeper section although a commentary page in the corpus holds its verse.")

    /// Reports each finding of this rule about page `index` of `context`.
    public func check(page index: Int, in context: CheckContext, report: (Finding) -> Void) {
        let page = context.corpus.pages[index]
        guard page.kind == .synopsis, let own = page.passage, !page.links.contains(where: { $0.kind == .deeper }),
            let holder = context.firstCommentary(holding: own), let held = context.corpus.pages[holder].passage
        else { return }
        let heading = context.deeperHeading
        let what = page.sections.contains(.deeper) ? "an empty \(heading) section" : "no \(heading) section"
        // Page-level: no target, and no other file's path in the message, so that a
        // baseline entry survives the other page being moved.
        report(finding(page, "\(what), though the commentary on \(held.label) holds \(own.label)"))
    }
}
