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
            if let problem = StandardStreams.out(text) { throw failure("standard output", problem) }
            return
        }
        try writeFile(text, to: URL(fileURLWithPath: path))
    }

    /// Writes `text` to `url`, creating its folder: atomically when `url` is (or will be) a
    /// regular file, keeping that file's permissions; through a symbolic link to its target;
    /// and straight into a device or a named pipe, which cannot be replaced.
    static func writeFile(_ text: String, to url: URL) throws {
        var path = url.path
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let target = realpath(path, nil) {
            path = String(cString: target)
            free(target)
        }
        let exists = stat(path, &info) == 0
        if exists, (info.st_mode & S_IFMT) != S_IFREG {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { throw failure(path, String(cString: strerror(errno))) }
            let problem = write(text, to: descriptor)
            close(descriptor)
            if let problem { throw failure(path, problem) }
            return
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw failure(folder.path, "not a folder, and it cannot be created")
        }
        let temporary = folder.appendingPathComponent(".\(URL(fileURLWithPath: path).lastPathComponent).\(getpid()).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, exists ? info.st_mode & 0o7777 : 0o644)
        guard descriptor >= 0 else { throw failure(path, String(cString: strerror(errno))) }
        var problem = write(text, to: descriptor)
        // The mode given to open() is filtered by the umask; a replaced file keeps its own.
        if problem == nil, exists, fchmod(descriptor, info.st_mode & 0o7777) != 0 { problem = String(cString: strerror(errno)) }
        if problem == nil, fsync(descriptor) != 0 { problem = String(cString: strerror(errno)) }
        if close(descriptor) != 0, problem == nil { problem = String(cString: strerror(errno)) }
        if problem == nil, rename(temporary, path) != 0 { problem = String(cString: strerror(errno)) }
        if let problem {
            unlink(temporary)
            throw failure(path, problem)
        }
    }

    /// Writes all of `text` to `descriptor`; the reason when it cannot.
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        var text = text
        return text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { return String(cString: strerror(errno)) }
                offset += written
            }
            return nil
        }
    }

    /// Says what could not be written and why; the error exits with status 70.
    private static func failure(_ path: String, _ reason: String) -> ExitCode {
        StandardStreams.err("versegraph: error: cannot write \(path): \(reason)\n")
        return ExitCodes.cannotWrite
    }
}
