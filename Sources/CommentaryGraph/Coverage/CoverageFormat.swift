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
    /// Cobertura XML, a package per book and a class per chapter, for GitLab, Jenkins and Azure
    /// (`CoberturaCoverageFormatter`).
    case cobertura
    /// A shields.io endpoint badge (`ShieldsCoverageFormatter`).
    case shields

    /// The formatter for this format. `styler` decorates the percent cells of `text` (the CLI
    /// passes terminal colours), and `listing` chooses the rows of `text` and `markdown`; the
    /// other formats ignore them.
    public func formatter(
        styler: CoverageStyler? = nil, listing: CoverageListing = CoverageListing()
    ) -> any CoverageFormatter {
        switch self {
        case .text: TextCoverageFormatter(styler: styler, listing: listing)
        case .json: JSONCoverageFormatter()
        case .markdown: MarkdownCoverageFormatter(listing: listing)
        case .lcov: LcovCoverageFormatter()
        case .html: HTMLCoverageFormatter()
        case .cobertura: CoberturaCoverageFormatter()
        case .shields: ShieldsCoverageFormatter()
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
        case .cobertura: "xml"
        case .shields: "json"
        }
    }
}
