import Foundation

/// `versegraph ref` end to end: 100,000 lines of the reference mix on standard input (one
/// line in ten a sentence around its reference, one in twenty with a bad piece, one in
/// twenty with no reference), answers to a file, timed as a whole process. With a peer (the
/// binary of another commit), the two run in turns, so that both see the same machine.
struct RefCommandBenchmark {
    let binaries: [String]
    let rounds: Int

    func run() {
        for binary in binaries where !FileManager.default.isExecutableFile(atPath: binary) {
            print("ref-stdin: \(binary) is missing; run `swift build -c release` first")
            return
        }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("versegraph-ref-bench.txt")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("versegraph-ref-bench.out")
        let lines = Self.lines(count: 100_000)
        try? Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        var times = [[Double]](repeating: [], count: binaries.count)
        var cpuTimes = [[Double]](repeating: [], count: binaries.count)
        var answers = [Data?](repeating: nil, count: binaries.count)
        for _ in 0..<rounds {
            for (index, binary) in binaries.enumerated() {
                guard let (wall, cpu) = Self.time(binary, input: input, output: output) else { return }
                times[index].append(wall)
                cpuTimes[index].append(cpu)
                answers[index] = try? Data(contentsOf: output)
            }
        }
        for (index, binary) in binaries.enumerated() {
            let label = binaries.count == 1 ? "ref-stdin" : "ref-stdin \(binary)"
            let answerLines = answers[index].map { $0.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } } ?? 0
            print("\(label): \(lines.count) lines, \(answerLines) answer lines")
            let sorted = times[index].sorted()
            let median = sorted[sorted.count / 2]
            print(
                "\(label): median \(format3(median * 1000)) ms, \(Int(Double(lines.count) / median)) lines/second end to end (best \(Int(Double(lines.count) / sorted[0])))"
            )
            // CPU time does not depend on what else the machine runs: the figure a quiet
            // machine approaches with one core per worker.
            let cpu = cpuTimes[index].sorted()[rounds / 2]
            print(
                "\(label): median CPU \(format3(cpu * 1000)) ms (user + system, both workers), \(format3(cpu * 1e9 / Double(lines.count))) ns per line, \(Int(Double(lines.count) / cpu)) lines per CPU-second"
            )
        }
        if answers.count == 2, answers[0] != answers[1] { print("ref-stdin: the answers differ") }
    }

    /// The wall and CPU seconds of one `binary ref < input > output`.
    static func time(_ binary: String, input: URL, output: URL) -> (Double, Double)? {
        let cpuBefore = childrenCPUSeconds()
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["ref"]
        guard let stdin = try? FileHandle(forReadingFrom: input),
            let stdout = try? FileHandle(forWritingTo: output)
        else { return nil }
        defer {
            try? stdin.close()
            try? stdout.close()
        }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        do { try process.run() } catch {
            print("ref-stdin: cannot run \(binary): \(error)")
            return nil
        }
        process.waitUntilExit()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (wall, childrenCPUSeconds() - cpuBefore)
    }

    /// User and system time of the children waited for so far.
    static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    static func lines(count: Int) -> [String] {
        var lines = ReferenceBenchmark(count: count).references
        for index in lines.indices {
            switch index % 20 {
            case 3, 13: lines[index] = "In \(lines[index]) the writer turns to prayer."
            case 7: lines[index] = "\(lines[index]), 32:30-35-40"
            case 17: lines[index] = "Posted on May 5, 2024 at 10:30 AM"
            default: break
            }
        }
        return lines
    }
}
