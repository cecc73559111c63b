import ArgumentParser
import CommentaryGraph
import Scripture

extension LinkKind: ExpressibleByArgument {}
extension NodeLinkEdgesKey: ExpressibleByArgument {}

extension Versegraph {
    /// `versegraph export`: the whole graph or a subgraph in one format.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the graph, or part of it, as JSON, DOT, GraphML, Cytoscape.js or an arc diagram.",
            discussion: """
                json is NetworkX node-link data (networkx.node_link_graph), dot is Graphviz, \
                graphml opens in Gephi and yEd, cytoscape is a whole Cytoscape.js cy.json() document \
                (load it with cy.json(doc), or pass doc.elements as elements); \
                arcs is canon.svg, every chapter of the site on one axis with its links as arcs. \
                --level chapter or book merges passages into a node per chapter or book.
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "Output format.")
        var format: ExportFormat = .json

        @Option(help: "Node per passage, chapter or book (not with arcs).")
        var level: GraphLevel = .passage

        @Option(
            help: ArgumentHelp(
                "Only this book's nodes and the edges that touch them (an OSIS id or name: Exod, Exodus).", valueName: "book"))
        var book: String?

        @Option(
            help: ArgumentHelp("Only the neighbourhood of this passage: \"Exodus 32\", \"Exod.32.31\".", valueName: "passage"))
        var around: String?

        @Option(help: "How many links away from --around to go.")
        var depth: Int = 1

        @Option(help: "Only edges of this kind: deeper or related.")
        var kind: LinkKind?

        @Option(
            help: ArgumentHelp(
                "json: the member that holds the edges: edges (NetworkX 3.6 and later) or links (NetworkX before 3.6, d3).",
                valueName: "key"))
        var linksKey: NodeLinkEdgesKey?

        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp("File to write (default: standard output).", valueName: "file"))
        var output: String?

        func validate() throws {
            if let book, Book(osisID: book) == nil, Book(named: book) == nil {
                throw ValidationError("--book \"\(book)\" is not a book; use an OSIS id such as Exod or a name such as Exodus.")
            }
            if depth < 0 { throw ValidationError("--depth must be 0 or more.") }
            if linksKey != nil, format != .json { throw ValidationError("--links-key applies to --format json only.") }
            if format == .arcs, book != nil || around != nil || level != .passage {
                throw ValidationError("--format arcs draws the whole site: it takes --kind, not --book, --around or --level.")
            }
            if let around {
                do { _ = try ReferenceParser(versification: input.versificationForArguments).parseRange(around) } catch {
                    throw ValidationError("--around \"\(around)\": \(error)")
                }
            }
        }

        func run() throws {
            let session = try Session.open(input)
            var graph = session.corpus.graph(attributes: GraphAttributes.make(session))
            guard let graphFormat = format.graphFormat else {
                try OutputFile.write(arcs(session, graph: graph), to: output)
                return
            }
            if let book, let found = Book(osisID: book) ?? Book(named: book) { graph = graph.filtered(book: found) }
            if let around {
                let range = try ReferenceParser(versification: session.versification).parseRange(around)
                graph = graph.neighbourhood(of: range, depth: depth)
            }
            if let kind { graph = graph.filtered(kind: kind) }
            graph = graph.aggregated(to: level, versification: session.versification)
            let exporter = linksKey.map { NodeLinkJSONExporter(edgesKey: $0) } ?? graphFormat.exporter
            try OutputFile.write(exporter.export(graph), to: output)
        }

        /// The arc view of the whole corpus, of the links of `--kind` only when given.
        private func arcs(_ session: Session, graph: VerseGraph) -> String {
            let check = IntegrityChecker(config: session.config).check(session.corpus)
            var links = LinkTable(corpus: session.corpus, check: check)
            if let kind { links.links.removeAll { $0.kind != kind } }
            let view = CanonView(links: links, graph: graph, versification: session.versification)
            return CanonArcSVG(title: session.config.profile.name).document(view)
        }
    }
}
