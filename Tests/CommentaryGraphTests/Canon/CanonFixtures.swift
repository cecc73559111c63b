import Scripture

@testable import CommentaryGraph

/// A small hand-built site over Obadiah and Jonah, for the arc view's tests:
///
///     page 0  Obadiah 1 (verse 1, synopsis)      -related-> (a link with no passage)
///     page 1  Jonah 1:1-6 (commentary)    -related-> Obadiah 1 ×2, -related-> Jonah 1:7 (no page)
///     page 2  Jonah 2:1 (synopsis)        -deeper-> Jonah 1:1-6, -related-> Jonah 2:2 (dangling)
enum CanonFixtures {
    static func range(_ text: String) throws -> VerseRange { try ReferenceParser().parseRange(text) }

    static func links() throws -> LinkTable {
        let pages = [
            LinkTable.Page(path: "site/obad+1", url: "https://site/obad+1", kind: .synopsis, range: try range("Obadiah 1:1")),
            LinkTable.Page(
                path: "site/jon+1:1", url: "https://example.org/jon+1:1", kind: .commentary, range: try range("Jonah 1:1-6")),
            LinkTable.Page(path: "site/jon+2:1", url: nil, kind: .synopsis, range: try range("Jonah 2:1")),
        ]
        func link(
            _ source: Int, _ kind: LinkKind, _ target: String?, _ page: Int?, line: Int, broken: String? = nil
        ) throws
            -> LinkTable.Link
        {
            LinkTable.Link(
                source: source, kind: kind, target: try target.map(range), targetPage: page, href: "https://site/\(line)",
                line: line, brokenBy: broken)
        }
        return LinkTable(
            pages: pages,
            links: [
                try link(0, .related, nil, nil, line: 5),
                try link(1, .related, "Obadiah 1:1", 0, line: 10),
                try link(1, .related, "Obadiah 1:1", 0, line: 11),
                try link(1, .related, "Jonah 1:7", nil, line: 12),
                try link(2, .deeper, "Jonah 1:1-6", 1, line: 20),
                try link(2, .related, "Jonah 2:2", nil, line: 21, broken: "dangling-link"),
            ])
    }

    static func coverage() throws -> CoverageReport {
        let nodes = try links().pages.map { GraphNode(range: $0.range!, kinds: [$0.kind!], pages: [$0.path]) }
        return CoverageReport(nodes: nodes, scope: .books([Book(osisID: "Obad")!, Book(osisID: "Jonah")!]), versification: .kjv)
    }

    static func view() throws -> CanonView { CanonView(links: try links(), coverage: try coverage()) }
}
