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
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("versegraph-ref-bench.empty")
        let lines = Self.lines(count: 100_000)
        try? Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        try? Data().write(to: empty)
        defer {
            for file in [input, output, empty] { try? FileManager.default.removeItem(at: file) }
        }
        var startUps = [[Double]](repeating: [], count: binaries.count)
        var times = [[Double]](repeating: [], count: binaries.count)
        var cpuTimes = [[Double]](repeating: [], count: binaries.count)
        var answers = [Data?](repeating: nil, count: binaries.count)
        for _ in 0..<rounds {
            for (index, binary) in binaries.enumerated() {
                guard let (startUp, _) = Self.time(binary, input: empty, output: output),
                    let (wall, cpu) = Self.time(binary, input: input, output: output)
                else { return }
                startUps[index].append(startUp)
                times[index].append(wall)
                cpuTimes[index].append(cpu)
                answers[index] = try? Data(contentsOf: output)
            }
        }
        for (index, binary) in binaries.enumerated() {
            let label = binaries.count == 1 ? "ref-stdin" : "ref-stdin \(binary)"
            let answerLines = answers[index].map { $0.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } } ?? 0
            print("\(label): \(lines.count) lines, \(answerLines) answer lines")
            print("\(label): median start-up \(format3(startUps[index].sorted()[rounds / 2] * 1000)) ms (empty input)")
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

    /// The wall and CPU seconds of one `binary ref < input > output`, the child spawned and
    /// reaped directly: Foundation's `Process.waitUntilExit()` polls a run loop, which on
    /// Linux rounds a 70 ms run up to about 100 ms.
    static func time(_ binary: String, input: URL, output: URL) -> (Double, Double)? {
        let stdin = open(input.path, O_RDONLY)
        let stdout = open(output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let stderr = open("/dev/null", O_WRONLY)
        defer { for descriptor in [stdin, stdout, stderr] where descriptor >= 0 { close(descriptor) } }
        guard stdin >= 0, stdout >= 0, stderr >= 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        let arguments: [UnsafeMutablePointer<CChar>?] = [strdup(binary), strdup("ref"), nil]
        defer { for argument in arguments { free(argument) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, binary, &actions, nil, arguments, environ)
        guard spawned == 0 else {
            print("ref-stdin: cannot run \(binary): \(String(cString: strerror(spawned)))")
            return nil
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return (wall, user + system)
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
