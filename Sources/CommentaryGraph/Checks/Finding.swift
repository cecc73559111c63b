/// How much a finding matters. Errors fail a `check` run; warnings fail it under `--strict`.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Something is broken: a CI job should fail.
    case error
    /// Something is probably wrong.
    case warning
    /// Worth knowing; never fails a run.
    case note

    /// Errors first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }
}

/// One problem a rule found in the corpus.
public struct Finding: Hashable, Sendable, Comparable {
    /// The rule's id: `dangling-link`, `orphan-page`, ...
    public var rule: String
    /// The severity, after the configuration is applied.
    public var severity: Severity
    /// The file of the page the finding is about, as the user can reach it.
    public var file: String
    /// The line of the link (or of the page's first line for page-level rules).
    public var line: Int
    /// The column; versegraph knows lines only, so this is 1.
    public var column: Int
    /// The node id (OSIS) of the page's passage, when the page has one.
    public var source: String?
    /// The node id of the link's target, or its href where no passage is known; nil for
    /// page-level rules.
    public var target: String?
    /// What is wrong, in a sentence.
    public var message: String
    /// The link's normalised URL, for findings about a link; what `ignore.urls` matches.
    public var url: String?

    /// A finding with every field given.
    public init(
        rule: String, severity: Severity, file: String, line: Int, column: Int = 1, source: String?,
        target: String?, message: String, url: String? = nil
    ) {
        self.url = url
        self.rule = rule
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.source = source
        self.target = target
        self.message = message
    }

    /// Sorted by file, line, rule, target and message: the order of every report.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.file, lhs.line, lhs.rule, lhs.target ?? "", lhs.message)
            < (rhs.file, rhs.line, rhs.rule, rhs.target ?? "", rhs.message)
    }

    /// What identifies a finding across runs for `--baseline`: everything but the line and
    /// column, which move when a page is edited above the link.
    public var baselineKey: String {
        [rule, file, source ?? "", target ?? "", message].joined(separator: "\u{1F}")
    }
}

/// What a rule is, for reports that list rules (SARIF, JUnit).
public struct RuleDescription: Hashable, Sendable {
    /// The rule's id.
    public var id: String
    /// The severity a finding of this rule has unless the configuration says otherwise.
    public var defaultSeverity: Severity
    /// One sentence: what the rule finds.
    public var summary: String

    /// A rule description.
    public init(id: String, defaultSeverity: Severity, summary: String) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
    }
}

/// The outcome of a check run: its findings, sorted, and the rules that ran.
public struct CheckReport: Hashable, Sendable {
    /// The findings, sorted.
    public var findings: [Finding]
    /// The rules that ran (turned-off rules are left out), in the documented order.
    public var rules: [RuleDescription]
    /// How many pages were checked.
    public var pagesChecked: Int
    /// What became of every file found under the inputs, when the report knows (a report
    /// read back from `check.json` does not).
    public var files: FileAccount?

    /// A report of `findings` (in any order).
    public init(findings: [Finding], rules: [RuleDescription], pagesChecked: Int) {
        self.findings = findings.sorted()
        self.rules = rules
        self.pagesChecked = pagesChecked
    }

    /// How many findings have `severity`.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}
