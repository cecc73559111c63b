extension SiteProfile {
    /// The profile as a whole `site:` block of versegraph.yml (every key, no preset), which
    /// reads back as this profile: what `versegraph profiles NAME` prints.
    public var yaml: String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func list(_ values: [String]) -> String { "[" + values.map(quoted).joined(separator: ", ") + "]" }
        var lines = ["site:", "  name: \(quoted(name))", "  hosts: \(list(hosts))", "  passage_urls:"]
        lines += passageURLs.map { "    - \(quoted($0.text))" }
        switch bookCodes {
        case .table(let table):
            lines.append("  book_codes:")
            lines += table.sorted { $0.key < $1.key }.map { "    \(quoted($0.key)): \($0.value.osisID)" }
        default:
            lines.append("  book_codes: \(bookCodes)")
        }
        lines += [
            "  synopsis_paths: \(list(synopsisPathPrefixes))", "  commentary_paths: \(list(commentaryPathPrefixes))",
            "  deeper_headings: \(list(deeperHeadings))", "  related_headings: \(list(relatedHeadings))",
            "  title_patterns: \(list(titlePatterns.map(\.text)))", "  ignored_containers: \(list(ignoredContainers))",
            "  ignored_links: \(list(ignoredLinkPatterns))",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
