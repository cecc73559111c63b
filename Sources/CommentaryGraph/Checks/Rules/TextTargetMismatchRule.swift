import Scripture

/// `text-target-mismatch`: the link text names one passage, the href leads to another's page.
public struct TextTargetMismatchRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "text-target-mismatch", defaultSeverity: .error,
        summary: "The link text names one passage and the href leads to a page of another.")

    /// Reports each finding of this rule in `context`.
    public func check(_ context: CheckContext, report: (Finding) -> Void) {
        for (index, page) in context.corpus.pages.enumerated() {
            for (link, target) in zip(page.links, context.targets[index]) {
                guard let named = link.textPassage, let leadsTo = leadsTo(link, target, context) else { continue }
                guard !leadsTo.agrees(with: named) else { continue }
                report(
                    finding(
                        page, line: link.line, target: leadsTo.range.osisID, link: link,
                        "link text names \(named.label) but the link leads to \(leadsTo.what)"))
            }
        }
    }

    /// What the href leads to: the target page's passage when the corpus has it; otherwise
    /// what the URL encodes (a synopsis URL names its verse, a commentary URL its first verse).
    private func leadsTo(_ link: PageLink, _ target: LinkTarget, _ context: CheckContext) -> Destination? {
        if let page = target.page {
            guard let passage = context.corpus.pages[page].passage else { return nil }
            return Destination(range: passage, firstVerseOnly: false, what: "the page of \(passage.label)")
        }
        guard let url = link.url, let encoded = url.passage(),
            let kind = url.pageKind(profile: context.profile)
        else { return nil }
        return Destination(
            range: encoded, firstVerseOnly: kind == .commentary,
            what: kind == .commentary ? "the commentary starting at \(encoded.label)" : "the page of \(encoded.label)")
    }

    private struct Destination {
        let range: VerseRange
        let firstVerseOnly: Bool
        let what: String

        func agrees(with named: VerseRange) -> Bool {
            firstVerseOnly ? named.start.whole == range.start.whole : named == range
        }
    }
}
