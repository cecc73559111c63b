/// `unparsed-page`: a file's own passage could not be found.
public struct UnparsedPageRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "unparsed-page", defaultSeverity: .warning,
        summary: "A file's own passage could not be found in its h1, og:title or title.")

    /// Reports each finding of this rule about page `index` of `context`.
    public func check(page index: Int, in context: CheckContext, report: (Finding) -> Void) {
        let page = context.corpus.pages[index]
        guard page.passage == nil else { return }
        let title = page.title.map { " (title: “\($0)”)" } ?? " (it has no h1, og:title or title)"
        report(finding(page, "no Bible passage found in the page's h1, og:title or title\(title)"))
    }
}
