/// Runs the integrity rules over a corpus and applies the configuration: rule severities,
/// rules turned off, and link URLs to ignore.
public struct IntegrityChecker: Sendable {
    /// Every rule, in the documented order.
    public static let allRules: [any IntegrityRule] = [
        DanglingLinkRule(), TextTargetMismatchRule(), InvalidReferenceRule(), DeeperNotCoveringRule(),
        DuplicatePageRule(), MissingDeeperRule(), SelfLinkRule(), UnparsedPageRule(), OrphanPageRule(),
    ]

    /// Rule ids mapped to `off`, `error`, `warning` or `note`.
    public var severities: [String: String]
    /// Glob patterns of link URLs whose findings are dropped.
    public var ignoredURLs: [GlobPattern]
    /// The site's layout.
    public var profile: SiteProfile

    /// A checker configured by `config`.
    public init(config: VersegraphConfig) {
        severities = config.rules
        ignoredURLs = config.ignoredURLs.map(GlobPattern.init)
        profile = config.profile
    }

    /// The ids of every rule.
    public static var ruleIDs: [String] { allRules.map(\.description.id) }

    /// Checks `corpus`: every rule that is on, page by page, in one pass on up to `jobs`
    /// threads; the findings are sorted once at the end.
    public func check(_ corpus: Corpus, jobs: Int = 1) -> CheckReport {
        let context = CheckContext(corpus: corpus, profile: profile)
        let rules: [(rule: any IntegrityRule, description: RuleDescription)] = Self.allRules.compactMap { rule in
            var description = rule.description
            let setting = severities[description.id]
            if setting == "off" { return nil }
            if let setting, let severity = Severity(rawValue: setting) { description.defaultSeverity = severity }
            return (rule, description)
        }
        let perPage = Parallel.map(Array(corpus.pages.indices), jobs: jobs) { index in
            var findings: [Finding] = []
            for (rule, description) in rules {
                rule.check(page: index, in: context) { finding in
                    guard !isIgnored(finding) else { return }
                    var finding = finding
                    finding.severity = description.defaultSeverity
                    findings.append(finding)
                }
            }
            return findings
        }
        return CheckReport(findings: perPage.flatMap { $0 }, rules: rules.map(\.description), pagesChecked: corpus.pages.count)
    }

    /// True when the finding's link URL matches an ignore pattern (by path, by host and
    /// path, or whole).
    private func isIgnored(_ finding: Finding) -> Bool {
        guard let text = finding.url, !ignoredURLs.isEmpty, let url = SiteURL(text, profile: profile) else { return false }
        let candidates = [text, url.path, url.key]
        return ignoredURLs.contains { pattern in candidates.contains(where: pattern.matches) }
    }
}
