import CommentaryGraph
import Foundation
import Scripture

/// `versegraph-bench pages DIR [ROUNDS]`: times the page pipeline on a corpus folder (see
/// `Scripts/make-benchmark-corpus.py`), stage by stage, in interleaved rounds, and prints
/// the median of each stage with pages/s and MB/s.
///
/// - `discover`: `InputDiscovery.discover` (walks the folders).
/// - `read`: reading every file's bytes, serially (the page cache is warm after round 1).
/// - `scan`: reading + decoding + SAX extraction (`HTMLPageScanner.scan`), serially.
/// - `interpret`: the CPU time of interpreting every scanned page (URLs, passages, links
///   through the site profile) and indexing them into a corpus, serially.
/// - `load -j1`, `load -j2`: `CorpusLoader.load(files:)`: read, scan, interpret, index.
/// - `warm -j2`: the same with a page cache holding every file (nothing changed).
/// - `checks -j1`, `checks -j2`: `IntegrityChecker.check`, all rules in one pass.
/// - `graph`, `coverage`: building the graph and the canon coverage from the corpus.
/// - `outputs`: rendering graph.json, graph.dot, coverage.json, coverage.html, check.json.
struct PageBenchmark {
    let folder: String
    let rounds: Int

    func run() {
        let files: [InputFile]
        do { files = try InputDiscovery().discover([folder]).files } catch {
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
        let interpreter = PageInterpreter(profile: .theBibleSays, versification: .kjv)
        let checker = IntegrityChecker(config: VersegraphConfig())
        var times: [String: [Double]] = [:]
        var checksums: [String: Int] = [:]
        var corpus = Corpus(pages: [], versification: .kjv)
        var cache = PageCache(fingerprint: scanner.fingerprint)
        let stages = [
            "discover", "read", "scan", "interpret", "load -j1", "load -j2", "warm -j2", "checks -j1", "checks -j2", "graph",
            "coverage", "outputs",
        ]
        let perPage: Set<String> = ["discover", "read", "scan", "interpret", "load -j1", "load -j2", "warm -j2"]

        let scanned = files.compactMap { file in (try? scanner.scan(Self.readFile(file.file))).map { (file, $0) } }
        for _ in 0..<rounds {
            times["interpret", default: []].append(
                threadCPUSeconds {
                    let pages = scanned.map { interpreter.page(from: $1, path: $0.path, file: $0.file) }
                    checksums["interpreted links"] = Corpus(pages: pages, versification: .kjv).targets.joined().count
                })
            times["discover", default: []].append(seconds { _ = try? InputDiscovery().discover([folder]) })
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
                times["load -j\(jobs)", default: []].append(
                    seconds {
                        let outcome = loader.load(
                            files: files, cache: jobs == 2 ? PageCache(fingerprint: scanner.fingerprint) : nil)
                        corpus = outcome.corpus
                        if let filled = outcome.cache { cache = filled }
                    })
            }
            let loader = CorpusLoader(scanner: scanner, interpreter: interpreter, jobs: 2)
            times["warm -j2", default: []].append(
                seconds { checksums["warm from cache"] = loader.load(files: files, cache: cache).fromCache })
            for jobs in [1, 2] {
                times["checks -j\(jobs)", default: []].append(
                    seconds { checksums["findings"] = checker.check(corpus, jobs: jobs).findings.count })
            }
            var graph = VerseGraph(nodes: [], edges: [])
            times["graph", default: []].append(seconds { graph = corpus.graph(attributes: ["name": "versegraph"]) })
            var coverage = CoverageReport(nodes: [], versification: .kjv)
            times["coverage", default: []].append(seconds { coverage = CoverageReport(corpus: corpus) })
            let report = checker.check(corpus, jobs: 2)
            var outputBytes = 0
            times["outputs", default: []].append(
                seconds {
                    for text in [
                        GraphFormat.json.exporter.export(graph), GraphFormat.dot.exporter.export(graph),
                        CoverageFormat.json.formatter().format(coverage), CoverageFormat.html.formatter().format(coverage),
                        CheckFormat.json.formatter().format(report),
                    ] {
                        outputBytes &+= text.utf8.count
                    }
                })
            checksums["output bytes"] = outputBytes
        }

        let graph = corpus.graph()
        print(
            "pages: \(corpus.pages.count) pages, \(corpus.skipped.count) skipped, \(graph.nodes.count) nodes, \(graph.edges.count) edges; checks \(checksums.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))"
        )
        print("stage        median s    best s    pages/s     MB/s")
        for stage in stages {
            let sorted = times[stage]!.sorted()
            let median = sorted[sorted.count / 2]
            let counted = perPage.contains(stage)
            let perSecond = counted ? String(format: "%9.0f", Double(files.count) / median) : ""
            let mbPerSecond = counted ? String(format: "%8.1f", megabytes / median) : ""
            let name = stage.padding(toLength: 11, withPad: " ", startingAt: 0)
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
