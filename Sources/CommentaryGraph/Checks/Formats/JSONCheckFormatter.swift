/// The findings and their counts as one JSON document, which `--baseline` reads back
/// (`CheckBaseline`):
///
/// ```json
/// {
///   "findings": [
///     {"file": "…", "line": 141, "message": "…", "rule": "dangling-link", "severity": "error",
///      "source": "Exod.32.10", "target": "/en/commentary/num+14:11"}
///   ],
///   "summary": {"errors": 1, "notes": 0, "pages": 47, "warnings": 0,
///               "files": {"found": 49, "read": 47, "skipped": 1, "ignored": 1,
///                         "skippedByReason": {"not HTML": 1}}},
///   "skipped": [{"file": "…/random.html", "reason": "this is not an HTML page: …"}],
///   "ignored": [{"file": "…/drafts/a.html", "reason": "matches ignore.files"}]
/// }
/// ```
///
/// `files`, `skipped` and `ignored` are there when the report knows the files (always, for
/// `check` and `build`): every file found is read, skipped or ignored. Pages that came from
/// the cache are not told apart, so the report is the same whatever the cache held.
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
        var summary: [String: JSONText] = [
            "errors": .int(report.count(.error)), "warnings": .int(report.count(.warning)),
            "notes": .int(report.count(.note)), "pages": .int(report.pagesChecked),
        ]
        var document: [String: JSONText] = ["findings": .array(report.findings.map(Self.object))]
        if let files = report.files {
            summary["files"] = .object([
                "found": .int(files.found), "read": .int(files.pages), "skipped": .int(files.skipped.count),
                "ignored": .int(files.ignored.count),
                "skippedByReason": .object(
                    Dictionary(uniqueKeysWithValues: files.skippedByReason.map { ($0.reason, .int($0.count)) })),
            ])
            document["skipped"] = .array(
                files.skipped.map { .object(["file": .string($0.file), "reason": .string($0.reason.description)]) })
            document["ignored"] = .array(
                files.ignored.map { .object(["file": .string($0.file), "reason": .string($0.reason.rawValue)]) })
        }
        document["summary"] = .object(summary)
        return JSONText.object(document).document
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
