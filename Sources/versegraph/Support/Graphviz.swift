import CommentaryGraph
import Foundation

/// Renders DOT to SVG with Graphviz's `dot`, when it is installed, within a time limit.
///
/// `dot` takes hours on a whole site's graph, so `build` hands it only small graphs; and
/// whatever the size, `dot` is stopped when it runs past its time, when versegraph is
/// interrupted (`Interruption`), and a `dot` that exits before reading all its input is a
/// reported failure, never a SIGPIPE.
enum Graphviz {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    static func render(_ dot: String, timeout seconds: Double) -> Result<String, Problem> {
        guard let executable = find("dot") else {
            return .failure(Problem(description: "Graphviz's dot is not on PATH (apt-get install graphviz)"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-Tsvg"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            return .failure(Problem(description: "cannot run \(executable): \(error)"))
        }
        Interruption.register(child: process.processIdentifier)
        defer { Interruption.unregister(child: process.processIdentifier) }
        // Write and read on their own threads, so that a large graph cannot fill a pipe and
        // stall; a write error (dot gone) ends the writer, not the run.
        let group = DispatchGroup()
        let collected = Collected()
        DispatchQueue.global().async(group: group) {
            try? input.fileHandleForWriting.write(contentsOf: Data(dot.utf8))
            try? input.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) { collected.svg = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { collected.message = errors.fileHandleForReading.readDataToEndOfFile() }
        if exited.wait(timeout: .now() + seconds) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
            group.wait()
            return .failure(Problem(description: "dot did not finish within \(Int(seconds)) s (--svg-timeout)"))
        }
        group.wait()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let message = String(decoding: collected.message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(Problem(description: "dot failed (status \(process.terminationStatus)): \(message)"))
        }
        return .success(String(decoding: collected.svg, as: UTF8.self))
    }

    /// What the reader threads collected; each field is written by one thread and read
    /// after `group.wait()`.
    private final class Collected: @unchecked Sendable {
        var svg = Data()
        var message = Data()
    }

    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
