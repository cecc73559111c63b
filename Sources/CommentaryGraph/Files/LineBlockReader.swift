import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a stream in large blocks and cuts it into lines on bytes: no `String`, no copy and no
/// allocation per line. A line ends at `\n`; a `\r` just before it (or at the very end) is not
/// part of the line; the last line may lack its `\n`; bytes are passed on as they are, valid
/// UTF-8 or not. A line longer than a block grows the buffer, never splits.
package final class LineBlockReader {
    /// Reads at most `count` bytes into the pointer; the count read, 0 at the end, or -1 with
    /// `errno` set.
    package typealias ReadFunction = (UnsafeMutableRawPointer, Int) -> Int

    private let read: ReadFunction
    private let name: String
    private var buffer: UnsafeMutableRawBufferPointer
    private var lines: [UnsafeBufferPointer<UInt8>] = []

    /// A reader of `descriptor` (named `name` in errors: "standard input").
    package convenience init(descriptor: Int32, name: String, blockSize: Int = 1 << 20) {
        self.init(name: name, blockSize: blockSize) { pointer, count in
            while true {
                #if canImport(Glibc)
                let read = Glibc.read(descriptor, pointer, count)
                #else
                let read = Darwin.read(descriptor, pointer, count)
                #endif
                if read < 0, errno == EINTR { continue }
                return read
            }
        }
    }

    /// A reader that takes its bytes from `read`, at most `blockSize` bytes a call while no
    /// line is longer.
    package init(name: String, blockSize: Int, read: @escaping ReadFunction) {
        self.read = read
        self.name = name
        buffer = .allocate(byteCount: max(blockSize, 1), alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// Calls `body` with the complete lines of each block read, in order, until the end of the
    /// input. The lines point into the reader's buffer and are valid only during the call.
    ///
    /// - Throws: what `body` throws (reading stops), or a `FileSystemError` when a read fails.
    package func forEachBlock(_ body: ([UnsafeBufferPointer<UInt8>]) throws -> Void) throws {
        var kept = 0  // bytes of an unfinished line at the start of the buffer
        while true {
            if kept == buffer.count { grow() }  // a line longer than the buffer
            let read = self.read(buffer.baseAddress! + kept, buffer.count - kept)
            if read < 0 { throw FileSystemError("read", path: name, errno: Errno(rawValue: errno)) }
            let end = kept + read
            let bytes = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: end)
            let consumed = cut(bytes, atEnd: read == 0)
            if !lines.isEmpty { try body(lines) }
            if read == 0 { return }
            kept = end - consumed
            if consumed > 0, kept > 0 { memmove(buffer.baseAddress!, buffer.baseAddress! + consumed, kept) }
        }
    }

    /// Fills `lines` with the complete lines of `bytes` (and the unfinished last one at the
    /// end of the input); returns how many bytes they take.
    private func cut(_ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Int {
        // Filled as a local and put back: each append to the stored property would be a
        // checked access to the object.
        var lines = self.lines
        self.lines = []
        defer { self.lines = lines }
        lines.removeAll(keepingCapacity: true)
        guard let base = bytes.baseAddress else { return 0 }
        var start = 0
        while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
            let stop = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            lines.append(Self.line(bytes, start, stop))
            start = stop + 1
        }
        if atEnd, start < bytes.count {
            lines.append(Self.line(bytes, start, bytes.count))
            start = bytes.count
        }
        return start
    }

    private func grow() {
        let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 16)
        larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
        buffer.deallocate()
        buffer = larger
    }

    private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        let stop = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
        return UnsafeBufferPointer(rebasing: bytes[start..<stop])
    }
}
