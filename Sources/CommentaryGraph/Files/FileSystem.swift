import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every POSIX file call of versegraph, in one place: reads, status, folder listings, real
/// paths. Errors are typed (`FileSystemError`, naming the path and the system's reason) and
/// interrupted calls are retried, as swift-system does; the rest of the package never calls
/// libc for files.
package enum FileSystem {
    /// What `status` tells of a file.
    package struct Status: Hashable, Sendable {
        /// What the file is.
        package var kind: FileKind
        /// Its size in bytes.
        package var size: Int64
        /// Its modification time in nanoseconds since 1970.
        package var modified: Int64
        /// Its inode number and device: together they name the file on this machine.
        package var inode: UInt64
        package var device: UInt64
    }

    /// The kinds of file versegraph tells apart.
    package enum FileKind: Hashable, Sendable {
        case regular, folder, symbolicLink, other
    }

    /// The status of `path`; with `followLinks` false, of a symbolic link itself.
    package static func status(_ path: String, followLinks: Bool = true) throws(FileSystemError) -> Status {
        do {
            return Status(try Stat(FilePath(path), followTargetSymlink: followLinks))
        } catch {
            throw FileSystemError("read", path: path, errno: error)
        }
    }

    /// The whole content of the regular file at `path`, read with one open: `limit` bytes at
    /// most (a larger file is not read at all). A named pipe is never waited on.
    package static func readFile(_ path: String, limit: Int = .max) throws(FileReadError) -> [UInt8] {
        let descriptor: FileDescriptor
        do {
            // Non-blocking, so that a pipe given as input fails the regular-file test below
            // instead of blocking the run waiting for a writer.
            descriptor = try FileDescriptor.open(FilePath(path), .readOnly, options: [.nonBlocking, .closeOnExec])
        } catch {
            throw .system(FileSystemError("open", path: path, errno: Errno(error)))
        }
        defer { try? descriptor.close() }
        let info: Stat
        do { info = try descriptor.stat() } catch { throw .system(FileSystemError("read", path: path, errno: error)) }
        guard info.type == .regular else { throw .notRegularFile }
        guard info.size <= Int64(limit) else { throw .tooLarge(size: info.size, limit: limit) }
        // Read straight into the array's storage: no zero fill of a buffer about to be
        // overwritten (a whole site is a gigabyte).
        var problem: FileSystemError?
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(info.size)) { buffer, count in
            count = 0
            while count < buffer.count {
                let read: Int
                do {
                    let rest = UnsafeMutableBufferPointer(rebasing: buffer[count...])
                    read = try descriptor.read(into: UnsafeMutableRawBufferPointer(rest))
                } catch {
                    problem = FileSystemError("read", path: path, errno: Errno(error))
                    return
                }
                if read == 0 { return }  // the file shrank while being read
                count += read
            }
        }
        if let problem { throw .system(problem) }
        return bytes
    }

    /// One entry of a folder: its name as bytes (file names need not be UTF-8) and its kind
    /// when the folder listing tells it without a `stat` (nil otherwise).
    package struct FolderEntry: Sendable {
        package var name: [UInt8]
        package var kind: FileKind?
    }

    /// The entries of the folder at `path`, without `.` and `..`, in the order the system
    /// lists them.
    package static func entries(ofFolder path: String) throws(FileSystemError) -> [FolderEntry] {
        guard let folder = opendir(path) else {
            throw FileSystemError("list", path: path, errno: Errno(rawValue: errno))
        }
        defer { closedir(folder) }
        var entries: [FolderEntry] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw FileSystemError("list", path: path, errno: Errno(rawValue: errno)) }
                return entries
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            let kind: FileKind? =
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_REG): .regular
                case Int32(DT_DIR): .folder
                case Int32(DT_LNK): .symbolicLink
                case Int32(DT_UNKNOWN): nil
                default: .other
                }
            entries.append(FolderEntry(name: name, kind: kind))
        }
    }

    /// Creates the folder `path` and its parents, as `mkdir -p` does.
    package static func makeFolders(_ path: String) throws(FileSystemError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw FileSystemError("create", path: path, errno: Errno(rawValue: errno))
            }
        }
    }

    /// The absolute path of `path` with every symbolic link resolved; nil when it does not
    /// exist or cannot be resolved.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Why a file's content could not be read.
package enum FileReadError: Error, Hashable, Sendable {
    /// The system refused (permissions, a broken link, an I/O error).
    case system(FileSystemError)
    /// A folder, a pipe, a socket or a device: not a file to read.
    case notRegularFile
    /// Larger than the limit; nothing was read.
    case tooLarge(size: Int64, limit: Int)

    /// The reason alone, for a message that names the file itself.
    package var reason: String {
        switch self {
        case .system(let error): error.reason
        case .notRegularFile: "not a regular file"
        case .tooLarge(let size, let limit): "the file is \(size) bytes, more than \(limit)"
        }
    }
}

extension FileSystem {
    /// The text of a small file (configuration, a previous report), UTF-8 with invalid bytes
    /// repaired.
    package static func readText(_ path: String, limit: Int = 256 * 1024 * 1024) throws(FileReadError) -> String {
        String(decoding: try readFile(path, limit: limit), as: UTF8.self)
    }
}

extension Errno {
    /// The system error behind an untyped `throws` of swift-system (which throws only `Errno`).
    init(_ error: any Error) { self = error as? Errno ?? .ioError }
}

extension FileSystem.Status {
    init(_ info: Stat) {
        kind =
            switch info.type {
            case .regular: .regular
            case .directory: .folder
            case .symbolicLink: .symbolicLink
            default: .other
            }
        size = info.size
        let time = info.st_mtim
        modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
        inode = UInt64(info.inode.rawValue)
        device = UInt64(info.deviceID.rawValue)
    }
}
