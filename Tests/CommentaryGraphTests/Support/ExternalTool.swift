import Foundation
import Testing

/// What a finished external command left behind.
struct ToolRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Records a failure unless the command exited with 0, naming what it needs so that a
    /// machine without the tool says why instead of skipping.
    @discardableResult
    func expectSuccess(
        needing requirement: String, sourceLocation: SourceLocation = #_sourceLocation
    )
        -> Bool
    {
        #expect(
            status == 0, "exit \(status); this test needs \(requirement) on PATH. stderr: \(stderr)",
            sourceLocation: sourceLocation)
        return status == 0
    }
}

/// Runs Python and Graphviz for the tests that prove other tools read our files.
///
/// Tools are found on `PATH` through `/usr/bin/env`, so a missing tool fails its test (status
/// 127 and env's message) instead of skipping it: CI installs both.
enum ExternalTool {
    /// A new temporary file holding `text`.
    static func temporaryFile(_ text: String, extension ext: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("versegraph-test-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Runs `arguments` (a command and its arguments) to completion. Output goes through files
    /// rather than pipes so that a chatty tool cannot fill a pipe and stall the test.
    static func run(_ arguments: [String]) throws -> ToolRun {
        let out = try temporaryFile("", extension: "out")
        let err = try temporaryFile("", extension: "err")
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return ToolRun(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Runs a Python program with `file` as its one argument.
    static func python(_ program: String, on file: URL) throws -> ToolRun {
        try run(["python3", "-c", program, file.path])
    }

    /// Runs a Python program on a temporary file holding `text`, removed afterwards.
    static func python(_ program: String, onText text: String, extension ext: String) throws -> ToolRun {
        let file = try temporaryFile(text, extension: ext)
        defer { try? FileManager.default.removeItem(at: file) }
        return try python(program, on: file)
    }
}
