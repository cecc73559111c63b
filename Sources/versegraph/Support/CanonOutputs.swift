import CommentaryGraph

/// The whole-site views `build` writes beside the graph: `canon.svg` and `graph.html`.
enum CanonOutputs {
    /// The files, named, in the order `build` lists them.
    static func files(_ session: Session, graph: VerseGraph, check: CheckReport) -> [(String, String)] {
        let links = LinkTable(corpus: session.corpus, check: check)
        let view = CanonView(links: links, graph: graph, versification: session.versification)
        let title = session.config.profile.name
        return [
            ("canon.svg", CanonArcSVG(title: title).document(view)),
            ("graph.html", CanonExplorerPage(title: title).document(view, links: links)),
        ]
    }
}
