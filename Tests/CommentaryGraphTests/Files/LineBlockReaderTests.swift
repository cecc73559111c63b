import Foundation
import SystemPackage
import Testing

@testable import CommentaryGraph

/// The block reader against the plain definition, one line at a time: split at `\n`, drop a
/// `\r` before it and at the very end, keep a last line without `\n`, pass every byte on.
@Suite struct LineBlockReaderTests {
    /// Input that has each case a line reader gets wrong: CRLF, a bare `\r` inside a line,
    /// empty lines, invalid UTF-8, a line longer than the block, no final line break.
    static let tricky: [UInt8] =
        Array("John 3:16\r\n\nRomans 8:28\r\rx\n\r\n".utf8) + [0xFF, 0xC3, 0x28, 0x0A, 0xE2, 0x80]
        + Array((" Psalm 23 " + String(repeating: "Jude 3, ", count: 40) + "\n\n\nlast\r").utf8)

    /// Lines as a line-at-a-time reader finds them.
    static func linesOneAtATime(_ input: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var line: [UInt8] = []
        for byte in input {
            if byte == 0x0A {
                lines.append(line.last == 0x0D ? Array(line.dropLast()) : line)
                line = []
            } else {
                line.append(byte)
            }
        }
        if !line.isEmpty { lines.append(line.last == 0x0D ? Array(line.dropLast()) : line) }
        return lines
    }

    /// Lines and block sizes as the block reader gives them, reading `input` in pieces of at
    /// most `chunk` bytes (a pipe gives less than was asked).
    static func linesInBlocks(_ input: [UInt8], blockSize: Int, chunk: Int) throws -> (lines: [[UInt8]], blocks: Int) {
        var offset = 0
        let reader = LineBlockReader(name: "test input", blockSize: blockSize) { pointer, count in
            let take = min(count, chunk, input.count - offset)
            input.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress! + offset, byteCount: take) }
            offset += take
            return take
        }
        var lines: [[UInt8]] = []
        var blocks = 0
        try reader.forEachBlock { block in
            blocks += 1
            lines += block.map(Array.init)
        }
        return (lines, blocks)
    }

    @Test(arguments: [(1, 1), (7, 3), (16, 16), (64, 5), (1 << 20, 1 << 20)])
    func blocksGiveTheLinesOfALineAtATimeReader(blockSize: Int, chunk: Int) throws {
        let expected = Self.linesOneAtATime(Self.tricky)
        #expect(expected.count == 9)
        #expect(expected[4] == [0xFF, 0xC3, 0x28])
        #expect(expected[5].count > 64, "one line is longer than the blocks")
        #expect(try Self.linesInBlocks(Self.tricky, blockSize: blockSize, chunk: chunk).lines == expected)
    }

    @Test func aLastLineBreakAddsNoEmptyLine() throws {
        #expect(try Self.linesInBlocks(Array("a\nb\n".utf8), blockSize: 4, chunk: 4).lines == [[0x61], [0x62]])
        #expect(try Self.linesInBlocks([], blockSize: 4, chunk: 4).lines.isEmpty)
        #expect(try Self.linesInBlocks([0x0A], blockSize: 4, chunk: 4).lines == [[]])
    }

    @Test func manyLinesComeInFewBlocks() throws {
        let input = Array(String(repeating: "Psalm 23\n", count: 10_000).utf8)
        let read = try Self.linesInBlocks(input, blockSize: 1 << 16, chunk: 1 << 16)
        #expect(read.lines.count == 10_000)
        #expect(read.blocks == 2)
    }

    /// Blocks read into in turn keep their lines while the next are read: what lets `ref`
    /// answer blocks on workers while it reads on.
    @Test(arguments: [(4, 3), (16, 16), (64, 5)])
    func blocksReadBeforeKeepTheirLines(blockSize: Int, chunk: Int) throws {
        var offset = 0
        let input = Self.tricky
        let reader = LineBlockReader(name: "test input", blockSize: blockSize) { pointer, count in
            let take = min(count, chunk, input.count - offset)
            input.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress! + offset, byteCount: take) }
            offset += take
            return take
        }
        var free = (0..<3).map { _ in reader.makeBlock() }
        var pending: [LineBlock] = []  // read, their lines not taken yet, oldest first
        var lines: [[UInt8]] = []
        while true {
            if free.isEmpty {
                let oldest = pending.removeFirst()
                oldest.forEachLine { lines.append(Array($0)) }
                free.append(oldest)
            }
            let block = free.removeFirst()
            guard try reader.read(into: block) else { break }
            #expect(!block.isEmpty)
            pending.append(block)
        }
        for block in pending { block.forEachLine { lines.append(Array($0)) } }
        #expect(lines == Self.linesOneAtATime(input))
    }

    /// A program that writes a line at a time gets a block per line: a read that brings a
    /// line break ends the block at once rather than waiting to fill it.
    @Test func aReadThatBringsALineBreakEndsTheBlock() throws {
        var writes = ["John 3:16\n", "Exodus ", "32:30-35\nPs", "alm 23\n"].map { Array($0.utf8) }
        let reader = LineBlockReader(name: "test input", blockSize: 1 << 16) { pointer, count in
            guard !writes.isEmpty else { return 0 }
            let write = writes.removeFirst()
            write.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: write.count) }
            return write.count
        }
        var blocks: [[String]] = []
        try reader.forEachBlock { lines in blocks.append(lines.map { String(decoding: $0, as: UTF8.self) }) }
        #expect(blocks == [["John 3:16"], ["Exodus 32:30-35"], ["Psalm 23"]])
    }

    @Test func aFailedReadIsAnErrorNamingTheInput() throws {
        let reader = LineBlockReader(name: "standard input", blockSize: 8) { _, _ in
            errno = EISDIR
            return -1
        }
        #expect(throws: FileSystemError("read", path: "standard input", errno: .isDirectory)) {
            try reader.forEachBlock { _ in }
        }
    }

    @Test func readsAFileDescriptor() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("line-block-\(UUID().uuidString)")
        try Data(Self.tricky).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let reader = LineBlockReader(descriptor: descriptor, name: url.path, blockSize: 16)
        var lines: [[UInt8]] = []
        try reader.forEachBlock { lines += $0.map(Array.init) }
        #expect(lines == Self.linesOneAtATime(Self.tricky))
    }
}

extension LineBlockReader {
    /// Calls `body` with the lines of each block read, in order, until the end of the input:
    /// the reader as a plain loop over one block, the way the tests read it.
    func forEachBlock(_ body: ([UnsafeBufferPointer<UInt8>]) throws -> Void) throws {
        let block = makeBlock()
        var lines: [UnsafeBufferPointer<UInt8>] = []
        while try read(into: block) {
            lines.removeAll(keepingCapacity: true)
            block.forEachLine { lines.append($0) }
            try body(lines)
        }
    }
}
