/// Writes a check report in one format.
public protocol CheckFormatter: Sendable {
    /// The report as text (ending with a newline).
    func format(_ report: CheckReport) -> String
}

/// Decorates the severity word of a text finding (`error`, `warning`, `note`), e.g. with
/// terminal colours. The library never knows about terminals: the CLI passes a closure that
/// adds escape codes, tests pass markers, and the default leaves the word as it is.
public typealias CheckStyler = @Sendable (String, Severity) -> String

/// The output formats of `versegraph check --format`.
public enum CheckFormat: String, CaseIterable, Sendable, Hashable {
    /// `path:line:col: error: [rule] message` lines and a summary (`TextCheckFormatter`).
    case text
    /// The findings and their counts; also what `--baseline` reads (`JSONCheckFormatter`).
    case json
    /// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers (`SARIFCheckFormatter`).
    case sarif
    /// GitHub Actions workflow annotations and a Markdown table (`GitHubCheckFormatter`).
    case github
    /// JUnit XML, a test case per rule, for CI test reports (`JUnitCheckFormatter`).
    case junit

    /// The formatter for this format. `styler` decorates the severity words of `text` (the CLI
    /// passes terminal colours); the other formats ignore it.
    public func formatter(styler: CheckStyler? = nil) -> any CheckFormatter {
        switch self {
        case .text: TextCheckFormatter(styler: styler)
        case .json: JSONCheckFormatter()
        case .sarif: SARIFCheckFormatter()
        case .github: GitHubCheckFormatter()
        case .junit: JUnitCheckFormatter()
        }
    }
}
