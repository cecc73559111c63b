import ArgumentParser
import CommentaryGraph

/// What `export --format` takes: a graph format, or `arcs`, the canon arc view as SVG.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, dot, graphml, cytoscape, arcs

    /// The graph format, or nil for `arcs`.
    var graphFormat: GraphFormat? { GraphFormat(rawValue: rawValue) }
}

extension GraphLevel: ExpressibleByArgument {}
