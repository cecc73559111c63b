/// One self-contained HTML page: the total at the top, the ten largest gaps (each linked to its
/// chapter), a heat map with a row per book and a cell per chapter, a table of books with their missing verses, and a folded chapter table
/// per book. The CSS is inline and nothing is fetched (no fonts, scripts or images), so the
/// file works offline and as a CI artifact. Every text is HTML-escaped.
public struct HTMLCoverageFormatter: CoverageFormatter {
    /// The page title and main heading, e.g. the site's name.
    public let title: String

    /// A formatter whose page is titled `title`.
    public init(title: String = "Verse coverage") {
        self.title = title
    }

    /// The HTML document, ending with a newline.
    public func format(_ report: CoverageReport) -> String {
        let totals = report.totals
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) · \(totals.percentText)%</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(escape(title))</h1>
            <p class="meta">\(escape(CoverageWording.context(report)))</p>
            <p class="total"><span class="pct \(totals.band.rawValue)">\(totals.percentText)%</span> \
            <span>\(escape(CoverageWording.summary(report)))</span></p>
            \(bar(totals, large: true))
            </header>

            """
        html += gapsList(report)
        html += heatMap(report)
        html += booksTable(report)
        html += chapterTables(report)
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private func heatMap(_ report: CoverageReport) -> String {
        var html = "<section>\n<h2>Heat map</h2>\n<p class=\"legend\">"
        for (heat, label) in Self.legend {
            html += "<span><i class=\"swatch \(heat)\"></i>\(escape(label))</span>"
        }
        html += "</p>\n<div class=\"heatmap\">\n"
        let showTestaments = Set(report.books.map(\.book.isOldTestament)).count > 1
        for (index, book) in report.books.enumerated() {
            if showTestaments, index == 0 || book.book.isOldTestament != report.books[index - 1].book.isOldTestament {
                html += "<div class=\"testament\">\(book.book.isOldTestament ? "Old" : "New") Testament</div>\n"
            }
            let id = escape(book.book.osisID)
            html +=
                "<div class=\"row\"><a class=\"name\" href=\"#\(id)\">\(escape(book.book.title))</a><div class=\"cells\">"
            for chapter in book.chapters {
                let tip = escape(
                    "\(book.book.displayName) \(chapter.chapter): \(chapter.covered)/\(chapter.verses) verses (\(chapter.percentText)%)"
                )
                html +=
                    "<a class=\"cell \(Self.heat(chapter))\" href=\"#\(id).\(chapter.chapter)\" title=\"\(tip)\" aria-label=\"\(tip)\"></a>"
            }
            html += "</div></div>\n"
        }
        return html + "</div>\n</section>\n"
    }

    /// The ten largest gaps, each linked to the row of its first chapter.
    private func gapsList(_ report: CoverageReport) -> String {
        let gaps = report.largestGaps(limit: 10)
        guard !gaps.isEmpty else { return "" }
        var html = "<section>\n<h2>Largest gaps</h2>\n<ol class=\"gaps\">\n"
        for gap in gaps {
            let text = CoverageWording.gap(gap, in: report.versification)
            let name = gap.range.humanForm(in: report.versification)
            let anchor = escape("\(gap.range.book.osisID).\(gap.range.start.chapter)")
            html += "<li><a href=\"#\(anchor)\">\(escape(name))</a>\(escape(String(text.dropFirst(name.count))))</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    private func booksTable(_ report: CoverageReport) -> String {
        var html = """
            <section>
            <h2>Books</h2>
            <table>
            <thead><tr><th>Book</th><th class="num">Verses</th><th class="num">Covered</th><th>Cover</th><th>Missing</th></tr></thead>
            <tbody>

            """
        for book in report.books {
            html +=
                "<tr><td><a href=\"#\(escape(book.book.osisID))\">\(escape(book.book.title))</a></td>"
                + numbers(book) + "<td class=\"missing\">"
                + escape(CoverageWording.missing(book, in: report.versification)) + "</td></tr>\n"
        }
        html += "</tbody>\n<tfoot><tr><td>Total</td>" + numbers(report.totals) + "<td></td></tr></tfoot>\n"
        return html + "</table>\n</section>\n"
    }

    private func chapterTables(_ report: CoverageReport) -> String {
        var html = "<section>\n<h2>Chapters</h2>\n"
        for book in report.books {
            let id = escape(book.book.osisID)
            html += """
                <details id="\(id)"><summary>\(escape(book.book.title)) \
                <span class="\(book.band.rawValue)">\(book.percentText)%</span> \
                <span class="count">\(CoverageWording.grouped(book.covered))/\(CoverageWording.grouped(book.verses)) verses</span></summary>
                <table>
                <thead><tr><th>Chapter</th><th class="num">Verses</th><th class="num">Covered</th><th>Cover</th><th>Missing verses</th></tr></thead>
                <tbody>

                """
            for chapter in book.chapters {
                html +=
                    "<tr id=\"\(id).\(chapter.chapter)\"><td>\(chapter.chapter)</td>" + numbers(chapter)
                    + "<td class=\"missing\">\(escape(CoverageWording.missingVerses(chapter)))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n</details>\n"
        }
        return html + "</section>\n"
    }

    /// The Verses, Covered and Cover cells of a table row.
    private func numbers(_ counts: some CoverageCounts) -> String {
        "<td class=\"num\">\(CoverageWording.grouped(counts.verses))</td>"
            + "<td class=\"num\">\(CoverageWording.grouped(counts.covered))</td>"
            + "<td class=\"cover\">\(bar(counts, large: false))"
            + "<span class=\"\(counts.band.rawValue)\">\(counts.percentText)%</span></td>"
    }

    private func bar(_ counts: some CoverageCounts, large: Bool) -> String {
        "<span class=\"bar\(large ? " large" : "")\"><span class=\"fill \(counts.band.rawValue)\" "
            + "style=\"width:\(counts.percentText)%\"></span></span>"
    }

    /// The heat-map colour class: grey for nothing covered, dark green only for everything,
    /// and five steps between, so that a nearly done chapter still stands out as not done.
    static func heat(_ counts: some CoverageCounts) -> String {
        if counts.covered == 0 { return "h0" }
        if counts.covered == counts.verses { return "h6" }
        switch counts.percent {
        case ..<25: return "h1"
        case ..<50: return "h2"
        case ..<75: return "h3"
        case ..<90: return "h4"
        default: return "h5"
        }
    }

    static let legend = [
        ("h0", "none"), ("h1", "under 25%"), ("h2", "25–50%"), ("h3", "50–75%"), ("h4", "75–90%"),
        ("h5", "90% or more"), ("h6", "all"),
    ]

    /// Escapes text for element content and for double- or single-quoted attributes.
    func escape(_ text: String) -> String { Markup.escaped(text) }
}
