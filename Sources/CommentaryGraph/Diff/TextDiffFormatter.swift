/// The diff for a terminal or a CI log: the new findings (`+`) and the fixed ones (`-`), as
/// `check` prints findings, then the coverage totals and a line per book that changed.
///
/// ```
/// findings: 1 new (1 error), 1 fixed, 5 unchanged
/// + Inputs/…/exo+32:10:141:1: error: [dangling-link] related link … is not in the corpus
/// - Inputs/…/exo+32:4:140:1: error: [text-target-mismatch] link text names …
/// coverage: 0.11% → 0.12% (+0.01)
///   Exodus  2.89% → 3.05% (+0.16)  gained Exod.32.1-Exod.32.2
/// ```
///
/// Unchanged findings are counted, not listed; books whose verses did not change are left out.
public struct TextDiffFormatter: DiffFormatter {
    /// A text formatter.
    public init() {}

    /// The diff, ending with a newline.
    public func format(_ diff: ReportDiff) -> String {
        var lines: [String] = []
        let plain: CheckStyler = { text, _ in text }
        if let findings = diff.findings {
            lines.append("findings: \(DiffWording.counts(findings))")
            lines += findings.new.map { "+ " + TextCheckFormatter.line($0, styler: plain) }
            lines += findings.fixed.map { "- " + TextCheckFormatter.line($0, styler: plain) }
        }
        if let coverage = diff.coverage {
            lines.append("coverage: \(DiffWording.totals(coverage))")
            let changed = coverage.changedBooks
            let width = changed.map(\.book.title.count).max() ?? 0
            for book in changed {
                var line = "  \(book.book.title)" + String(repeating: " ", count: width - book.book.title.count + 2)
                line += "\(DiffWording.percent(book.before)) → \(DiffWording.percent(book.after)) (\(DiffWording.change(book)))"
                if !book.gained.isEmpty { line += "  gained \(book.gained.joined(separator: ", "))" }
                if !book.lost.isEmpty { line += "  lost \(book.lost.joined(separator: ", "))" }
                lines.append(line)
            }
            if changed.isEmpty { lines.append("  no verse gained or lost") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
