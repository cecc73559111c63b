/// GitHub Actions output: a workflow command per finding, which GitHub shows as an annotation
/// on the file and line, then a Markdown summary for `$GITHUB_STEP_SUMMARY`.
///
/// ```
/// ::error file=en/synopsis/exo+32%3A10,line=141,col=1,title=dangling-link::related link …
///
/// ### versegraph check: 1 error, 0 warnings, 0 notes in 47 pages
///
/// | Rule | Severity | Findings |
/// | :--- | :--- | ---: |
/// | dangling-link | error | 1 |
///
/// | Severity | Rule | File:Line | Message |
/// | :--- | :--- | :--- | :--- |
/// | error | dangling-link | en/synopsis/exo+32:10:141 | related link … |
/// ```
///
/// GitHub shows only ten annotations of each kind per step and drops the rest, so the summary
/// lists the findings too: first a count per rule, then a row per finding while the summary
/// stays under `summaryLimit` (GitHub drops a step summary over 1 MiB whole, which a first run
/// on a whole site reaches at about 5,500 findings), then `… N more, see check.json`. It is
/// always written (not only past ten) so that the output has one shape and a job summary never
/// depends on a count. Notes become `::notice`, the nearest GitHub level.
public struct GitHubCheckFormatter: CheckFormatter {
    /// The default `summaryLimit`: 1,000,000 bytes, under GitHub's 1 MiB with a margin.
    public static let stepSummaryLimit = MarkdownBudget.gitHubLimit

    /// The most bytes the summary (everything after the annotations) may take.
    public let summaryLimit: Int

    /// A GitHub formatter whose summary stays under `summaryLimit` bytes (by default just
    /// under GitHub's 1 MiB step-summary limit, past which GitHub drops the whole summary).
    public init(summaryLimit: Int = GitHubCheckFormatter.stepSummaryLimit) {
        self.summaryLimit = summaryLimit
    }

    /// The annotations, a blank line and the Markdown summary, ending with a newline.
    public func format(_ report: CheckReport) -> String {
        var text = report.findings.map { Self.annotation($0) + "\n" }.joined()
        if !text.isEmpty { text += "\n" }
        return text + summary(report)
    }

    /// The step summary: the heading, a count per rule, then the findings while they fit, then
    /// `… N more, see check.json` for the rest.
    func summary(_ report: CheckReport) -> String {
        var summary = MarkdownBudget(limit: summaryLimit, reserve: 512)
        summary.append("### versegraph check: \(report.summaryText)")
        guard !report.findings.isEmpty else { return summary.text }
        summary.append(contentsOf: ["", "| Rule | Severity | Findings |", "| :--- | :--- | ---: |"])
        let byRule = Dictionary(grouping: report.findings, by: \.rule)
        let listed = report.rules.map(\.id)
        for rule in listed.filter({ byRule[$0] != nil }) + Set(byRule.keys).subtracting(listed).sorted() {
            let findings = byRule[rule, default: []]
            let severities = Severity.allCases.filter { severity in findings.contains { $0.severity == severity } }
            summary.append(
                "| \(Self.cell(rule)) | \(severities.map(\.rawValue).joined(separator: ", ")) | \(findings.count) |")
        }
        summary.append(contentsOf: ["", "| Severity | Rule | File:Line | Message |", "| :--- | :--- | :--- | :--- |"])
        let left = summary.appendRows(report.findings) { finding in
            "| \(finding.severity.rawValue) | \(Self.cell(finding.rule)) | \(Self.cell("\(finding.file):\(finding.line)")) "
                + "| \(Self.cell(finding.message)) |"
        }
        if left > 0 { summary.append(contentsOf: ["", "… \(left) more, see check.json"]) }
        return summary.text
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
