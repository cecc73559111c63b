/// `invalid-reference`: a link text or page title names a chapter or verse that the
/// versification does not have.
public struct InvalidReferenceRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "invalid-reference", defaultSeverity: .error,
        summary: "A link text or page title names a chapter or verse the versification does not have.")

    /// Reports each finding of this rule about page `index` of `context`.
    public func check(page index: Int, in context: CheckContext, report: (Finding) -> Void) {
        let page = context.corpus.pages[index]
        for error in page.titleErrors {
            report(finding(page, "the page title names a reference that does not exist: \(error)"))
        }
        for (link, target) in links(of: index, in: context) {
            guard let error = link.textError else { continue }
            report(
                finding(
                    page, line: link.line, target: target.nodeID(orHref: link.href), link: link,
                    "link text \(link.quoted): \(error)"))
        }
    }
}
