import Foundation

/// Writes command output: to a file atomically (a temporary file in the same folder, then a
/// rename, so no reader ever sees half a file), or to standard output.
enum OutputFile {
    /// Writes `text` to `path`, or to standard output when `path` is nil or `-`.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            StandardStreams.out(text)
            return
        }
        try writeFile(text, to: URL(fileURLWithPath: path))
    }

    /// Writes `text` to `url` atomically, creating its folder.
    static func writeFile(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
