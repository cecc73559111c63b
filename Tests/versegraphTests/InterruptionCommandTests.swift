import Foundation
import Testing

/// An interrupted `build` leaves every output whole: each file is the complete earlier one or
/// the complete new one, and no temporary file stays behind.
@Suite("versegraph build, interrupted", .serialized)
struct InterruptionCommandTests {
    /// A 400-page synthetic site, written by the benchmark script into `folder/site`.
    static func corpus() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Scripts/make-benchmark-corpus.py", folder.path("site"), "--pages", "400"]
        process.currentDirectoryURL = VersegraphBinary.root
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "needs python3")
        return folder
    }

    /// Starts `versegraph arguments` in `folder`, output discarded.
    static func start(_ arguments: [String], in folder: ScratchFolder) throws -> Process {
        let binary = try #require(VersegraphBinary.executable, "versegraph is not built")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    static let arguments = ["build", "site", "--svg", "never", "-q"]

    /// Interrupts a build into an output folder that already holds a complete build, after each
    /// of `delays`, and checks what it leaves.
    static func interrupt(with signal: Int32, delays: [Double], allowed: Set<Int32>) throws {
        let folder = try corpus()
        let started = Date()
        let reference = try start(arguments + ["--out", "reference"], in: folder)
        reference.waitUntilExit()
        let runTime = Date().timeIntervalSince(started)
        #expect(reference.terminationStatus == 0)
        let names = try folder.names(in: "reference")
        #expect(
            names == ["canon.svg", "check.json", "coverage.html", "coverage.json", "graph.dot", "graph.html", "graph.json"])
        try FileManager.default.copyItem(atPath: folder.path("reference"), toPath: folder.path("out"))
        var statuses: [Int32] = []
        for fraction in delays {
            let process = try start(arguments + ["--out", "out"], in: folder)
            Thread.sleep(forTimeInterval: fraction * runTime)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            // Killed before the handlers were installed, the status is the signal's, as a shell
            // reports it: 128 + its number.
            let status =
                process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
            let context = "signal \(signal) after \(fraction * runTime) s of \(runTime) s"
            statuses.append(status)
            #expect(allowed.contains(status), "status \(status), \(context)")
            let left = try folder.names(in: "out")
            #expect(!left.contains { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }, "temporary files left: \(left), \(context)")
            #expect(left == names, "\(context)")
            for name in left {
                #expect(folder.bytes("out/" + name) == folder.bytes("reference/" + name), "out/\(name) is not whole, \(context)")
            }
        }
        #expect(statuses.contains(128 + signal), "at least one run was interrupted: \(statuses)")
    }

    @Test func sigtermAtRandomMomentsLeavesWholeOutputs() throws {
        // One random moment in each sixth of the run, so that reading, indexing and writing
        // are all hit over a few runs; a failure names the moment.
        let delays = (0..<6).map { (Double($0) + Double.random(in: 0..<1)) / 6 }
        try Self.interrupt(with: SIGTERM, delays: delays, allowed: [143, 0])
    }

    @Test func sigintExits130() throws {
        try Self.interrupt(with: SIGINT, delays: [0.2], allowed: [130, 0])
    }
}
