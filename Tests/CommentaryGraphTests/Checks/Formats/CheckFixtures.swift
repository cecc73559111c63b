import CommentaryGraph

/// A small hand-made report with everything the formats must get right: every severity, a
/// page-level finding (no target), a page without a passage (no source), a path with a
/// space, a `%` and colons, and a message with `|`, `<`, `&`, quotes, a comma and a line break.
enum CheckFixtures {
    static let awkwardMessage = "link “a|b” says \"<x> & y\", then\nleads back to this page"

    static let findings = [
        Finding(
            rule: "dangling-link", severity: .error, file: "site/en/synopsis/exo+32:10", line: 141,
            source: "Exod.32.10", target: "Num.14.11-Num.14.19",
            message: "related link “Numbers 14:11-19 meaning” leads to https://example.org/en/commentary/num+14:11",
            url: "https://example.org/en/commentary/num+14:11"),
        Finding(
            rule: "text-target-mismatch", severity: .error, file: "site/en/synopsis/exo+32:10", line: 140,
            source: "Exod.32.10", target: "Exod.32.7-Exod.32.14",
            message: "link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:7-14"),
        Finding(
            rule: "self-link", severity: .warning, file: "my pages/100% done.html", line: 12, source: nil,
            target: "my-page", message: awkwardMessage),
        Finding(
            rule: "orphan-page", severity: .note, file: "site/en/commentary/exo+25:31", line: 1,
            source: "Exod.25.31-Exod.25.40", target: nil, message: "no other page links to this commentary"),
    ]

    static let rules = [
        RuleDescription(id: "dangling-link", defaultSeverity: .error, summary: "A link whose target page is not in the corpus."),
        RuleDescription(id: "text-target-mismatch", defaultSeverity: .error, summary: "The link text names another passage."),
        RuleDescription(id: "duplicate-page", defaultSeverity: .warning, summary: "Two files are the same page."),
        RuleDescription(id: "self-link", defaultSeverity: .warning, summary: "A page links to itself."),
        RuleDescription(id: "orphan-page", defaultSeverity: .note, summary: "No other page links to this commentary page."),
    ]

    /// 2 errors, 1 warning and 1 note in 5 pages.
    static let report = CheckReport(findings: findings, rules: rules, pagesChecked: 5)

    /// No findings, one page.
    static let clean = CheckReport(findings: [], rules: rules, pagesChecked: 1)
}
