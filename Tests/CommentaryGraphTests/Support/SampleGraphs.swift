import CommentaryGraph
import Scripture

/// Small hand-built graphs shared by the exporter and subgraph tests.
enum SampleGraphs {
    static func range(_ text: String) throws -> VerseRange {
        try ReferenceParser().parseRange(text)
    }

    static func node(
        _ reference: String, _ kinds: [PageKind] = [], _ pages: [String] = []
    )
        throws -> GraphNode
    {
        GraphNode(range: try range(reference), kinds: kinds, pages: pages)
    }

    static func edge(
        _ source: String, _ target: String, _ kind: LinkKind, count: Int = 1, file: String,
        line: Int
    ) -> GraphEdge {
        GraphEdge(source: source, target: target, kind: kind, count: count, file: file, line: line)
    }

    static let synopsis = "thebiblesays.com/en/synopsis/exo+32:31"
    static let commentary = "thebiblesays.com/en/commentary/exo+32:30"

    /// Three nodes in two books: a passage page, a verse page inside it, and a verse only
    /// linked to. The golden files are written for this graph.
    static func small() throws -> VerseGraph {
        VerseGraph(
            nodes: [
                try node("Romans 9:3"),
                try node("Exodus 32:31", [.synopsis], [synopsis]),
                try node("Exodus 32:30-35", [.commentary], [commentary]),
            ],
            edges: [
                edge("Exod.32.31", "Rom.9.3", .related, count: 2, file: synopsis, line: 57),
                edge("Exod.32.31", "Exod.32.30-Exod.32.35", .deeper, file: synopsis, line: 42),
            ],
            attributes: ["name": "sample", "versification": "kjv"])
    }

    /// Six nodes in three books, chained so that hops can be counted:
    ///
    ///     Gen.1.1 (present, no edges)
    ///     Gen.12.3 --related--> Exod.32.31 --deeper--> Exod.32.30-35 --related x3--> Exod.33.1-6
    ///                           Exod.32.31 --related--> Rom.9.3
    ///
    /// Exodus 33:1-6 and Romans 9:3 are only linked to.
    static func chain() throws -> VerseGraph {
        let genesis = "thebiblesays.com/en/synopsis/gen+12:3"
        return VerseGraph(
            nodes: [
                try node("Genesis 1:1", [.synopsis], ["thebiblesays.com/en/synopsis/gen+1:1"]),
                try node("Genesis 12:3", [.synopsis], [genesis]),
                try node("Exodus 32:30-35", [.commentary], [commentary]),
                try node("Exodus 32:31", [.synopsis], [synopsis]),
                try node("Exodus 33:1-6"),
                try node("Romans 9:3"),
            ],
            edges: [
                edge("Gen.12.3", "Exod.32.31", .related, file: genesis, line: 12),
                edge("Exod.32.31", "Exod.32.30-Exod.32.35", .deeper, file: synopsis, line: 42),
                edge("Exod.32.31", "Rom.9.3", .related, file: synopsis, line: 57),
                edge(
                    "Exod.32.30-Exod.32.35", "Exod.33.1-Exod.33.6", .related, count: 3,
                    file: commentary, line: 88),
            ],
            attributes: ["name": "chain"])
    }

    /// One node whose label needs escaping in every format, linked to a plain one.
    static func awkward() throws -> VerseGraph {
        let odd = GraphNode(
            range: try range("Jude 3"), label: #"Jude 3 "contend" \ <faith> & 'saints' ü"#,
            kinds: [.synopsis], pages: ["a&b/jude+3"])
        return VerseGraph(
            nodes: [odd, try node("Jude 4")],
            edges: [edge("Jude.1.3", "Jude.1.4", .deeper, file: "a&b/jude+3", line: 1)],
            attributes: ["note": "quote \" backslash \\ tab\t<end>"])
    }

    /// The names of the sample graphs, for parameterized tests.
    static let names = ["empty", "small", "chain", "awkward"]

    /// The sample graph called `name` (one of `names`).
    static func named(_ name: String) throws -> VerseGraph {
        switch name {
        case "small": try small()
        case "chain": try chain()
        case "awkward": try awkward()
        default: VerseGraph(nodes: [], edges: [])
        }
    }
}
