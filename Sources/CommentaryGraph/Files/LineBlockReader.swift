import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a stream in large blocks of whole lines, cut on bytes: no `String`, no copy and no
/// allocation per line. A line ends at `\n`; a `\r` just before it (or at the very end) is not
/// part of the line; the last line may lack its `\n`; bytes are passed on as they are, valid
/// UTF-8 or not. A line longer than a block grows the block, never splits.
///
/// Each block is read into a `LineBlock` the caller owns, so that blocks read before can still
/// be answered (on other threads) while the next is read. A block is returned as soon as a read
/// brings a line break: a program that writes one line at a time gets a block per line.
package final class LineBlockReader {
    /// Reads at most `count` bytes into the pointer; the count read, 0 at the end, or -1 with
    /// `errno` set.
    package typealias ReadFunction = (UnsafeMutableRawPointer, Int) -> Int

    private let read: ReadFunction
    private let name: String
    private let blockSize: Int
    /// The bytes read after the last line break of the last block: the start of the next.
    private var unfinished: UnsafeMutableRawBufferPointer
    private var unfinishedCount = 0
    private var ended = false

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
        self.blockSize = max(blockSize, 1)
        unfinished = .allocate(byteCount: self.blockSize, alignment: 16)
    }

    deinit { unfinished.deallocate() }

    /// A block sized for this reader, to pass to `read(into:)`.
    package func makeBlock() -> LineBlock { LineBlock(capacity: blockSize) }

    /// Reads the next lines into `block`, replacing what it held: whole lines only, but for the
    /// last line of the input. Returns false, the block empty, at the end of the input.
    /// `beforeEachRead` runs before each read of the stream, which may wait for input: a
    /// block can take several reads when they bring no line break.
    ///
    /// - Throws: a `FileSystemError` when a read fails, or what `beforeEachRead` throws.
    package func read(into block: LineBlock, beforeEachRead: () throws -> Void = {}) throws -> Bool {
        block.count = 0
        if ended { return false }
        // A block that a very long line grew is given back its usual size after it.
        let needed = max(blockSize, 2 * unfinishedCount)
        if block.buffer.count > 8 * needed { block.replaceBuffer(capacity: needed) }
        block.reserve(needed)
        block.buffer.baseAddress!.copyMemory(from: unfinished.baseAddress!, byteCount: unfinishedCount)
        var filled = unfinishedCount
        unfinishedCount = 0
        while true {
            if filled == block.buffer.count { block.reserve(2 * filled) }  // a line longer than the block
            let start = block.buffer.baseAddress! + filled
            try beforeEachRead()
            let read = self.read(start, block.buffer.count - filled)
            if read < 0 {
                block.count = 0
                throw FileSystemError("read", path: name, errno: Errno(rawValue: errno))
            }
            if read == 0 {
                ended = true
                block.count = filled
                return filled > 0
            }
            // Only the bytes just read can hold the block's last line break; looked for from
            // the end (memrchr is not in every C library), over one line at most.
            let bytes = start.assumingMemoryBound(to: UInt8.self)
            var lastBreak = read - 1
            while lastBreak >= 0, bytes[lastBreak] != 0x0A { lastBreak -= 1 }
            if lastBreak >= 0 {
                let end = filled + lastBreak + 1
                keepUnfinished(block.buffer.baseAddress! + end, count: filled + read - end)
                block.count = end
                return true
            }
            filled += read
        }
    }

    private func keepUnfinished(_ bytes: UnsafeRawPointer, count: Int) {
        if count > unfinished.count || (unfinished.count > 8 * blockSize && count <= blockSize) {
            unfinished.deallocate()
            unfinished = .allocate(byteCount: max(count, blockSize), alignment: 16)
        }
        unfinished.baseAddress!.copyMemory(from: bytes, byteCount: count)
        unfinishedCount = count
    }
}

/// Lines read by a `LineBlockReader`, in a buffer of their own. Not shared: one thread uses a
/// block at a time, and hands it on (to a worker, back to the reader) as a whole.
package final class LineBlock: @unchecked Sendable {
    fileprivate var buffer: UnsafeMutableRawBufferPointer
    /// How many bytes of `buffer` the lines take.
    fileprivate var count = 0

    fileprivate init(capacity: Int) {
        buffer = .allocate(byteCount: max(capacity, 1), alignment: 16)
    }

    deinit { buffer.deallocate() }

    /// Whether the block holds no line (after the end of the input).
    package var isEmpty: Bool { count == 0 }

    /// Calls `body` with each line, in order. The lines are valid until the block is read into
    /// again.
    package func forEachLine(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        let base = UnsafePointer(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
        var start = 0
        while start < count {
            let found = memchr(base + start, 0x0A, count - start)
            let stop = found.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
            // A `\r` before the line break, or at the very end, is not part of the line.
            let end = stop > start && base[stop - 1] == 0x0D ? stop - 1 : stop
            try body(UnsafeBufferPointer(start: base + start, count: end - start))
            start = stop + 1
        }
    }

    /// A new empty buffer of `capacity` bytes in place of the present one.
    fileprivate func replaceBuffer(capacity: Int) {
        buffer.deallocate()
        buffer = .allocate(byteCount: capacity, alignment: 16)
        count = 0
    }

    /// Makes room for at least `capacity` bytes, keeping those already read.
    fileprivate func reserve(_ capacity: Int) {
        guard capacity > buffer.count else { return }
        let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
        buffer.deallocate()
        buffer = larger
    }
}
