/// The diff as a pull-request comment or a `$GITHUB_STEP_SUMMARY` section: a heading with the
/// counts, the coverage by book that changed, then the new and the fixed findings as a table.
///
/// The document stays under `limit` bytes (by default just under GitHub's 1 MiB, past which a
/// step summary is dropped whole and a comment refused): a book's gained or lost verses show
/// at most `rangesPerCell` ranges, and finding rows stop when the next would not fit, followed
/// by `… N more, see versegraph diff --format json`.
public struct MarkdownDiffFormatter: DiffFormatter {
    /// The most bytes the document may have.
    public let limit: Int
    /// The most OSIS ranges shown in one Gained or Lost cell.
    public let rangesPerCell: Int

    /// A formatter that writes at most `limit` bytes and `rangesPerCell` ranges a cell.
    public init(limit: Int = GitHubCheckFormatter.stepSummaryLimit, rangesPerCell: Int = 12) {
        self.limit = limit
        self.rangesPerCell = rangesPerCell
    }

    /// The Markdown document, ending with a newline.
    public func format(_ diff: ReportDiff) -> String {
        var document = MarkdownBudget(limit: limit, reserve: 512)
        var heading: [String] = []
        if let findings = diff.findings { heading.append("findings \(DiffWording.counts(findings))") }
        if let coverage = diff.coverage { heading.append("coverage \(DiffWording.totals(coverage))") }
        document.append("### versegraph diff: \(heading.joined(separator: "; "))")
        if let coverage = diff.coverage { coverageSection(coverage, into: &document) }
        if let findings = diff.findings { findingsSection(findings, into: &document) }
        return document.text
    }

    private func coverageSection(_ coverage: CoverageDiff, into document: inout MarkdownBudget) {
        let changed = coverage.changedBooks
        guard !changed.isEmpty else {
            document.append(contentsOf: ["", "No verse gained or lost coverage."])
            return
        }
        document.append(contentsOf: [
            "", "| Book | Before | After | Change | Gained | Lost |", "| :--- | ---: | ---: | ---: | :--- | :--- |",
        ])
        for book in changed {
            document.append(
                "| \(book.book.title) | \(DiffWording.percent(book.before)) | \(DiffWording.percent(book.after)) "
                    + "| \(DiffWording.change(book)) | \(cell(book.gained)) | \(cell(book.lost)) |")
        }
    }

    private func findingsSection(_ findings: FindingsDiff, into document: inout MarkdownBudget) {
        let rows = findings.new.map { ("new", $0) } + findings.fixed.map { ("fixed", $0) }
        guard !rows.isEmpty else {
            document.append(contentsOf: ["", "No finding is new or fixed."])
            return
        }
        document.append(contentsOf: [
            "", "| Change | Severity | Rule | File:Line | Message |", "| :--- | :--- | :--- | :--- | :--- |",
        ])
        let left = document.appendRows(rows) { change, finding in
            "| \(change) | \(finding.severity.rawValue) | \(GitHubCheckFormatter.cell(finding.rule)) "
                + "| \(GitHubCheckFormatter.cell("\(finding.file):\(finding.line)")) "
                + "| \(GitHubCheckFormatter.cell(finding.message)) |"
        }
        if left > 0 { document.append(contentsOf: ["", "… \(left) more, see versegraph diff --format json"]) }
    }

    /// Up to `rangesPerCell` ranges, then `and N more`.
    private func cell(_ ranges: [String]) -> String {
        guard ranges.count > rangesPerCell else { return ranges.joined(separator: ", ") }
        return ranges.prefix(rangesPerCell).joined(separator: ", ") + " and \(ranges.count - rangesPerCell) more"
    }
}
