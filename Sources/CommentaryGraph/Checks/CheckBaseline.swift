import Foundation

/// The findings of an earlier run, read from its `--format json` report, so that a run can
/// leave them out (`versegraph check --baseline FILE`) and fail only on new ones.
///
/// A finding is known when a baseline finding has the same `Finding.baselineKey`: rule, file
/// (as written in the report), source, target and message, but not line or column, which
/// move when a page is edited above the link. `file` is compared as text, so the baseline
/// must come from a run given the same inputs in the same way (both `Inputs`, not one
/// `Inputs` and one `./Inputs`).
public struct CheckBaseline: Sendable, Hashable {
    /// The keys of the known findings.
    public var keys: Set<String>

    /// A baseline of the findings of `report`.
    public init(report: CheckReport) {
        keys = Set(report.findings.map(\.baselineKey))
    }

    /// Reads the json report at `path`.
    public static func load(from path: String) throws(CheckBaselineError) -> CheckBaseline {
        let text: String
        do {
            text = try FileSystem.readText(path)
        } catch {
            throw .unreadable(file: path, message: error.reason)
        }
        return try CheckBaseline(json: text, source: path)
    }

    /// Parses the text of a json report; `source` names it in errors.
    ///
    /// Each finding needs `rule`, `file` and `message` strings; `source` and `target` may be
    /// absent (or `null`); other keys, `summary` included, are not looked at, so a report
    /// edited by hand to drop fixed findings still reads.
    public init(json: String, source: String) throws(CheckBaselineError) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            throw .invalidJSON(file: source, message: Self.reason(error))
        }
        guard let object = root as? [String: Any], let findings = object["findings"] as? [Any] else {
            throw .notAReport(file: source)
        }
        var keys = Set<String>()
        for (index, item) in findings.enumerated() {
            guard let finding = item as? [String: Any] else {
                throw .invalidFinding(file: source, index: index, message: "not an object")
            }
            func text(_ key: String, optional: Bool = false) throws(CheckBaselineError) -> String? {
                try Self.field(key, of: finding, optional: optional, index: index, file: source)
            }
            let known = Finding(
                rule: try text("rule") ?? "", severity: .error, file: try text("file") ?? "", line: 0,
                source: try text("source", optional: true), target: try text("target", optional: true),
                message: try text("message") ?? "")
            keys.insert(known.baselineKey)
        }
        self.keys = keys
    }

    /// `report` without the findings the baseline knows; the rules and page count stay.
    public func removingKnown(from report: CheckReport) -> CheckReport {
        CheckReport(
            findings: report.findings.filter { !keys.contains($0.baselineKey) }, rules: report.rules,
            pagesChecked: report.pagesChecked)
    }

    /// The string at `key` of a baseline finding; nil when it is optional and absent or null.
    private static func field(
        _ key: String, of finding: [String: Any], optional: Bool, index: Int, file: String
    ) throws(CheckBaselineError) -> String? {
        let value = finding[key]
        if let string = value as? String { return string }
        if optional, value == nil || value is NSNull { return nil }
        let problem = value == nil ? "no \"\(key)\"" : "\"\(key)\" is not a string"
        throw .invalidFinding(file: file, index: index, message: problem)
    }

    /// Foundation's message for a parse error, without its `NSCocoaErrorDomain` wrapping.
    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}

/// Why a baseline file could not be used. The description names the file and what is wrong.
public enum CheckBaselineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, message: String)
    /// The file is not JSON.
    case invalidJSON(file: String, message: String)
    /// The file is JSON, but not an object with a `findings` array.
    case notAReport(file: String)
    /// A finding (0-based `index` in `findings`) lacks a field or has one of the wrong type.
    case invalidFinding(file: String, index: Int, message: String)

    /// The reason as a sentence.
    public var description: String {
        switch self {
        case .unreadable(let file, let message): "\(file): cannot read the baseline: \(message)"
        case .invalidJSON(let file, let message): "\(file): the baseline is not valid JSON: \(message)"
        case .notAReport(let file):
            "\(file): the baseline is not a versegraph check report (no \"findings\" array); "
                + "write one with versegraph check --format json"
        case .invalidFinding(let file, let index, let message):
            "\(file): baseline finding \(index + 1): \(message)"
        }
    }
}
