/// One integrity rule: one file each under `Checks/Rules/`. Rules look at one page at a
/// time, so that all of them run in one parallel pass over the corpus.
public protocol IntegrityRule: Sendable {
    /// The rule's id, default severity and summary.
    var description: RuleDescription { get }
    /// Calls `report` with each finding about page `page` (the rule's default severity; the
    /// checker applies the configuration).
    func check(page: Int, in context: CheckContext, report: (Finding) -> Void)
}

extension IntegrityRule {
    /// A finding of this rule about `page`, at `line` (the page's `<h1>` when nil).
    func finding(
        _ page: CommentaryPage, line: Int? = nil, target: String? = nil, link: PageLink? = nil, _ message: String
    ) -> Finding {
        // A finding about the page as a whole points at its title.
        Finding(
            rule: description.id, severity: description.defaultSeverity, file: page.file, line: line ?? page.titleLine,
            source: page.passage?.osisID, target: target, message: message, url: link?.url?.description)
    }

    /// Each link of page `index` with where it leads.
    func links(of index: Int, in context: CheckContext) -> Zip2Sequence<[PageLink], [LinkTarget]> {
        zip(context.corpus.pages[index].links, context.corpus.targets[index])
    }
}

extension PageLink {
    /// How findings quote a link: its text, or its href when it has none.
    var quoted: String { "“\(text.isEmpty ? href : text)”" }
}

extension LinkTarget {
    /// The node id of the target, or `href` where no range is known.
    func nodeID(orHref href: String) -> String { range?.osisID ?? href }
}
