import Scripture

/// `text-target-mismatch`: the link text names one passage, the href leads to another's page.
public struct TextTargetMismatchRule: IntegrityRule {
    /// The rule.
    public init() {}

    /// The rule's id, default severity and summary.
    public let description = RuleDescription(
        id: "text-target-mismatch", defaultSeverity: .error,
        summary: "The link text names one passage and the href leads to a page of another.")

    /// Reports each finding of this rule about page `index` of `context`.
    public func check(page index: Int, in context: CheckContext, report: (Finding) -> Void) {
        let page = context.corpus.pages[index]
        for (link, target) in links(of: index, in: context) {
            guard let named = link.textPassage, let leadsTo = leadsTo(link, target, context) else { continue }
            guard !leadsTo.agrees(with: named) else { continue }
            report(
                finding(
                    page, line: link.line, target: leadsTo.range.osisID, link: link,
                    "link text names \(named.label) but the link leads to \(leadsTo.what)"))
        }
    }

    /// What the href leads to: the target page's passage when the corpus has it; otherwise
    /// what the URL names by the site profile (a synopsis URL its verse, a commentary URL its
    /// passage, or the first verse of it).
    private func leadsTo(_ link: PageLink, _ target: LinkTarget, _ context: CheckContext) -> Destination? {
        if let page = target.page {
            guard let passage = context.corpus.pages[page].passage else { return nil }
            return Destination(range: passage, firstVerseOnly: false)
        }
        guard let url = link.url, let kind = url.pageKind(profile: context.profile),
            let encoded = url.passage(profile: context.profile, versification: context.corpus.versification)
        else { return nil }
        // A commentary URL that names one verse names the first verse of its passage.
        return Destination(range: encoded, firstVerseOnly: kind == .commentary && encoded.isSingleVerse)
    }

    private struct Destination {
        let range: VerseRange
        /// A commentary URL names only its first verse.
        let firstVerseOnly: Bool

        /// What the link leads to, in words; made only for a finding (most links agree).
        var what: String {
            firstVerseOnly ? "the commentary starting at \(range.label)" : "the page of \(range.label)"
        }

        func agrees(with named: VerseRange) -> Bool {
            firstVerseOnly ? named.start.whole == range.start.whole : named == range
        }
    }
}
