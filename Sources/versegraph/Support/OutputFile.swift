import ArgumentParser
import CommentaryGraph
import Foundation

/// Writes command output: to a file atomically (`AtomicFile`), or to standard output. The one
/// place the CLI writes files. A failure names the file and the reason and exits with status
/// 70, never 1 (which means "findings fail the run").
enum OutputFile {
    /// Writes `text` to `path`, or to standard output when `path` is nil or `-`.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            if let problem = StandardStreams.out(text) { throw failure("standard output", problem) }
            return
        }
        try writeFile(text, to: URL(fileURLWithPath: path))
    }

    /// Writes `text` to `url`, creating its folder.
    static func writeFile(_ text: String, to url: URL) throws {
        try writeFile(at: url.path) { file throws(FileSystemError) in try file.write(text) }
    }

    /// Writes what `body` streams to `path`, creating its folder: a large document goes to
    /// disk as it is made, never as one string.
    static func writeStream(to path: String, _ body: (inout AtomicFileStream) -> Void) throws {
        try writeFile(at: path) { file throws(FileSystemError) in
            var stream = AtomicFileStream(file)
            body(&stream)
            try stream.finish()
        }
    }

    /// Creates the folder `path` (and its parents) unless it exists; names the problem once
    /// when it cannot be: "not a folder", or the system's reason (a read-only file system).
    static func prepareFolder(_ path: String) throws {
        if let status = try? FileSystem.status(path) {
            guard status.kind == .folder else { throw failure(path, "not a folder") }
            return
        }
        do { try FileSystem.makeFolders(path) } catch { throw failure(path, error.reason) }
    }

    /// Writes a file through `body`: atomically when `path` is (or will be) a regular file;
    /// straight into a device or a named pipe, which cannot be replaced.
    static func writeFile(at path: String, _ body: (AtomicFile) throws(FileSystemError) -> Void) throws {
        let kind = (try? FileSystem.status(path))?.kind
        let special = kind != nil && kind != .regular
        if kind == .folder { throw failure(path, "it is a folder") }
        if !special { try prepareFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        do {
            let file = special ? try AtomicFile(writingInto: path) : try AtomicFile(replacing: path)
            try body(file)
            try file.commit()
        } catch {
            throw failure(error.path, error.reason)
        }
    }

    /// Says what could not be written and why; the error exits with status 70.
    static func failure(_ path: String, _ reason: String) -> ExitCode {
        StandardStreams.err("versegraph: error: cannot write \(path): \(reason)\n")
        return ExitCodes.cannotWrite
    }
}
