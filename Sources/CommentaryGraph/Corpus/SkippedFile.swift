/// A file that could not be read as a page.
public struct SkippedFile: Hashable, Sendable {
    /// The file as the user can reach it.
    public var file: String
    /// Why it was skipped.
    public var reason: SkipReason

    /// A skipped file and its reason.
    public init(file: String, reason: SkipReason) {
        self.file = file
        self.reason = reason
    }
}

extension SkippedFile: Error {}

/// Why a file was skipped.
public enum SkipReason: Hashable, Sendable, CustomStringConvertible {
    /// The file or folder could not be read (permissions, an I/O error): the system's reason.
    case unreadable(String)
    /// A folder, pipe or device where a file was expected.
    case notRegularFile
    /// The file's name is not UTF-8, so it cannot be named in reports.
    case nameNotUTF8
    /// A symbolic link whose target does not exist.
    case brokenLink
    /// A symbolic link whose target lies outside the inputs (read with `--follow-symlinks`).
    case linkOutsideInputs(target: String)
    /// The file is larger than the page size limit; it was not read.
    case tooLarge(size: Int64, limit: Int)
    /// The file was read but is not a page.
    case page(PageReadError)

    /// A short name for counting reasons in a summary: "empty", "not HTML", ...
    public var category: String {
        switch self {
        case .unreadable: "unreadable"
        case .notRegularFile: "not a file"
        case .nameNotUTF8: "name not UTF-8"
        case .brokenLink: "broken link"
        case .linkOutsideInputs: "outside the inputs"
        case .tooLarge: "too large"
        case .page(.empty): "empty"
        case .page(.notHTML): "not HTML"
        case .page(.tooComplex): "too complex"
        case .page(.parserFailed): "parser failed"
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let message): "cannot read the file: \(message)"
        case .notRegularFile: "cannot read the file: not a regular file"
        case .nameNotUTF8: "the file name is not UTF-8; rename the file"
        case .brokenLink: "a symbolic link whose target does not exist"
        case .linkOutsideInputs(let target):
            "a symbolic link to \(target), outside the inputs; not followed (--follow-symlinks follows it)"
        case .tooLarge(let size, let limit):
            "the file is \(size) bytes, over the page size limit of \(limit) bytes (--max-page-size); not read"
        case .page(let error): error.description
        }
    }
}
