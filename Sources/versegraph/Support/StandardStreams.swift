#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and standard error: the one place the CLI prints.
enum StandardStreams {
    /// Writes `text` to standard output; the reason when it could not (a full disk). A reader
    /// that went away (`versegraph check | head`) is no error.
    @discardableResult
    static func out(_ text: String) -> String? { write(text, to: STDOUT_FILENO) }

    /// Writes `text` to standard error.
    static func err(_ text: String) { write(text, to: STDERR_FILENO) }

    /// Writes UTF-8 `bytes` to standard output, as `out(_:)` does.
    @discardableResult
    static func out(bytes: UnsafeBufferPointer<UInt8>) -> String? { write(bytes, to: STDOUT_FILENO) }

    /// Writes UTF-8 `bytes` to standard error.
    static func err(bytes: UnsafeBufferPointer<UInt8>) { _ = write(bytes, to: STDERR_FILENO) }

    @discardableResult
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        var text = text
        return text.withUTF8 { write($0, to: descriptor) }
    }

    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let written = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if written < 0, errno == EINTR { continue }
            if written < 0 { return errno == EPIPE ? nil : String(cString: strerror(errno)) }
            offset += written
        }
        return nil
    }

    /// True when standard output is a terminal, for colors.
    static var outIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    /// True when standard output is a regular file, where writes may be buffered.
    static var outIsRegularFile: Bool {
        var info = stat()
        return fstat(STDOUT_FILENO, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// True when standard error is a terminal, for progress.
    static var errIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
