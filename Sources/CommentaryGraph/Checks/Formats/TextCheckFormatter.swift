/// Findings as compilers and linters print them, one a line, then a summary:
///
/// ```
/// en/synopsis/exo+32:10:141:1: error: [dangling-link] related link “Numbers 14:11-19 meaning” leads to …
/// 1 error, 0 warnings, 0 notes in 47 pages
/// ```
///
/// Editors and CI log viewers turn `path:line:col:` into links. A line break inside a message
/// is kept, with the lines after it indented, so that every line that starts at column 0
/// (other than the summary) is a finding; control characters in a file name are escaped
/// (`TerminalText`), so that no name can forge one.
public struct TextCheckFormatter: CheckFormatter {
    /// Decorates the severity word of each finding.
    public let styler: CheckStyler

    /// A formatter that passes severity words through `styler`, or leaves them plain.
    public init(styler: CheckStyler? = nil) {
        self.styler = styler ?? { text, _ in text }
    }

    /// The findings and the summary line, ending with a newline.
    public func format(_ report: CheckReport) -> String {
        var lines = report.findings.map { Self.line($0, styler: styler) }
        lines.append(report.summaryText)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `path:line:col: severity: [rule] message` (also what `diff` lists).
    static func line(_ finding: Finding, styler: CheckStyler) -> String {
        "\(TerminalText.safe(finding.file)):\(finding.line):\(finding.column): \(styler(finding.severity.rawValue, finding.severity)): "
            + "[\(finding.rule)] \(CheckWording.indentingContinuations(finding.message))"
    }
}
