// The attributes of nodes and edges as the two JSON formats write them, so that node-link
// and Cytoscape files always carry the same fields under the same names.

extension GraphNode {
    /// `id`, `label`, `book`, `kinds`, `pages` and `present`; a chapter or book node also has
    /// `verses`, `covered` and `page_count`.
    var jsonFields: [String: JSONText] {
        var fields: [String: JSONText] = [
            "id": .string(id),
            "label": .string(label),
            "book": .string(book),
            "kinds": .strings(kinds.map(\.rawValue)),
            "pages": .strings(pages),
            "present": .bool(present),
        ]
        if let summary {
            fields["verses"] = .int(summary.verses)
            fields["covered"] = .int(summary.covered)
            fields["page_count"] = .int(summary.pages)
        }
        return fields
    }
}

extension GraphEdge {
    /// `source`, `target`, `kind`, `count`, `file` and `line`.
    var jsonFields: [String: JSONText] {
        [
            "source": .string(source),
            "target": .string(target),
            "kind": .string(kind.rawValue),
            "count": .int(count),
            "file": .string(file),
            "line": .int(line),
        ]
    }
}
