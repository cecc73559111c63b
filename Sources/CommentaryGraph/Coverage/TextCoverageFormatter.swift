/// A table like coverage.py's: a row per book in scope, a TOTAL row, and the missing verses
/// last so that long lists do not push the numbers apart.
///
/// ```
/// Book     Verses  Covered   Cover  Missing
/// -----------------------------------------
/// Exodus     1213       14   1.15%  1-31, 32:15-35, 33-40
/// -----------------------------------------
/// TOTAL      1213       14   1.15%
///
/// Largest gaps:
///   Exodus 1-31: 31 chapters, 916 verses, 0 pages
/// ```
///
/// Every book in scope gets a row, even one no page covers (its Missing reads `1-40`): the
/// canon is 66 rows, short enough to read whole, and a book that is absent from the table
/// would be easy to overlook; `listing` can leave out wholly covered books and sort the rows.
/// Below the table, the largest gaps, longest first (`Psalms 120-134: 15 chapters, 153 verses,
/// 0 pages`): the to-do list. Column widths follow the content. Numbers are not grouped, so
/// scripts can read them.
public struct TextCoverageFormatter: CoverageFormatter {
    /// Decorates each percent cell (book rows and TOTAL) for its band.
    public let styler: CoverageStyler

    /// Which books get a row, in what order, and how many gaps are listed.
    public let listing: CoverageListing

    /// A formatter that passes percent cells through `styler`, or leaves them plain, and lists
    /// books and gaps as `listing` says.
    public init(styler: CoverageStyler? = nil, listing: CoverageListing = CoverageListing()) {
        self.styler = styler ?? { text, _ in text }
        self.listing = listing
    }

    /// The table, ending with a newline.
    public func format(_ report: CoverageReport) -> String {
        let header = Row(cells: ["Book", "Verses", "Covered", "Cover"], band: nil, missing: "Missing")
        let rows = listing.books(of: report).map { book in
            Row(
                cells: [book.book.title, "\(book.verses)", "\(book.covered)", "\(book.percentText)%"],
                band: book.band, missing: CoverageWording.missing(book, in: report.versification))
        }
        let totals = report.totals
        let total = Row(
            cells: ["TOTAL", "\(totals.verses)", "\(totals.covered)", "\(totals.percentText)%"],
            band: totals.band, missing: "")
        var widths = [Int](repeating: 0, count: header.cells.count)
        for row in [header, total] + rows {
            for (column, cell) in row.cells.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        let headerLine = line(header, widths: widths)
        let rule = String(repeating: "-", count: headerLine.count)
        let body = rows.map { line($0, widths: widths) }
        var lines = [headerLine, rule] + body + [rule, line(total, widths: widths)]
        let gaps = report.largestGaps(limit: listing.gaps)
        if !gaps.isEmpty {
            lines += ["", "Largest gaps:"]
            lines += gaps.map { "  " + CoverageWording.gap($0, in: report.versification, grouping: false) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private struct Row {
        var cells: [String]
        var band: CoverageBand?
        var missing: String
    }

    /// The book name left-aligned, numbers right-aligned, two spaces between columns. The
    /// padding stays outside the styled text so that escape codes cannot shift the columns.
    private func line(_ row: Row, widths: [Int]) -> String {
        var parts: [String] = []
        for (column, cell) in row.cells.enumerated() {
            let padding = String(repeating: " ", count: widths[column] - cell.count)
            if column == 0 {
                parts.append(cell + padding)
            } else if column == row.cells.count - 1, let band = row.band {
                parts.append(padding + styler(cell, band))
            } else {
                parts.append(padding + cell)
            }
        }
        if !row.missing.isEmpty { parts.append(row.missing) }
        return parts.joined(separator: "  ")
    }
}
