/// Turns a verse graph into the text of one file format.
///
/// Exporters are pure: they write the same bytes for the same graph, ending with a newline.
/// Only the command-line front end writes files.
public protocol GraphExporter: Sendable {
    /// The document for `graph`.
    func export(_ graph: VerseGraph) -> String
    /// Writes the document for `graph` into `output` piece by piece: a whole site's graph is
    /// tens of megabytes, which never need to be one string.
    func export(_ graph: VerseGraph, to output: inout some TextOutputStream)
}

extension GraphExporter {
    /// Writes the whole document at once: for formats whose documents stay small.
    public func export(_ graph: VerseGraph, to output: inout some TextOutputStream) {
        output.write(export(graph))
    }
}

/// An exporter that streams natively gets its whole-document form from the stream.
protocol StreamingGraphExporter: GraphExporter {}

extension StreamingGraphExporter {
    /// The document for `graph`, as one string.
    public func export(_ graph: VerseGraph) -> String {
        var text = ""
        export(graph, to: &text)
        return text
    }
}
