import Synchronization
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written whole or not at all: the bytes go to a new temporary file beside the
/// target (created exclusively, never through a link, with an unpredictable name), which is
/// flushed to disk and renamed over the target on `commit()`. A reader never sees half a
/// file; a failed or interrupted run leaves the old file in place, and its temporary file is
/// removed (`TemporaryFiles.removeAll()` on a signal).
package final class AtomicFile {
    private let target: String
    private let temporary: String
    private let descriptor: FileDescriptor
    private let mode: mode_t?
    /// Writing straight into a device or a named pipe, which cannot be replaced.
    private let isDirect: Bool
    private var buffer: [UInt8] = []
    private var done = false

    /// Starts replacing `target` (a regular file or none yet; a link is written through to
    /// its target, whose permissions are kept).
    package init(replacing path: String) throws(FileSystemError) {
        let target = FileSystem.resolvedLink(path)
        let existing = try? FileSystem.status(target)
        let folder = target.lastIndex(of: "/").map { String(target[..<$0]) } ?? "."
        let name = target.split(separator: "/").last.map(String.init) ?? target
        var random = SystemRandomNumberGenerator()
        let suffix = String(random.next() as UInt64, radix: 16)
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(suffix).tmp"
        do {
            descriptor = try FileDescriptor.open(
                FilePath(temporary), .writeOnly, options: [.create, .exclusiveCreate, .noFollow, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch {
            throw FileSystemError("create a temporary file in", path: folder.isEmpty ? "." : folder, errno: Errno(error))
        }
        self.target = target
        self.temporary = temporary
        self.mode = existing.map { _ in FileSystem.permissions(of: target) } ?? nil
        self.isDirect = false
        buffer.reserveCapacity(1 << 20)
        TemporaryFiles.register(temporary)
    }

    /// Writes into the device or named pipe at `path` (`/dev/stdout`, a FIFO): no temporary
    /// file, and `commit()` only flushes.
    package init(writingInto path: String) throws(FileSystemError) {
        do {
            descriptor = try FileDescriptor.open(FilePath(path), .writeOnly, options: [.closeOnExec])
        } catch {
            throw FileSystemError("open", path: path, errno: Errno(error))
        }
        target = path
        temporary = path
        mode = nil
        isDirect = true
        buffer.reserveCapacity(1 << 16)
    }

    deinit { if !done { discard() } }

    /// Appends `bytes`.
    package func write(_ bytes: UnsafeRawBufferPointer) throws(FileSystemError) {
        if buffer.count + bytes.count > buffer.capacity { try flush() }
        if bytes.count >= buffer.capacity {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends `bytes`.
    package func write(_ bytes: [UInt8]) throws(FileSystemError) {
        var problem: FileSystemError?
        bytes.withUnsafeBytes { raw in
            do throws(FileSystemError) { try write(raw) } catch { problem = error }
        }
        if let problem { throw problem }
    }

    /// Appends the UTF-8 of `text`.
    package func write(_ text: String) throws(FileSystemError) {
        var text = text
        var problem: FileSystemError?
        text.withUTF8 { bytes in
            do throws(FileSystemError) { try write(UnsafeRawBufferPointer(bytes)) } catch { problem = error }
        }
        if let problem { throw problem }
    }

    /// Flushes, syncs and renames the file over its target.
    package func commit() throws(FileSystemError) {
        if isDirect {
            defer { discard() }
            try flush()
            return
        }
        do throws(FileSystemError) {
            try flush()
            if let mode, fchmod(descriptor.rawValue, mode) != 0 { throw failure("write", Errno(rawValue: errno)) }
            if fsync(descriptor.rawValue) != 0 { throw failure("write", Errno(rawValue: errno)) }
            do { try descriptor.close() } catch { throw failure("write", Errno(error)) }
            done = true
            if rename(temporary, target) != 0 { throw failure("replace", Errno(rawValue: errno)) }
            TemporaryFiles.unregister(temporary)
        } catch {
            discard()
            throw error
        }
    }

    /// Abandons the file: the target stays as it was.
    package func discard() {
        if !done { try? descriptor.close() }
        done = true
        guard !isDirect else { return }
        unlink(temporary)
        TemporaryFiles.unregister(temporary)
    }

    private func flush() throws(FileSystemError) {
        guard !buffer.isEmpty else { return }
        var problem: FileSystemError?
        buffer.withUnsafeBytes { bytes in
            do throws(FileSystemError) { try writeAll(bytes) } catch { problem = error }
        }
        buffer.removeAll(keepingCapacity: true)
        if let problem { throw problem }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(FileSystemError) {
        do { _ = try descriptor.writeAll(bytes) } catch { throw failure("write", Errno(error)) }
    }

    private func failure(_ operation: String, _ errno: Errno) -> FileSystemError {
        FileSystemError(operation, path: target, errno: errno)
    }
}

/// The temporary files being written, so that an interrupted run removes them.
package enum TemporaryFiles {
    private static let paths = Mutex<Set<String>>([])

    static func register(_ path: String) { _ = paths.withLock { $0.insert(path) } }

    static func unregister(_ path: String) { _ = paths.withLock { $0.remove(path) } }

    /// Removes every temporary file still being written (from a signal handler's queue).
    package static func removeAll() {
        paths.withLock { paths in
            for path in paths { unlink(path) }
            paths.removeAll()
        }
    }
}

extension FileSystem {
    /// The target of `path` when it is a symbolic link (so that writing replaces the
    /// target, not the link), else `path`.
    static func resolvedLink(_ path: String) -> String {
        guard (try? status(path, followLinks: false))?.kind == .symbolicLink, let real = realPath(path) else { return path }
        return real
    }

    /// The permission bits of the file at `path`.
    static func permissions(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }
}

/// An `AtomicFile` as a `TextOutputStream`, for writers that stream their documents. A
/// write cannot throw there: the first failure is kept, later writes are dropped, and
/// `finish()` reports it.
package struct AtomicFileStream: TextOutputStream {
    private let file: AtomicFile
    private(set) var failure: FileSystemError?

    package init(_ file: AtomicFile) { self.file = file }

    package mutating func write(_ string: String) {
        guard failure == nil else { return }
        do { try file.write(string) } catch { failure = error }
    }

    /// Throws the first write failure, if any.
    package func finish() throws(FileSystemError) {
        if let failure { throw failure }
    }
}
