/// Lines of a Markdown document kept under a size limit, for pages that drop a whole document
/// past a size (GitHub's step summary and pull-request comments: 1 MiB).
///
/// A writer adds the lines that must be there first, then rows while `fits` says they do;
/// `reserve` bytes are kept free for what follows the rows (a "… N more" line and a closing
/// section), so the document as a whole stays under `limit`.
struct MarkdownBudget {
    /// GitHub's limit for a step summary, 1 MiB, less a margin for other steps' text.
    static let gitHubLimit = 1_000_000

    /// The most bytes (UTF-8) the document may have.
    let limit: Int
    /// Bytes kept free for the lines after the rows.
    let reserve: Int
    /// The lines so far.
    private(set) var lines: [String] = []
    /// Their size in UTF-8 bytes, a newline after each.
    private(set) var bytes = 0

    /// An empty document of at most `limit` bytes, `reserve` of them kept for the end.
    init(limit: Int, reserve: Int = 4_096) {
        self.limit = limit
        self.reserve = min(reserve, limit / 2)
    }

    /// Adds `line` whatever its size (headings, the lines after the rows).
    mutating func append(_ line: String) {
        lines.append(line)
        bytes += line.utf8.count + 1
    }

    /// Adds each of `lines`.
    mutating func append(contentsOf lines: [String]) {
        for line in lines { append(line) }
    }

    /// Adds the rows of `items` in order while they fit under `limit - reserve`, and returns
    /// how many were left out (the rows of those are never built).
    mutating func appendRows<Item>(_ items: [Item], row: (Item) -> String) -> Int {
        for (index, item) in items.enumerated() {
            let line = row(item)
            guard bytes + line.utf8.count + 1 <= limit - reserve else { return items.count - index }
            append(line)
        }
        return 0
    }

    /// The document, a newline after each line.
    var text: String { lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n" }
}
