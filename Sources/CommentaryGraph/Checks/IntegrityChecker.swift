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

    /// Checks `corpus`.
    public func check(_ corpus: Corpus) -> CheckReport {
        let context = CheckContext(corpus: corpus, profile: profile)
        var findings: [Finding] = []
        var ran: [RuleDescription] = []
        for rule in Self.allRules {
            var description = rule.description
            let setting = severities[description.id]
            if setting == "off" { continue }
            if let setting, let severity = Severity(rawValue: setting) { description.defaultSeverity = severity }
            ran.append(description)
            rule.check(context) { finding in
                guard !isIgnored(finding) else { return }
                var finding = finding
                finding.severity = description.defaultSeverity
                findings.append(finding)
            }
        }
        return CheckReport(findings: findings, rules: ran, pagesChecked: corpus.pages.count)
    }

    /// True when the finding's link URL matches an ignore pattern (by path, by host and
    /// path, or whole).
    private func isIgnored(_ finding: Finding) -> Bool {
        guard let text = finding.url, !ignoredURLs.isEmpty, let url = SiteURL(text, profile: profile) else { return false }
        let candidates = [text, url.path, url.key]
        return ignoredURLs.contains { pattern in candidates.contains(where: pattern.matches) }
    }
}
