/// A summary for CI job pages (`$GITHUB_STEP_SUMMARY`, GitLab, Gitea): a heading with the
/// total, a table of books with a coloured progress bar (`listing` can leave out wholly
/// covered books and sort the rows), the largest gaps as a numbered to-do list, and the
/// missing verses of each book.
///
/// The Cover cell starts with the band's square (🟩 90% and up, 🟨 from 75%, 🟥 below); the
/// bar has ten squares, one filled in the band's colour per full 10% covered. The missing verses are folded into a `<details>` block when they are
/// long (more than `foldLines` books or `foldCharacters` characters), so the table stays
/// on screen.
public struct MarkdownCoverageFormatter: CoverageFormatter {
    /// Missing lists of more books than this are folded.
    public let foldLines: Int
    /// Missing lists longer than this many characters are folded.
    public let foldCharacters: Int

    /// Which books get a row, in what order, and how many gaps are listed.
    public let listing: CoverageListing

    /// A formatter that folds the missing verses beyond `foldLines` books or `foldCharacters`,
    /// and lists books and gaps as `listing` says.
    public init(foldLines: Int = 10, foldCharacters: Int = 2_000, listing: CoverageListing = CoverageListing()) {
        self.foldLines = foldLines
        self.foldCharacters = foldCharacters
        self.listing = listing
    }

    /// The Markdown document, ending with a newline.
    public func format(_ report: CoverageReport) -> String {
        let totals = report.totals
        var lines = [
            "## \(Self.square(totals.band)) Verse coverage: \(totals.percentText)%", "",
            "\(CoverageWording.summary(report)). \(CoverageWording.context(report)).", "",
            "| Book | Verses | Covered | Cover | Progress |",
            "| :--- | ---: | ---: | ---: | :--- |",
        ]
        for book in listing.books(of: report) {
            lines.append(
                "| \(book.book.title) | \(CoverageWording.grouped(book.verses)) "
                    + "| \(CoverageWording.grouped(book.covered)) | \(Self.square(book.band)) \(book.percentText)% "
                    + "| \(Self.bar(book)) |")
        }
        lines.append(
            "| **TOTAL** | **\(CoverageWording.grouped(totals.verses))** "
                + "| **\(CoverageWording.grouped(totals.covered))** | \(Self.square(totals.band)) **\(totals.percentText)%** "
                + "| \(Self.bar(totals)) |")
        lines.append("")
        let gaps = report.largestGaps(limit: listing.gaps)
        if !gaps.isEmpty {
            lines += ["### Largest gaps", ""]
            lines += gaps.enumerated().map { "\($0.offset + 1). " + CoverageWording.gap($0.element, in: report.versification) }
            lines.append("")
        }
        lines += missingSection(report)
        return lines.joined(separator: "\n") + "\n"
    }

    private func missingSection(_ report: CoverageReport) -> [String] {
        let incomplete = report.books.filter { $0.uncovered > 0 }
        guard !incomplete.isEmpty else { return ["Every verse in scope is covered."] }
        let items = incomplete.map { book in
            "- **\(book.book.title)** (\(CoverageWording.grouped(book.uncovered))): "
                + CoverageWording.missing(book, in: report.versification)
        }
        let title =
            "Missing verses: \(CoverageWording.grouped(report.totals.uncovered)) in "
            + "\(incomplete.count) book\(incomplete.count == 1 ? "" : "s")"
        let length = items.reduce(0) { $0 + $1.count }
        guard items.count > foldLines || length > foldCharacters else {
            return ["### \(title)", ""] + items
        }
        // GitHub renders Markdown inside <details> only after a blank line.
        return ["<details>", "<summary>\(title)</summary>", ""] + items + ["", "</details>"]
    }

    private static func square(_ band: CoverageBand) -> String {
        switch band {
        case .high: "🟩"
        case .medium: "🟨"
        case .low: "🟥"
        }
    }

    /// Ten squares, one filled per full 10% covered, so a bar is full only at 100%.
    private static func bar(_ counts: some CoverageCounts) -> String {
        let filled = counts.verses > 0 ? counts.covered * 10 / counts.verses : 10
        return String(repeating: square(counts.band), count: filled)
            + String(repeating: "⬜", count: 10 - filled)
    }
}
