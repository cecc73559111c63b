import Scripture

/// The data `graph.html` embeds, as compact JSON that its script reads: the versification and a
/// book-name table (for the reference box), the layout of the arc view, and every page and link
/// in flat arrays of numbers, verses as canonical ordinals.
///
/// `pages`: `[path, url, kind, first, last]` (`url` empty when it is `https://` + path; kind 0
/// synopsis, 1 commentary, -1 unknown; ordinals -1 when the page has no passage). `links`: six
/// numbers a link, `source page, flags, first, last, target page, line`: flags are
/// 0 for deeper and 1 for related, plus 2 × (1 + the index in `rules` of the rule that reports it
/// broken). `hrefs` maps a link's index to its URL when the corpus lacks its target page.
enum CanonExplorerData {
    /// Writes the data straight into `output`: on a whole site it is about 9 MB, which as one
    /// string (grown by doubling) was the largest thing `build` held while writing.
    static func write(_ view: CanonView, links: LinkTable, to output: inout some TextOutputStream) {
        let versification = view.versification
        output.write("{\"versification\":\(quoted(versification.rawValue)),\"books\":[")
        output.write(
            Book.all.map { book in
                let counts = versification.verseCounts[book.index].map(String.init).joined(separator: ",")
                return "[\(quoted(book.osisID)),\(quoted(book.displayName)),[\(counts)]]"
            }.joined(separator: ","))
        output.write("],\"names\":{")
        output.write(BookNameTable.entries.map { "\(quoted($0.name)):\($0.book.index)" }.joined(separator: ","))
        let layout = CanonLayout(view)
        output.write("},\"layout\":{\"left\":\(layout.left),\"slot\":\(layout.slot),\"axis\":\(layout.axis),")
        output.write("\"flattening\":\(layout.flattening),\"width\":\(layout.width)},\"scope\":[")
        output.write(view.books.map { String($0.book.index) }.joined(separator: ","))
        output.write("],\"rules\":[")
        output.write(LinkTable.brokenRules.map(quoted).joined(separator: ","))
        output.write("],\"pages\":[")
        var first = true
        for page in links.pages {
            let (start, end) = ordinals(page.range, versification)
            let url = page.url.flatMap { $0 == "https://" + page.path ? "" : $0 } ?? ""
            let kind = page.kind.map { $0 == .synopsis ? 0 : 1 } ?? -1
            output.write((first ? "" : ",") + "[\(quoted(page.path)),\(quoted(url)),\(kind),\(start),\(end)]")
            first = false
        }
        output.write("],\"links\":[")
        var hrefs: [String] = []
        for (index, link) in links.links.enumerated() {
            let (start, end) = ordinals(link.target, versification)
            let rule = link.brokenBy.flatMap { LinkTable.brokenRules.firstIndex(of: $0) }.map { 2 * ($0 + 1) } ?? 0
            let flags = (link.kind == .deeper ? 0 : 1) + rule
            output.write(
                (index == 0 ? "" : ",") + "\(link.source),\(flags),\(start),\(end),\(link.targetPage ?? -1),\(link.line)")
            if link.targetPage == nil { hrefs.append("\"\(index)\":\(quoted(link.href))") }
        }
        output.write("],\"hrefs\":{" + hrefs.joined(separator: ",") + "}}")
    }

    /// A JSON string safe inside `<script>`: "</script" must not appear, so "<" is written as
    /// its JSON escape.
    private static func quoted(_ value: String) -> String {
        let text = JSONText.quoted(value)
        guard text.utf8.contains(0x3C) else { return text }
        return text.split(separator: "<", omittingEmptySubsequences: false).joined(separator: "\\u003c")
    }

    private static func ordinals(_ range: VerseRange?, _ versification: Versification) -> (Int, Int) {
        guard let range, let ordinals = CoverageReport.ordinals(of: range, in: versification) else { return (-1, -1) }
        return (ordinals.lowerBound, ordinals.upperBound)
    }
}

/// The book names the explorer's reference box knows: every alias, OSIS id, USFM code and
/// display name, lower-cased without spaces and periods (`1john`, `exod`, `ps`), leaving out a
/// name that two books share.
enum BookNameTable {
    static let entries: [(name: String, book: Book)] = {
        var books: [String: Set<Book>] = [:]
        for book in Book.all {
            for name in book.aliases + [book.osisID, book.usfmCode, book.title, book.displayName] {
                books[normalized(name), default: []].insert(book)
            }
        }
        return books.compactMap { name, found in found.count == 1 ? (name, found.first!) : nil }
            .sorted { $0.name < $1.name }
    }()

    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0 != " " && $0 != "." })
    }
}
