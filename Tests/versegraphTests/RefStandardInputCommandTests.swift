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

    /// A program that feeds `ref` one line at a time and waits for each answer gets it: the
    /// answers are written before `ref` waits for more input.
    @Test func eachLineIsAnsweredBeforeTheNextIsWritten() throws {
        let process = Process()
        process.executableURL = VersegraphBinary.executable
        process.arguments = ["ref"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let reading = output.fileHandleForReading.fileDescriptor
        var answers: [String] = []
        for line in ["John 3:16", "Exodus 32:30-35", "nothing", "Psalm 23"] {
            try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
            var answer: [UInt8] = []
            while answer.last != 0x0A {
                // Ten seconds: an answer that never comes fails the test rather than hangs it.
                var request = pollfd(fd: reading, events: Int16(POLLIN), revents: 0)
                try #require(poll(&request, 1, 10_000) == 1, "no answer to \"\(line)\"")
                var byte: UInt8 = 0
                try #require(read(reading, &byte, 1) == 1)
                answer.append(byte)
            }
            answers.append(String(decoding: answer.dropLast(), as: UTF8.self))
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(answers == ["John.3.16", "Exod.32.30-Exod.32.35", "", "Ps.23.1-Ps.23.6"])
        #expect(process.terminationStatus == 1)
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
