import CommentaryGraph

/// The whole-site views `build` writes beside the graph: `canon.svg` and `graph.html`.
enum CanonOutputs {
    /// The files, named, in the order `build` lists them, each with the writer of its text.
    static func outputs(
        _ session: Session, graph: VerseGraph, links: LinkTable
    ) -> [(name: String, write: @Sendable (inout AtomicFileStream) -> Void)] {
        let view = CanonView(links: links, graph: graph, versification: session.versification)
        let title = session.config.profile.name
        return [
            // Streamed into their files: whole, they would be 4 MB and 10 MB of text in memory.
            ("canon.svg", { CanonArcSVG(title: title).write(view, to: &$0) }),
            ("graph.html", { CanonExplorerPage(title: title).write(view, links: links, to: &$0) }),
        ]
    }
}
