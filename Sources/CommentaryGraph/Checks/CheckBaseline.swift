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
        do {
            let root = try ReportJSON.root(json: json, source: source)
            let findings = try ReportJSON.findings(in: root, source: source, complete: false)
            keys = Set(findings.map(\.baselineKey))
        } catch {
            switch error {
            case .invalidJSON(let file, let message): throw .invalidJSON(file: file, message: message)
            case .invalidEntry(let file, _, let index, let message):
                throw .invalidFinding(file: file, index: index, message: message)
            default: throw .notAReport(file: source)
            }
        }
    }

    /// `report` without the findings the baseline knows; the rules, page count and file
    /// account stay.
    public func removingKnown(from report: CheckReport) -> CheckReport {
        var kept = report
        kept.findings = report.findings.filter { !keys.contains($0.baselineKey) }
        return kept
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
