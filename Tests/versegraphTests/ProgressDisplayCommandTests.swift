import Foundation
import Testing

/// The progress line is for a terminal only: never in a log, never with `--quiet`.
@Suite("versegraph progress display")
struct ProgressDisplayCommandTests {
    /// Runs `versegraph arguments` under `script`, whose pseudo-terminal is its standard error;
    /// returns what the terminal showed.
    static func runInTerminal(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let binary = try #require(VersegraphBinary.executable, "versegraph is not built")
        let command = ([binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let capture = VersegraphBinary.temporaryFile("typescript")
        try Data().write(to: capture)
        defer { try? FileManager.default.removeItem(at: capture) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["script", "-qec", command, "/dev/null"]
        process.currentDirectoryURL = VersegraphBinary.root
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: capture)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: capture), as: UTF8.self))
    }

    @Test func notATerminalShowsNoProgress() throws {
        let folder = try ScratchFolder()
        let run = try VersegraphBinary.run(["build", "Inputs", "--out", folder.path("out"), "--svg", "never"])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("\r"), "\(run.stderr)")
        #expect(!run.stderr.contains("pages/s"))
        #expect(run.stderr.hasPrefix("versegraph: 47 pages read;"), "only the summary: \(run.stderr)")
    }

    @Test func aTerminalShowsTheProgressLine() throws {
        let folder = try ScratchFolder()
        let run = try Self.runInTerminal(["build", "Inputs", "--out", folder.path("out"), "--svg", "never"])
        #expect(run.status == 0, "needs util-linux's script: \(run.output)")
        #expect(run.output.contains("Reading pages"), "\(run.output)")
        #expect(run.output.contains("pages/s"), "\(run.output)")
        #expect(run.output.contains("Reading pages 47/47"), "the last update shows all done: \(run.output)")
        #expect(run.output.contains("\r\u{1B}[K"), "the line is cleared before the summary")
        #expect(run.output.contains("versegraph: 47 pages read;"), "\(run.output)")
    }

    @Test func quietShowsNothingEvenOnATerminal() throws {
        let folder = try ScratchFolder()
        let run = try Self.runInTerminal(["build", "Inputs", "--out", folder.path("out"), "--svg", "never", "--quiet"])
        #expect(run.status == 0, "\(run.output)")
        #expect(!run.output.contains("Reading pages"), "\(run.output)")
        #expect(!run.output.contains("pages/s"), "\(run.output)")
        #expect(run.output.isEmpty, "\(run.output)")
    }
}
