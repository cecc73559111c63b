import CommentaryGraph

/// The whole-site views `build` writes beside the graph: `canon.svg` and `graph.html`.
enum CanonOutputs {
    /// The files, named, in the order `build` lists them, each with the writer of its text.
    static func outputs(
        _ session: Session, graph: VerseGraph, check: CheckReport
    ) -> [(name: String, write: @Sendable (inout AtomicFileStream) -> Void)] {
        let links = LinkTable(corpus: session.corpus, check: check)
        let view = CanonView(links: links, graph: graph, versification: session.versification)
        let title = session.config.profile.name
        return [
            ("canon.svg", { $0.write(CanonArcSVG(title: title).document(view)) }),
            ("graph.html", { $0.write(CanonExplorerPage(title: title).document(view, links: links)) }),
        ]
    }
}
