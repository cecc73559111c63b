import ArgumentParser
import CommentaryGraph
import Foundation

extension Versegraph {
    /// `versegraph build`: the main job. Reads the pages and writes the graph and reports.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read pages and write the graph and the reports: the main job.",
            discussion: """
                Writes to the output folder: graph.json (NetworkX node-link data), graph.dot \
                (Graphviz), graph.svg when Graphviz's dot is on PATH, coverage.json and \
                coverage.html (canon coverage by any page), check.json (the integrity \
                findings), canon.svg (the arc view of every chapter) and graph.html (the \
                offline explorer). Every file is written atomically; the same pages give byte-identical \
                files whatever the file order or the number of jobs.
                """)

        @OptionGroup var input: InputOptions

        @Option(name: [.short, .long], help: ArgumentHelp("Folder to write into.", valueName: "dir"))
        var out: String = "Graphs"

        @Option(help: "Render graph.svg with Graphviz: auto (when dot is on PATH), always, or never.")
        var svg: SVGMode = .auto

        enum SVGMode: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

        func run() throws {
            let session = try Session.open(input)
            session.reportSkipped(quiet: input.quiet)
            let graph = session.corpus.graph(attributes: GraphAttributes.make(session))
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            let dot = GraphFormat.dot.exporter.export(graph)
            let coverage = CoverageReport(graph: graph, versification: session.versification)
            let check = IntegrityChecker(config: session.config).check(session.corpus)
            var files = [
                ("graph.json", GraphFormat.json.exporter.export(graph)),
                ("graph.dot", dot),
                ("coverage.json", CoverageFormat.json.formatter().format(coverage)),
                ("coverage.html", CoverageFormat.html.formatter().format(coverage)),
                ("check.json", CheckFormat.json.formatter().format(check)),
            ]
            files += CanonOutputs.files(session, graph: graph, check: check)
            for (name, text) in files { try OutputFile.writeFile(text, to: folder.appendingPathComponent(name)) }
            var written = files.map(\.0)
            if svg != .never {
                switch Graphviz.render(dot) {
                case .success(let image):
                    try OutputFile.writeFile(image, to: folder.appendingPathComponent("graph.svg"))
                    written.append("graph.svg")
                case .failure(let problem):
                    if svg == .always {
                        StandardStreams.err("versegraph: error: graph.svg: \(problem)\n")
                        throw ExitCodes.cannotWrite
                    }
                    if !input.quiet { StandardStreams.err("versegraph: graph.svg not written: \(problem)\n") }
                }
            }
            if !input.quiet {
                StandardStreams.err(
                    "versegraph: \(session.readingSummary); \(graph.nodes.count) nodes, \(graph.edges.count) edges; "
                        + "\(check.countsText); wrote \(written.joined(separator: ", ")) to \(out)\n")
            }
        }
    }
}

/// The graph-level attributes every export carries.
enum GraphAttributes {
    static func make(_ session: Session) -> [String: String] {
        ["name": "versegraph", "site": session.config.profile.name, "versification": session.versification.rawValue]
    }
}
