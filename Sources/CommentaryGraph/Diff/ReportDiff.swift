import Foundation

/// What changed between two runs: their findings and their coverage, each compared when both
/// runs have that report (`versegraph diff OLD NEW`).
public struct ReportDiff: Sendable, Hashable {
    /// The findings compared, or nil when the runs have no check reports.
    public var findings: FindingsDiff?
    /// The coverage compared, or nil when the runs have no coverage reports.
    public var coverage: CoverageDiff?

    /// A diff of these parts.
    public init(findings: FindingsDiff?, coverage: CoverageDiff?) {
        self.findings = findings
        self.coverage = coverage
    }

    /// Compares two runs, each a `build` output folder (its `check.json` and `coverage.json`)
    /// or one `check.json` or `coverage.json` file (told apart by their content). Both sides
    /// must have the same reports.
    public static func load(old: String, new: String) throws(ReportFileError) -> ReportDiff {
        let before = try SavedReports(path: old)
        let after = try SavedReports(path: new)
        if (before.check == nil) != (after.check == nil) || (before.coverage == nil) != (after.coverage == nil) {
            throw .mismatch(
                message: "\(old) has \(before.contents) but \(new) has \(after.contents); compare like with like")
        }
        var findings: FindingsDiff?
        if let old = before.check, let new = after.check {
            findings = FindingsDiff(before: old.findings, after: new.findings)
        }
        var coverage: CoverageDiff?
        if let old = before.coverage, let new = after.coverage { coverage = try CoverageDiff(before: old, after: new) }
        return ReportDiff(findings: findings, coverage: coverage)
    }

    /// True when the diff fails the run under `policy`.
    public func fails(on policy: DiffFailurePolicy) -> Bool {
        let newErrors = !(findings?.newErrors.isEmpty ?? true)
        let dropped = coverage?.dropped ?? false
        switch policy {
        case .newErrors: return newErrors
        case .coverageDrop: return dropped
        case .any: return newErrors || dropped
        }
    }
}

/// What makes `versegraph diff` exit with status 1 (`--fail-on`).
public enum DiffFailurePolicy: String, CaseIterable, Sendable, Hashable {
    /// New findings of error severity.
    case newErrors = "new-errors"
    /// Total coverage fell.
    case coverageDrop = "coverage-drop"
    /// Either of them (the default).
    case any
}

/// The reports of one run, read from a build folder or a single report file.
struct SavedReports {
    var check: CheckReport?
    var coverage: CoverageSnapshot?

    /// Reads a folder's `check.json` and `coverage.json` (either may be absent, not both), or
    /// one report file.
    init(path: String) throws(ReportFileError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .unreadable(file: path, message: "no such file or folder")
        }
        guard isFolder.boolValue else {
            let json = try Self.text(of: path)
            let root = try ReportJSON.root(json: json, source: path, expected: "check or coverage")
            if root["findings"] != nil {
                check = try CheckReport(json: json, source: path)
            } else if root["books"] != nil {
                coverage = try CoverageSnapshot(json: json, source: path)
            } else {
                throw .notAReport(file: path, expected: "check or coverage")
            }
            return
        }
        let folder = URL(fileURLWithPath: path)
        let checkPath = folder.appendingPathComponent("check.json").path
        let coveragePath = folder.appendingPathComponent("coverage.json").path
        if FileManager.default.fileExists(atPath: checkPath) {
            check = try CheckReport(json: try Self.text(of: checkPath), source: checkPath)
        }
        if FileManager.default.fileExists(atPath: coveragePath) {
            coverage = try CoverageSnapshot(json: try Self.text(of: coveragePath), source: coveragePath)
        }
        if check == nil, coverage == nil { throw .noReports(folder: path) }
    }

    /// What the run has, for messages: `a check and a coverage report`, `only a check report`.
    var contents: String {
        switch (check != nil, coverage != nil) {
        case (true, true): "a check and a coverage report"
        case (true, false): "only a check report"
        default: "only a coverage report"
        }
    }

    private static func text(of path: String) throws(ReportFileError) -> String {
        do {
            return try FileSystem.readText(path)
        } catch {
            throw .unreadable(file: path, message: error.reason)
        }
    }
}
