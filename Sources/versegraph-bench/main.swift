import Dispatch
import Foundation
import Scripture

/// `swift run -c release versegraph-bench [refs] [ref-stdin [--binary BINARY] [--peer BINARY]] [ref-lines] [pages DIR [ROUNDS]]`:
/// prints the figures the README and Benchmarks/README.md quote. `ref-stdin` runs the release
/// `versegraph` beside this binary (`swift build -c release` builds both) or `--binary`'s (a
/// static build), in turns with `--peer`'s (another commit's build) when given.
let arguments = Array(CommandLine.arguments.dropFirst())
let which = Set(arguments.isEmpty ? ["refs"] : arguments)

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The CPU time this thread spends in `body`: unlike wall time, it does not depend on what
/// else the machine runs.
func threadCPUSeconds(_ body: () -> Void) -> Double {
    var start = timespec()
    var end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}

if which.contains("refs") {
    let benchmark = ReferenceBenchmark()
    var times: [Double] = []
    var cpuTimes: [Double] = []
    var result = (parsed: 0, checksum: 0)
    for _ in 0..<7 {
        var cpu = 0.0
        times.append(seconds { cpu = threadCPUSeconds { result = benchmark.run() } })
        cpuTimes.append(cpu)
    }
    times.sort()
    cpuTimes.sort()
    let median = times[times.count / 2]
    let count = benchmark.references.count
    print("refs: parsed \(result.parsed) of \(count) references (checksum \(result.checksum))")
    print(
        "refs: median \(String(format3(median * 1000))) ms, \(Int(Double(count) / median)) references/second (best \(Int(Double(count) / times[0])))"
    )
    let cpu = cpuTimes[cpuTimes.count / 2]
    print("refs: median CPU \(format3(cpu * 1000)) ms, \(Int(Double(count) / cpu)) references per CPU-second")
}

func format3(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 1000
    return "\(scaled)"
}

if which.contains("ref-stdin") {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    func value(of option: String) -> String? {
        arguments.firstIndex(of: option).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }
    var binaries = [value(of: "--binary") ?? folder.appendingPathComponent("versegraph").path]
    if let peer = value(of: "--peer") { binaries.append(peer) }
    RefCommandBenchmark(binaries: binaries, rounds: 7).run()
}

if which.contains("ref-lines") {  // the ref-stdin input, to profile `versegraph ref` by hand
    print(RefCommandBenchmark.lines(count: 100_000).joined(separator: "\n"))
}

if which.contains("fails") {
    let parser = Scripture.ReferenceParser()
    var shown = 0
    for text in ReferenceBenchmark().references where shown < 30 {
        do { _ = try parser.parse(text) } catch { print(text, "→", error); shown += 1 }
    }
}

if let index = arguments.firstIndex(of: "pages") {
    let rest = arguments[(index + 1)...]
    let folder = rest.first ?? "/tmp/versegraph-bench-corpus"
    let rounds = rest.dropFirst().first.flatMap { Int($0) } ?? 5
    PageBenchmark(folder: folder, rounds: max(1, rounds)).run()
}
