import Foundation
import Testing

/// Runs the built `versegraph` executable from the repository root, as a user would.
///
/// The test target cannot depend on an executable target, so the binary is looked up where
/// SwiftPM puts it: in the products folder that holds the test bundle, else in `.build/debug`
/// of this checkout. `swift test` builds every product before it runs, so the binary is there;
/// after `swift build --build-tests` as well.
enum VersegraphBinary {
    /// The repository root: this file is `Tests/versegraphTests/VersegraphBinary.swift`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The executable, or nil when it has not been built.
    static var executable: URL? {
        // Linux: the test runner is an executable in the products folder, Bundle.main's folder.
        // macOS: the runner is Xcode's xctest tool; the products folder holds the .xctest bundle.
        var folders = [Bundle.main.bundleURL]
        folders += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map {
            $0.bundleURL.deletingLastPathComponent()
        }
        folders.append(root.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("versegraph") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// What a run left behind.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `versegraph arguments` in the repository root (or `directory`) with colours off;
    /// standard output goes to `stdoutPath` when given (`/dev/full`), and `stdout` is then empty.
    static func run(
        _ arguments: [String], stdin: URL? = nil, in directory: URL? = nil, stdoutPath: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Run {
        let binary = try #require(
            executable,
            "versegraph is not built: run `swift build --product versegraph` (or `swift test`, which builds it) first",
            sourceLocation: sourceLocation)
        let out = temporaryFile("out")
        let err = temporaryFile("err")
        try Data().write(to: out)
        try Data().write(to: err)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        // Files rather than pipes: a long report cannot fill a pipe and stall the run.
        process.standardOutput = try FileHandle(forWritingTo: stdoutPath.map { URL(fileURLWithPath: $0) } ?? out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// A new path in the temporary folder (the file is not created).
    static func temporaryFile(_ ext: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("versegraph-cli-\(UUID().uuidString).\(ext)")
    }
}
