/// What each integrity rule means and how to fix what it finds: SARIF's `fullDescription`,
/// with `helpUri` pointing at the rule's section of the README, which has the same text (a
/// test keeps the two equal).
public enum RuleHelp {
    /// Where the README is published; `helpUri` is this plus `#` and the rule id (the README
    /// has a `#### rule-id` heading per rule). Change it here when the project's home moves.
    public static let readme = "https://github.com/your-org/versegraph/blob/main/README.md"

    /// The anchor of the README section that lists every rule, for rules without their own.
    public static let rulesAnchor = "rules"

    /// The full description of each rule the checker has, by rule id.
    public static let fullDescriptions: [String: String] = [
        "dangling-link":
            "A link leads to a page of the site (a synopsis or commentary URL) that is not in the corpus: the page "
            + "does not exist, has moved, or was not mirrored. Fix the href or publish the page; `ignore.urls` in "
            + "versegraph.yml silences a known one.",
        "text-target-mismatch":
            "The link text names one passage but the href leads to the page of another. One of the two is wrong; "
            + "usually the href was copied from a neighbouring link.",
        "invalid-reference":
            "A link text or a page title names a chapter or verse that the versification does not have (Exodus 32 "
            + "has 35 verses, so \"Exodus 32:36-40\" does not exist). It is a typo, or the site numbers verses "
            + "another way (try `--versification rsv`).",
        "deeper-not-covering":
            "A \"Deeper Commentary\" link leads to a passage that does not hold the page's own passage, so a reader "
            + "who follows it does not find the verse. Point the link at the commentary whose passage holds it.",
        "duplicate-page":
            "Two files are the same page (they share a canonical URL), or two pages of one kind claim one passage. "
            + "One is usually a stale copy or a mistitled page; links to the passage become ambiguous.",
        "missing-deeper":
            "A synopsis page has no Deeper Commentary section, although a commentary page in the corpus holds its "
            + "verse. Add the section, linking to that commentary.",
        "self-link": "A page links to itself, which leads a reader nowhere. Point the link at the page it meant, or remove it.",
        "unparsed-page":
            "The file's own passage could not be read from its `<h1>`, `og:title` or `<title>`, so the page is left "
            + "out of coverage and of the graph. Fix the title, or list the file under `ignore.files` if it is not "
            + "a commentary page.",
        "orphan-page":
            "No other page links to this commentary page, so readers reach it only by search. Link to it from the "
            + "synopsis pages of its verses (synopsis pages are reached by verse navigation, so they are not checked).",
    ]

    /// The full description of `rule`, or its one-sentence summary for a rule without one.
    public static func fullDescription(of rule: RuleDescription) -> String {
        fullDescriptions[rule.id] ?? rule.summary
    }

    /// The README section of `rule`, or the list of rules for a rule without its own section.
    public static func uri(of rule: RuleDescription) -> String {
        readme + "#" + (fullDescriptions[rule.id] == nil ? rulesAnchor : rule.id)
    }
}
