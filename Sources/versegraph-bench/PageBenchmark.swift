import CommentaryGraph
import Foundation
import Scripture

/// `versegraph-bench pages DIR [ROUNDS]`: times the page pipeline on a corpus folder (see
/// `Scripts/make-benchmark-corpus.py`), stage by stage, in interleaved rounds, and prints
/// the median of each stage with pages/s and MB/s.
///
/// - `discover`: `InputDiscovery.files` (walks the folder, sniffs extension-less files).
/// - `read`: reading every file's bytes, serially (the page cache is warm after round 1).
/// - `scan`: reading + decoding + SAX extraction (`HTMLPageScanner.scan`), serially.
/// - `load -j1`, `load -j2`: the whole `CorpusLoader.load(files:)`: read, scan, interpret
///   (references, URLs), sort into a `Corpus`.
/// - `derive`: `Corpus.graph()`, the JSON and DOT exporters, `CoverageReport` with its JSON
///   and HTML formatters (what `versegraph build` writes), and `IntegrityChecker.check`.
struct PageBenchmark {
    let folder: String
    let rounds: Int

    func run() {
        let files: [InputFile]
        do { files = try InputDiscovery.files(in: [folder]) } catch {
            print("pages: \(error)")
            return
        }
        let totalBytes = files.reduce(0) {
            $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.file)[.size] as? Int) ?? 0)
        }
        let megabytes = Double(totalBytes) / 1e6
        print(
            "pages: \(files.count) files, \(String(format: "%.1f", megabytes)) MB in \(folder); \(rounds) interleaved rounds, medians"
        )

        let scanner = HTMLPageScanner(profile: .theBibleSays)
        let interpreter = PageInterpreter(profile: .theBibleSays)
        let checker = IntegrityChecker(config: VersegraphConfig())
        var times: [String: [Double]] = [:]
        var checksums: [String: Int] = [:]
        var corpus = Corpus(pages: [])
        let stages = ["discover", "read", "scan", "load -j1", "load -j2", "derive"]

        for _ in 0..<rounds {
            times["discover", default: []].append(seconds { _ = try? InputDiscovery.files(in: [folder]) })
            var readBytes = 0
            times["read", default: []].append(
                seconds {
                    for file in files { readBytes &+= Self.readFile(file.file).count }
                })
            checksums["read"] = readBytes
            var links = 0
            times["scan", default: []].append(
                seconds {
                    for file in files {
                        if let page = try? scanner.scan(Self.readFile(file.file)) { links &+= page.links.count }
                    }
                })
            checksums["scan links"] = links
            for jobs in [1, 2] {
                let loader = CorpusLoader(scanner: scanner, interpreter: interpreter, jobs: jobs)
                times["load -j\(jobs)", default: []].append(seconds { corpus = loader.load(files: files) })
            }
            var outputBytes = 0
            var findings = 0
            times["derive", default: []].append(
                seconds {
                    let graph = corpus.graph(attributes: ["name": "versegraph"])
                    let coverage = CoverageReport(graph: graph, versification: .kjv)
                    for text in [
                        GraphFormat.json.exporter.export(graph), GraphFormat.dot.exporter.export(graph),
                        CoverageFormat.json.formatter().format(coverage), CoverageFormat.html.formatter().format(coverage),
                    ] {
                        outputBytes &+= text.utf8.count
                    }
                    findings = checker.check(corpus).findings.count
                })
            checksums["derive output bytes"] = outputBytes
            checksums["findings"] = findings
        }

        let graph = corpus.graph()
        print(
            "pages: \(corpus.pages.count) pages, \(corpus.skipped.count) skipped, \(graph.nodes.count) nodes, \(graph.edges.count) edges; checks \(checksums.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))"
        )
        print("stage      median s    best s    pages/s     MB/s")
        for stage in stages {
            let sorted = times[stage]!.sorted()
            let median = sorted[sorted.count / 2]
            let perSecond = stage == "derive" ? "" : String(format: "%9.0f", Double(files.count) / median)
            let mbPerSecond = stage == "derive" ? "" : String(format: "%8.1f", megabytes / median)
            let name = stage.padding(toLength: 9, withPad: " ", startingAt: 0)
            print(name + String(format: " %9.3f %9.3f", median, sorted[0]) + "  " + perSecond + " " + mbPerSecond)
        }
        print("pages: peak RSS \(Self.peakResidentMegabytes()) MB")
    }

    /// A whole file, with Foundation (the loader's own POSIX reader is internal).
    static func readFile(_ path: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return [UInt8](data)
    }

    static func peakResidentMegabytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss / 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss / 1_048_576  // bytes on macOS
        #endif
    }
}
