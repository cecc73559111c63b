/// Writes a diff of two runs in one format.
public protocol DiffFormatter: Sendable {
    /// The diff as text, ending with a newline.
    func format(_ diff: ReportDiff) -> String
}

/// The output formats of `versegraph diff --format`.
public enum DiffFormat: String, CaseIterable, Sendable, Hashable {
    /// New and fixed findings as `+`/`-` lines, then coverage by book (`TextDiffFormatter`).
    case text
    /// Every finding and every book, for scripts (`JSONDiffFormatter`).
    case json
    /// A pull-request comment or step summary under GitHub's 1 MiB (`MarkdownDiffFormatter`).
    case markdown

    /// The formatter for this format.
    public var formatter: any DiffFormatter {
        switch self {
        case .text: TextDiffFormatter()
        case .json: JSONDiffFormatter()
        case .markdown: MarkdownDiffFormatter()
        }
    }
}

/// Wording the diff formats share.
enum DiffWording {
    /// `2 new (1 error), 3 fixed, 40 unchanged`.
    static func counts(_ findings: FindingsDiff) -> String {
        let errors = findings.newErrors.count
        let new = findings.new.isEmpty ? "0 new" : "\(findings.new.count) new (\(CheckWording.counted(errors, "error")))"
        return "\(new), \(findings.fixed.count) fixed, \(findings.unchanged.count) unchanged"
    }

    /// `2.89% → 3.05% (+0.16)`.
    static func totals(_ coverage: CoverageDiff) -> String {
        "\(coverage.before.percentText)% → \(coverage.after.percentText)% (\(coverage.after.changeText(from: coverage.before)))"
    }

    /// A book's percent on one side, or `–` when the book was not in scope there.
    static func percent(_ counts: CoverageTotals?) -> String { counts.map { "\($0.percentText)%" } ?? "–" }

    /// A book's change, or `–` when it was out of scope on one side.
    static func change(_ book: BookCoverageChange) -> String {
        guard let before = book.before, let after = book.after else { return "–" }
        return after.changeText(from: before)
    }
}
