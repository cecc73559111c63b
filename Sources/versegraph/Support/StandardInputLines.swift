#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input read in large blocks and cut into lines, without a `String` per line.
enum StandardInputLines {
    /// Calls `body` with the complete lines (UTF-8, without `\n` or `\r\n`) of each block
    /// read, until the end of input; a last line without a line break comes last.
    static func forEachBlock(_ body: ([UnsafeBufferPointer<UInt8>]) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var kept = 0  // bytes of an unfinished line at the start of the buffer
        var lines: [UnsafeBufferPointer<UInt8>] = []
        while true {
            if kept == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }  // a very long line
            let read = buffer.withUnsafeMutableBytes { raw in
                readRetrying(raw.baseAddress! + kept, raw.count - kept)
            }
            let end = kept + max(read, 0)
            let consumed = buffer.withUnsafeBufferPointer { bytes -> Int in
                lines.removeAll(keepingCapacity: true)
                var start = 0
                var i = 0
                while i < end {
                    if bytes[i] == 0x0A {
                        lines.append(line(bytes, start, i))
                        start = i + 1
                    }
                    i += 1
                }
                if read <= 0, start < end {
                    lines.append(line(bytes, start, end))
                    start = end
                }
                if !lines.isEmpty { body(lines) }
                return start
            }
            if read <= 0 { return }
            kept = end - consumed
            if consumed > 0, kept > 0 {
                buffer.withUnsafeMutableBufferPointer { bytes in
                    bytes.baseAddress!.update(from: bytes.baseAddress! + consumed, count: kept)
                }
            }
        }
    }

    private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        let stop = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
        return UnsafeBufferPointer(rebasing: bytes[start..<stop])
    }

    private static func readRetrying(_ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        while true {
            #if canImport(Glibc)
            let read = Glibc.read(STDIN_FILENO, pointer, count)
            #else
            let read = Darwin.read(STDIN_FILENO, pointer, count)
            #endif
            if read < 0, errno == EINTR { continue }
            return read
        }
    }
}
