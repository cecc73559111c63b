import Foundation

/// Renders DOT to SVG with Graphviz's `dot`, when it is installed.
enum Graphviz {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    static func render(_ dot: String) -> Result<String, Problem> {
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
        do {
            try process.run()
        } catch {
            return .failure(Problem(description: "cannot run \(executable): \(error)"))
        }
        // Write and read on separate threads so a large graph cannot fill a pipe and stall.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(dot.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(Problem(description: "dot failed: \(String(decoding: message, as: UTF8.self))"))
        }
        return .success(String(decoding: svg, as: UTF8.self))
    }

    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
