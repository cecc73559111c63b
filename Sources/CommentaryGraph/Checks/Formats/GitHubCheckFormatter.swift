/// GitHub Actions output: a workflow command per finding, which GitHub shows as an annotation
/// on the file and line, then a Markdown summary for `$GITHUB_STEP_SUMMARY`.
///
/// ```
/// ::error file=en/synopsis/exo+32%3A10,line=141,col=1,title=dangling-link::related link …
///
/// ### versegraph check: 1 error, 0 warnings, 0 notes in 47 pages
///
/// | Severity | Rule | File:Line | Message |
/// | :--- | :--- | :--- | :--- |
/// | error | dangling-link | en/synopsis/exo+32:10:141 | related link … |
/// ```
///
/// GitHub shows only ten annotations of each kind per step and drops the rest, so the table
/// lists every finding. It is always written (not only past ten) so that the output has one
/// shape and a job summary never depends on a count. Notes become `::notice`, the nearest
/// GitHub level.
public struct GitHubCheckFormatter: CheckFormatter {
    /// A GitHub formatter.
    public init() {}

    /// The annotations, a blank line and the Markdown summary, ending with a newline.
    public func format(_ report: CheckReport) -> String {
        var lines = report.findings.map(Self.annotation)
        if !lines.isEmpty { lines.append("") }
        lines.append("### versegraph check: \(report.summaryText)")
        if !report.findings.isEmpty {
            lines += ["", "| Severity | Rule | File:Line | Message |", "| :--- | :--- | :--- | :--- |"]
            lines += report.findings.map { finding in
                "| \(finding.severity.rawValue) | \(Self.cell(finding.rule)) | \(Self.cell("\(finding.file):\(finding.line)")) "
                    + "| \(Self.cell(finding.message)) |"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `::error file=…,line=…,col=…,title=…::message`.
    static func annotation(_ finding: Finding) -> String {
        let command =
            switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
        let properties = [
            "file=\(property(finding.file))", "line=\(finding.line)", "col=\(finding.column)",
            "title=\(property(finding.rule))",
        ]
        return "::\(command) \(properties.joined(separator: ","))::\(data(finding.message))"
    }

    /// A command's message, escaped as the Actions runner unescapes it. Works on scalars, not
    /// characters: a `\r\n` pair is one `Character` and would slip past a match on `\n`.
    static func data(_ text: String) -> String { escaped(text, alsoEnding: false) }

    /// A property value: like a message, and `:` and `,`, which would end it, escaped too.
    static func property(_ text: String) -> String { escaped(text, alsoEnding: true) }

    private static func escaped(_ text: String, alsoEnding: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where alsoEnding: result += "%3A"
            case "," where alsoEnding: result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A Markdown table cell: `|` would end the cell and a line break the row; `&`, `<` and
    /// `>` are written as entities so that a message never turns into HTML.
    static func cell(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "|": escaped += "\\|"
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\r\n", "\n", "\r": escaped += "<br>"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
