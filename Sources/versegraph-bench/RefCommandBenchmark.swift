import Foundation

/// `versegraph ref` end to end: 100,000 lines of the reference mix on standard input (one
/// line in ten a sentence around its reference, one in twenty with a bad piece, one in
/// twenty with no reference), answers to a file, timed as a whole process.
struct RefCommandBenchmark {
    let binary: String
    let rounds: Int

    func run() {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
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
        var times: [Double] = []
        var cpuTimes: [Double] = []
        for _ in 0..<rounds {
            let cpuBefore = Self.childrenCPUSeconds()
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["ref"]
            guard let stdin = try? FileHandle(forReadingFrom: input),
                let stdout = try? FileHandle(forWritingTo: output)
            else { return }
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = FileHandle.nullDevice
            let start = DispatchTime.now().uptimeNanoseconds
            do { try process.run() } catch {
                print("ref-stdin: cannot run \(binary): \(error)")
                return
            }
            process.waitUntilExit()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            cpuTimes.append(Self.childrenCPUSeconds() - cpuBefore)
            try? stdin.close()
            try? stdout.close()
        }
        times.sort()
        cpuTimes.sort()
        let median = times[times.count / 2]
        let cpu = cpuTimes[cpuTimes.count / 2]
        let answers = (try? String(contentsOf: output, encoding: .utf8))?.split(separator: "\n", omittingEmptySubsequences: false)
            .count
        print("ref-stdin: \(lines.count) lines, \((answers ?? 1) - 1) answer lines")
        print(
            "ref-stdin: median \(format3(median * 1000)) ms, \(Int(Double(lines.count) / median)) lines/second end to end (best \(Int(Double(lines.count) / times[0])))"
        )
        // CPU time does not depend on what else the machine runs: the figure a quiet machine
        // approaches with one core per worker.
        print(
            "ref-stdin: median CPU \(format3(cpu * 1000)) ms (user + system, both workers), \(Int(Double(lines.count) / cpu)) lines per CPU-second"
        )
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
