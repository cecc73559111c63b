import Foundation
import Testing

/// `versegraph ref` on standard input: the block reader gives the answers that the same lines
/// give one at a time, the quick start reads options as ArgumentParser does, and a full disk
/// is an error.
@Suite("versegraph ref on standard input")
struct RefStandardInputCommandTests {
    /// Lines with CRLF, a bare CR, empty lines, spaces, bad pieces and no reference.
    static let lines = [
        "John 3:16", "", "Exodus 32:30-35, 32:30-35-40", "  Psalm 23  ", "nothing here", "Jude 26",
        "Rom 8:28\rx", "Genesis 1:1 through 2:3", "",
    ]

    static func file(_ bytes: [UInt8]) throws -> URL {
        let url = VersegraphBinary.temporaryFile("txt")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func blocksAnswerAsTheSameLinesOneAtATime() throws {
        let oneAtATime = try VersegraphBinary.run(["ref"] + Self.lines)
        let invalidUTF8: [UInt8] = [0xFF] + Array(" Romans 8:28 ".utf8) + [0xC3, 0x28]
        // Longer than a block, and without a final line break.
        let long = String(repeating: "x", count: 1_200_000) + " Jude 3\r"
        var input = Self.lines.enumerated().flatMap { index, line in
            Array(line.utf8) + Array((index % 2 == 0 ? "\r\n" : "\n").utf8)
        }
        input += invalidUTF8 + [0x0A] + Array(long.utf8)
        let url = try Self.file(input)
        defer { try? FileManager.default.removeItem(at: url) }
        let blocks = try VersegraphBinary.run(["ref"], stdin: url)
        #expect(blocks.stdout == oneAtATime.stdout + "Rom.8.28\nJude.1.3\n")
        #expect(blocks.stderr == oneAtATime.stderr)
        #expect(blocks.status == oneAtATime.status)
        #expect(blocks.status == 1)
        #expect(oneAtATime.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == Self.lines.count + 1)
    }

    @Test func theQuickStartReadsOptionsAsArgumentParserDoes() throws {
        let url = try Self.file(Array("John 3:16\n3 John 15\nnothing\n".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        for format in ["osis", "human", "json"] {
            let quick = try VersegraphBinary.run(["ref", "--format=\(format)", "--versification", "rsv"], stdin: url)
            // A repeated option is left to ArgumentParser, where the last one counts.
            let parsed = try VersegraphBinary.run(
                ["ref", "--format", "osis", "--versification", "kjv", "--format", format, "--versification=rsv"], stdin: url)
            #expect(quick.stdout == parsed.stdout)
            #expect(quick.stderr == parsed.stderr)
            #expect(quick.status == parsed.status)
            #expect(quick.stderr == "line 3: no Bible reference in \"nothing\"\n")
        }
        let bad = try VersegraphBinary.run(["ref", "--format", "bogus"], stdin: url)
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("Error: The value 'bogus' is invalid for '--format <format>'"))
        #expect(try VersegraphBinary.run(["ref", "--help"]).stdout.contains("Reads standard input when no TEXT is given."))
    }

    @Test(arguments: [1, 200_000])
    func aFullDiskFailsWithStatus70(lines: Int) throws {
        let url = try Self.file(Array(String(repeating: "John 3:16\n", count: lines).utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let expected = "versegraph: error: cannot write standard output: No space left on device\n"
        let piped = try VersegraphBinary.run(["ref"], stdin: url, stdoutPath: "/dev/full")
        #expect(piped.status == 70)
        #expect(piped.stderr == expected, "said once, and reading stops")
        let argument = try VersegraphBinary.run(["ref", "John 3:16"], stdoutPath: "/dev/full")
        #expect(argument.status == 70)
        #expect(argument.stderr == expected)
    }

    /// Runs `versegraph ref < stdin` with standard output into a pipe, whose reading end is
    /// closed at once with `closingOutput` (`| head -0`); the status and standard error.
    static func runRef(stdin: FileHandle, closingOutput: Bool) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = VersegraphBinary.executable
        process.arguments = ["ref"]
        process.standardInput = stdin
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        if closingOutput { try output.fileHandleForReading.close() }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    /// `versegraph ref` reading `input`, its answers and diagnostics in pipes.
    static func startRef(input: Pipe) throws -> (process: Process, answers: AnswerReader, errors: Pipe) {
        let process = Process()
        process.executableURL = VersegraphBinary.executable
        process.arguments = ["ref"]
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, AnswerReader(descriptor: output.fileHandleForReading.fileDescriptor), errors)
    }

    /// A program that feeds `ref` one line at a time and waits for each answer gets it: the
    /// answers are written before `ref` waits for more input.
    @Test func eachLineIsAnsweredBeforeTheNextIsWritten() throws {
        let input = Pipe()
        var (process, answers, errors) = try Self.startRef(input: input)
        defer { if process.isRunning { process.terminate() } }
        var got: [String] = []
        for write in ["John 3:16\n", "Exodus 32:30-35\nPsa", "lm 23\nnothing\nExo", "dus 41:1\n"] {
            try input.fileHandleForWriting.write(contentsOf: Data(write.utf8))
            got += try answers.lines(write.count(where: { $0 == "\n" }), after: write)
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(got == ["John.3.16", "Exod.32.30-Exod.32.35", "Ps.23.1-Ps.23.6", "", ""])
        #expect(process.terminationStatus == 1)
        let diagnostics = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(diagnostics.hasPrefix("line 4: no Bible reference in \"nothing\"\nline 5: "))
    }

    /// The answers are written also when the start of the next line is already waiting: a
    /// read that ends a block exactly at a line break, and the next that brings "Exo" alone.
    /// Reading on for the end of "Exo" would wait, with the block's answers unwritten.
    @Test func answersAreWrittenWhileALineIsUnfinished() throws {
        let input = Pipe()
        // Room for more than a block, so that all of it waits in the pipe before `ref` starts.
        #expect(fcntl(input.fileHandleForWriting.fileDescriptor, 1031 /* F_SETPIPE_SZ */, 1 << 20) >= 1 << 17)
        let block = String(repeating: "Psalm 1\n", count: 8_192)  // 65,536 bytes: one block
        try input.fileHandleForWriting.write(contentsOf: Data((block + "Exo").utf8))
        var (process, answers, _) = try Self.startRef(input: input)
        defer { if process.isRunning { process.terminate() } }
        let first = try answers.lines(8_192, after: "a block and \"Exo\"")
        #expect(first == Array(repeating: "Ps.1.1-Ps.1.6", count: 8_192))
        try input.fileHandleForWriting.write(contentsOf: Data("dus 1:1\n".utf8))
        #expect(try answers.lines(1, after: "dus 1:1") == ["Exod.1.1"])
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// Reads answer lines from a pipe, failing rather than hanging when they do not come.
    struct AnswerReader {
        let descriptor: Int32
        private var pending: [UInt8] = []

        init(descriptor: Int32) { self.descriptor = descriptor }

        mutating func lines(_ count: Int, after write: String) throws -> [String] {
            var lines: [String] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while lines.count < count {
                if let end = pending.firstIndex(of: 0x0A) {
                    lines.append(String(decoding: pending[..<end], as: UTF8.self))
                    pending.removeSubrange(...end)
                    continue
                }
                // Ten seconds: an answer that never comes fails the test rather than hangs it.
                var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                try #require(poll(&request, 1, 10_000) == 1, "no answer after \"\(write)\"")
                let read = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                try #require(read > 0)
                pending += chunk[..<read]
            }
            return lines
        }
    }

    /// Blocks are answered by several workers at once; the diagnostics still name each line by
    /// its number in the whole input, in order.
    @Test func diagnosticsAreNumberedAcrossBlocks() throws {
        // 60,000 lines, about 1.3 MB: twenty 64 KB blocks.
        let lines = (1...60_000).map { $0 % 997 == 0 ? "nothing on line \($0)" : "Psalm \($0 % 150 + 1)" }
        let url = try Self.file(Array((lines.joined(separator: "\n") + "\n").utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try VersegraphBinary.run(["ref"], stdin: url)
        let expected = stride(from: 997, through: 60_000, by: 997).map {
            "line \($0): no Bible reference in \"nothing on line \($0)\"\n"
        }
        #expect(run.stderr == expected.joined())
        #expect(run.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 60_001)
        #expect(run.status == 1)
    }

    @Test func aReaderThatWentAwayIsNoError() throws {
        let url = try Self.file(Array(String(repeating: "John 3:16\n", count: 200_000).utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try Self.runRef(stdin: try FileHandle(forReadingFrom: url), closingOutput: true)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
    }

    @Test func aStandardInputThatCannotBeReadIsNamed() throws {
        let folder = try FileHandle(forReadingFrom: FileManager.default.temporaryDirectory)
        let run = try Self.runRef(stdin: folder, closingOutput: false)
        #expect(run.status == 64)
        #expect(run.stderr == "versegraph: error: cannot read standard input: Is a directory\n")
    }
}
