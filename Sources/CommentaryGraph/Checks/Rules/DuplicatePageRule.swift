/// `duplicate-page`: two files are the same page (the same URL), or two pages of one kind
/// claim the same passage.
public struct DuplicatePageRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "duplicate-page", defaultSeverity: .warning,
        summary: "Two files are the same page (same canonical URL), or two pages of one kind claim the same passage.")

    /// Reports each finding of this rule about page `index` of `context`.
    public func check(page index: Int, in context: CheckContext, report: (Finding) -> Void) {
        let pages = context.corpus.pages
        let page = pages[index]
        // Pages are sorted by path: the first file keeps its place, later ones are reported.
        if let first = context.earlierSameURL[index], let url = page.url {
            report(finding(page, "the same page as \(pages[first].file) (both are \(url))"))
        } else if let first = context.earlierSameRange[index], let passage = page.passage, let kind = page.kind {
            report(finding(page, "another \(kind.rawValue) page claims \(passage.label): \(pages[first].file)"))
        }
    }
}
