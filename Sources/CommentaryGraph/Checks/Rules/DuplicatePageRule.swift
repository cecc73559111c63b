/// `duplicate-page`: two files are the same page (the same URL), or two pages of one kind
/// claim the same passage.
public struct DuplicatePageRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "duplicate-page", defaultSeverity: .warning,
        summary: "Two files are the same page (same canonical URL), or two pages of one kind claim the same passage.")

    /// Reports each finding of this rule in `context`.
    public func check(_ context: CheckContext, report: (Finding) -> Void) {
        let pages = context.corpus.pages
        var firstByURL: [SiteURL: Int] = [:]
        var firstByPassage: [String: Int] = [:]
        // Pages are sorted by path: the first file keeps its place, later ones are reported.
        for (index, page) in pages.enumerated() {
            if let url = page.url {
                if let first = firstByURL[url] {
                    report(finding(page, "the same page as \(pages[first].file) (both are \(url))"))
                    continue
                }
                firstByURL[url] = index
            }
            guard let passage = page.passage, let kind = page.kind else { continue }
            let key = "\(kind.rawValue) \(passage.osisID)"
            if let first = firstByPassage[key] {
                report(finding(page, "another \(kind.rawValue) page claims \(passage.label): \(pages[first].file)"))
            } else {
                firstByPassage[key] = index
            }
        }
    }
}
