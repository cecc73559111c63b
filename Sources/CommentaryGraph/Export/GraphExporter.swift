/// Turns a verse graph into the text of one file format.
///
/// Exporters are pure: they return the whole document, ending with a newline, and write the
/// same bytes for the same graph. Only the command-line front end writes files.
public protocol GraphExporter: Sendable {
    /// The document for `graph`.
    func export(_ graph: VerseGraph) -> String
}
