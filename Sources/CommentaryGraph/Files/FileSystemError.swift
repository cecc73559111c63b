import SystemPackage

/// Why a file or folder could not be read or written: what was tried, on which path, and the
/// system's reason.
public struct FileSystemError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being done: "open", "read", "list", "write", "rename", ...
    public var operation: String
    /// The path as the user can reach it.
    public var path: String
    /// The system's error number.
    public var errno: Errno

    /// An error of `operation` on `path`.
    public init(_ operation: String, path: String, errno: Errno) {
        self.operation = operation
        self.path = path
        self.errno = errno
    }

    /// The system's reason alone: "Permission denied".
    public var reason: String { errno.description }

    public var description: String { "cannot \(operation) \(path): \(reason)" }
}
