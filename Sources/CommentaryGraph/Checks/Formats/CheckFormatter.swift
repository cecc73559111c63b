/// Writes a check report in one format.
public protocol CheckFormatter: Sendable {
    /// The report as text (ending with a newline).
    func format(_ report: CheckReport) -> String
}
