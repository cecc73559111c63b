/// The findings and their counts as one JSON document, which `--baseline` reads back
/// (`CheckBaseline`):
///
/// ```json
/// {
///   "findings": [
///     {"file": "…", "line": 141, "message": "…", "rule": "dangling-link", "severity": "error",
///      "source": "Exod.32.10", "target": "/en/commentary/num+14:11"}
///   ],
///   "summary": {"errors": 1, "notes": 0, "pages": 47, "warnings": 0}
/// }
/// ```
///
/// Findings keep the report's order; keys are sorted. `source` is absent when the page has no
/// passage and `target` when the rule is about a whole page: absent rather than `null`, so
/// that every value present is a string. The column (always 1) and the link URL that
/// `ignore.urls` matches are left out: neither tells a reader anything the rest does not.
public struct JSONCheckFormatter: CheckFormatter {
    /// A JSON formatter.
    public init() {}

    /// The pretty-printed document, ending with a newline.
    public func format(_ report: CheckReport) -> String {
        JSONText.object([
            "findings": .array(report.findings.map(Self.object)),
            "summary": .object([
                "errors": .int(report.count(.error)), "warnings": .int(report.count(.warning)),
                "notes": .int(report.count(.note)), "pages": .int(report.pagesChecked),
            ]),
        ]).document
    }

    /// A finding as a `findings` entry (also what `diff --format json` writes).
    static func object(_ finding: Finding) -> JSONText {
        var members: [String: JSONText] = [
            "rule": .string(finding.rule), "severity": .string(finding.severity.rawValue),
            "file": .string(finding.file), "line": .int(finding.line), "message": .string(finding.message),
        ]
        if let source = finding.source { members["source"] = .string(source) }
        if let target = finding.target { members["target"] = .string(target) }
        return .object(members)
    }
}
