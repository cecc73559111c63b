/// Why a saved report (`check.json`, `coverage.json`) or a `build` folder could not be read.
/// The description names the file and what is wrong.
public enum ReportFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, message: String)
    /// The file is not JSON.
    case invalidJSON(file: String, message: String)
    /// The file is JSON, but not the report it should be (`expected`: "check", "coverage", ...).
    case notAReport(file: String, expected: String)
    /// An entry (a finding, a book; 0-based `index`) lacks a field or has a wrong value.
    case invalidEntry(file: String, what: String, index: Int, message: String)
    /// A folder has neither `check.json` nor `coverage.json`.
    case noReports(folder: String)
    /// The two sides cannot be compared (`message` says why).
    case mismatch(message: String)

    /// The reason as a sentence.
    public var description: String {
        switch self {
        case .unreadable(let file, let message): "\(file): cannot read: \(message)"
        case .invalidJSON(let file, let message): "\(file): not valid JSON: \(message)"
        case .notAReport(let file, let expected):
            "\(file): not a versegraph \(expected) report (as --format json writes them)"
        case .invalidEntry(let file, let what, let index, let message): "\(file): \(what) \(index + 1): \(message)"
        case .noReports(let folder):
            "\(folder): has neither check.json nor coverage.json (is it a versegraph build folder?)"
        case .mismatch(let message): message
        }
    }
}
