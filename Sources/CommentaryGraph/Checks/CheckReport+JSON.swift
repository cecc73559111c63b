import Foundation

extension CheckReport {
    /// Reads a `check --format json` report (`check.json`); `source` names it in errors.
    ///
    /// Each finding needs `rule`, `severity`, `file`, `line` and `message`; `source` and
    /// `target` may be absent (or `null`); `summary.pages` gives `pagesChecked` (0 without it).
    /// The report lists no rules: `rules` is empty.
    public init(json: String, source: String) throws(ReportFileError) {
        let root = try ReportJSON.root(json: json, source: source)
        let findings = try ReportJSON.findings(in: root, source: source, complete: true)
        let pages = (root["summary"] as? [String: Any])?["pages"] as? Int
        self.init(findings: findings, rules: [], pagesChecked: pages ?? 0)
    }
}

/// The one reader of `check.json` findings, for `diff` (every field) and `--baseline` (which
/// accepts a hand-edited report without severities or lines).
enum ReportJSON {
    /// The top-level object of a JSON file, or why it is not one.
    static func root(
        json: String, source: String, expected: String = "check"
    ) throws(ReportFileError) -> [String: Any] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            let nsError = error as NSError
            let reason = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
            throw .invalidJSON(file: source, message: reason)
        }
        guard let object = root as? [String: Any] else { throw .notAReport(file: source, expected: expected) }
        return object
    }

    /// The findings of a report. With `complete`, `severity` and `line` are required; without,
    /// they are not read (every finding is an `error` on line 0), as `baselineKey` ignores them.
    static func findings(
        in root: [String: Any], source: String, complete: Bool
    ) throws(ReportFileError) -> [Finding] {
        guard let items = root["findings"] as? [Any] else {
            throw .notAReport(file: source, expected: "check")
        }
        var findings: [Finding] = []
        findings.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            func problem(_ message: String) -> ReportFileError {
                .invalidEntry(file: source, what: "finding", index: index, message: message)
            }
            guard let object = item as? [String: Any] else { throw problem("not an object") }
            func text(_ key: String, optional: Bool = false) throws(ReportFileError) -> String? {
                let value = object[key]
                if let string = value as? String { return string }
                if optional, value == nil || value is NSNull { return nil }
                throw problem(value == nil ? "no \"\(key)\"" : "\"\(key)\" is not a string")
            }
            var severity = Severity.error
            var line = 0
            if complete {
                guard let known = Severity(rawValue: try text("severity") ?? "") else {
                    throw problem("\"severity\" is not error, warning or note")
                }
                guard let number = object["line"] as? Int else { throw problem("no \"line\" number") }
                (severity, line) = (known, number)
            }
            findings.append(
                Finding(
                    rule: try text("rule") ?? "", severity: severity, file: try text("file") ?? "", line: line,
                    source: try text("source", optional: true), target: try text("target", optional: true),
                    message: try text("message") ?? ""))
        }
        return findings
    }
}
