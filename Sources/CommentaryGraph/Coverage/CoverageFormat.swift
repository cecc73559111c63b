/// Turns a coverage report into the text of one output format. Formatters only build
/// strings: the CLI decides where they go.
public protocol CoverageFormatter: Sendable {
    /// The whole output for `report`, ending with a newline.
    func format(_ report: CoverageReport) -> String
}

/// The output formats of `versegraph coverage --format`.
public enum CoverageFormat: String, CaseIterable, Sendable, Hashable {
    /// A coverage.py-style table for terminals (`TextCoverageFormatter`).
    case text
    /// Machine-readable totals, books and chapters (`JSONCoverageFormatter`).
    case json
    /// A summary for CI job pages such as `$GITHUB_STEP_SUMMARY` (`MarkdownCoverageFormatter`).
    case markdown
    /// An lcov tracefile, a record per chapter, for `genhtml` and coverage services
    /// (`LcovCoverageFormatter`).
    case lcov
    /// One self-contained page with a book-by-chapter heat map (`HTMLCoverageFormatter`).
    case html

    /// The formatter for this format. `styler` decorates the percent cells of `text` (the CLI
    /// passes terminal colours); the other formats ignore it.
    public func formatter(styler: CoverageStyler? = nil) -> any CoverageFormatter {
        switch self {
        case .text: TextCoverageFormatter(styler: styler)
        case .json: JSONCoverageFormatter()
        case .markdown: MarkdownCoverageFormatter()
        case .lcov: LcovCoverageFormatter()
        case .html: HTMLCoverageFormatter()
        }
    }

    /// The usual file name extension, without the dot, for output files the CLI names itself.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .markdown: "md"
        case .lcov: "info"
        case .html: "html"
        }
    }
}
