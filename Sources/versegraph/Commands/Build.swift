import ArgumentParser
import CommentaryGraph
import Dispatch
import Foundation
import Synchronization

extension Versegraph {
    /// `versegraph build`: the main job. Reads the pages and writes the graph and reports.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read pages and write the graph and the reports: the main job.",
            discussion: """
                Writes to the output folder: graph.json (NetworkX node-link data), graph.dot \
                (Graphviz), coverage.json and coverage.html (canon coverage by any page), \
                check.json (the integrity findings), canon.svg (the arc view of every chapter), \
                graph.html (the offline explorer), and graph.svg when Graphviz's dot is on PATH \
                and the graph is small enough to draw (--svg-max-nodes). Every file is written \
                atomically; the same pages give byte-identical files whatever the file order, \
                the number of jobs or the cache.
                """)

        @OptionGroup var input: InputOptions

        @Option(name: [.short, .long], help: ArgumentHelp("Folder to write into.", valueName: "dir"))
        var out: String = "Graphs"

        @Option(help: "Render graph.svg with Graphviz: auto (when dot is on PATH), always, or never.")
        var svg: SVGMode = .auto

        @Option(help: ArgumentHelp("Draw graph.svg only for graphs of at most this many nodes.", valueName: "n"))
        var svgMaxNodes: Int = 300

        @Option(help: ArgumentHelp("Stop dot after this many seconds.", valueName: "seconds"))
        var svgTimeout: Double = 60

        enum SVGMode: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

        func validate() throws {
            if svgMaxNodes < 0 { throw ValidationError("--svg-max-nodes must be 0 or more.") }
            if !(svgTimeout > 0) { throw ValidationError("--svg-timeout must be more than 0.") }
        }

        func run() throws {
            // The output folder is never read back as input (it holds coverage.html).
            let session = try Session.open(input, excluding: [out], outputSettings: outputSettings)
            try OutputFile.prepareFolder(out)
            let stamps = input.cache.map { BuildStampStore(cacheFolder: $0, outputFolder: out) }
            if let stamps, let digest = session.outputDigest, let stamp = stamps.load(), stamp.digest == digest,
                svgIsSettled(nodes: stamp.nodes), stamp.outputsAreUnchanged(in: out)
            {
                reportUpToDate(session, stamp)
                return
            }
            let corpus = session.corpus
            let attributes = GraphAttributes.make(session)
            let checker = IntegrityChecker(config: session.config)
            let jobs = session.jobs
            let files = session.files
            // The graph on one thread; the checks, coverage and link table on the other.
            let (graph, (check, coverage, links)) = Concurrently.run(
                { corpus.graph(attributes: attributes) },
                {
                    var check = checker.check(corpus, jobs: jobs)
                    check.files = files
                    return (check, CoverageReport(corpus: corpus), LinkTable(corpus: corpus, check: check))
                })
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            var outputs: [(name: String, write: @Sendable (inout AtomicFileStream) -> Void)] = [
                ("graph.json", { GraphFormat.json.exporter.export(graph, to: &$0) }),
                ("graph.dot", { GraphFormat.dot.exporter.export(graph, to: &$0) }),
                ("coverage.json", { $0.write(CoverageFormat.json.formatter().format(coverage)) }),
                ("coverage.html", { $0.write(CoverageFormat.html.formatter().format(coverage)) }),
                ("check.json", { $0.write(CheckFormat.json.formatter().format(check)) }),
            ]
            outputs += CanonOutputs.outputs(session, graph: graph, links: links)
            // Each output is made and written on its own thread, streamed into its temporary
            // file: they share nothing.
            let failures = FailureFlag()
            let writers = outputs
            // The largest first, so that two threads finish together.
            let order = writers.indices.sorted { Self.size(of: writers[$0].name) > Self.size(of: writers[$1].name) }
            DispatchQueue.concurrentPerform(iterations: writers.count) { iteration in
                let output = writers[order[iteration]]
                do {
                    try OutputFile.writeStream(to: folder.appendingPathComponent(output.name).path, output.write)
                } catch {
                    failures.raise()
                }
            }
            if failures.isRaised { throw ExitCodes.cannotWrite }
            var written = outputs.map(\.name)
            if let svgFile = try drawSVG(graph, into: folder) { written.append(svgFile) }
            if let stamps, let digest = session.outputDigest,
                let stamp = try? BuildStamp(
                    digest: digest, outputs: written, in: out, nodes: graph.nodes.count, edges: graph.edges.count,
                    findings: check.countsText)
            {
                stamps.save(stamp, quiet: input.quiet)
            }
            if !input.quiet {
                report(
                    session, nodes: graph.nodes.count, edges: graph.edges.count, findings: check.countsText,
                    outputs: "wrote \(written.joined(separator: ", ")) to \(out)")
            }
        }

        /// How large an output is on a whole site, in MB, roughly: the order they are made in.
        private static func size(of name: String) -> Int {
            ["graph.json": 36, "graph.dot": 11, "graph.html": 10, "canon.svg": 4, "check.json": 2][name] ?? 1
        }

        /// Everything besides the pages and the configuration that the outputs depend on: with
        /// the same settings and pages, a build writes the same bytes.
        private var outputSettings: [String] {
            ["build", "svg=\(svg.rawValue)", "svg-max-nodes=\(svgMaxNodes)", "svg-timeout=\(svgTimeout)"]
                + input.resolvedInputs
        }

        /// True when whether graph.svg is drawn does not depend on Graphviz: never, or the
        /// graph is too large. Otherwise dot may have come or gone since, and the build runs.
        private func svgIsSettled(nodes: Int) -> Bool {
            svg == .never || (svg == .auto && nodes > svgMaxNodes)
        }

        /// Why a graph of `nodes` nodes is not drawn, when it is too large.
        private func tooLargeToDraw(nodes: Int) -> String? {
            guard nodes > svgMaxNodes else { return nil }
            return "the graph has \(nodes) nodes, more than --svg-max-nodes \(svgMaxNodes) "
                + "(dot takes hours on a whole site; export a book with `versegraph export --book`)"
        }

        /// Says, as a build would, that the outputs in the stamp are those it would write.
        private func reportUpToDate(_ session: Session, _ stamp: BuildStamp) {
            guard !input.quiet else { return }
            if svg == .auto, let problem = tooLargeToDraw(nodes: stamp.nodes) {
                StandardStreams.err("versegraph: graph.svg not drawn: \(problem)\n")
            }
            report(
                session, nodes: stamp.nodes, edges: stamp.edges, findings: stamp.findings,
                outputs: "\(stamp.outputs.map(\.name).joined(separator: ", ")) in \(out) already up to date")
        }

        /// The run's one-line summary: what was read, the graph, the findings, the outputs.
        private func report(_ session: Session, nodes: Int, edges: Int, findings: String, outputs: String) {
            StandardStreams.err(
                "versegraph: \(session.readingSummary); \(nodes) nodes, \(edges) edges; \(findings); \(outputs)\n")
        }

        /// Draws graph.svg when it should and can; says why not otherwise.
        private func drawSVG(_ graph: VerseGraph, into folder: URL) throws -> String? {
            guard svg != .never else { return nil }
            let problem: String
            if let tooLarge = tooLargeToDraw(nodes: graph.nodes.count) {
                problem = tooLarge
            } else {
                switch Graphviz.render(GraphFormat.dot.exporter.export(graph), timeout: svgTimeout) {
                case .success(let image):
                    try OutputFile.writeFile(image, to: folder.appendingPathComponent("graph.svg"))
                    return "graph.svg"
                case .failure(let failure):
                    problem = failure.description
                }
            }
            if svg == .always {
                StandardStreams.err("versegraph: error: graph.svg: \(problem)\n")
                throw ExitCodes.cannotWrite
            }
            if !input.quiet { StandardStreams.err("versegraph: graph.svg not drawn: \(problem)\n") }
            return nil
        }
    }
}

/// Whether any of the parallel writes failed (each failure has named its file already).
private final class FailureFlag: Sendable {
    private let raised = Mutex(false)

    func raise() { raised.withLock { $0 = true } }

    var isRaised: Bool { raised.withLock { $0 } }
}

/// The graph-level attributes every export carries.
enum GraphAttributes {
    static func make(_ session: Session) -> [String: String] {
        ["name": "versegraph", "site": session.config.profile.name, "versification": session.versification.rawValue]
    }
}
