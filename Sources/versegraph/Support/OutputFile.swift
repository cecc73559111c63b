import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes command output: to a file atomically, or to standard output. The one place the CLI
/// writes files.
///
/// A file is written to a temporary file in the same folder, flushed to disk, then renamed
/// over the target, so no reader ever sees half a file and a failed run leaves the old file
/// in place. A failure names the file and the reason and exits with status 70, never 1
/// (which means "findings fail the run").
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
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw failure(url.deletingLastPathComponent().path, "not a folder, and it cannot be created")
        }
        let path = url.path
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(path, String(cString: strerror(errno))) }
        var problem: String?
        var bytes = text
        bytes.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count, problem == nil {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { problem = String(cString: strerror(errno)) } else { offset += written }
            }
        }
        if problem == nil, fsync(descriptor) != 0 { problem = String(cString: strerror(errno)) }
        if close(descriptor) != 0, problem == nil { problem = String(cString: strerror(errno)) }
        if problem == nil, rename(temporary, path) != 0 { problem = String(cString: strerror(errno)) }
        if let problem {
            unlink(temporary)
            throw failure(path, problem)
        }
    }

    /// Says what could not be written and why; the error exits with status 70.
    private static func failure(_ path: String, _ reason: String) -> ExitCode {
        StandardStreams.err("versegraph: error: cannot write \(path): \(reason)\n")
        return ExitCodes.cannotWrite
    }
}
