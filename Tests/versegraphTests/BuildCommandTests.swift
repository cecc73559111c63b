import Foundation
import Testing

/// `versegraph build`: the README's main command, and the committed `Graphs/` it wrote.
@Suite("versegraph build")
struct BuildCommandTests {
    static let files = ["graph.json", "graph.dot", "coverage.json", "coverage.html", "check.json", "canon.svg", "graph.html"]

    func build(_ extra: [String]) throws -> (VersegraphBinary.Run, URL) {
        let out = VersegraphBinary.temporaryFile("graphs")
        let run = try VersegraphBinary.run(["build", "Inputs", "--out", out.path] + extra)
        return (run, out)
    }

    @Test func regeneratesTheCommittedGraphsByteForByte() throws {
        let (run, out) = try build(["--svg", "never"])
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr
                == "versegraph: 47 pages read; 48 nodes, 174 edges; 4 errors, 1 warning, 1 note; wrote graph.json, graph.dot, coverage.json, coverage.html, check.json, canon.svg, graph.html to \(out.path)\n"
        )
        for name in Self.files {
            let fresh = try Data(contentsOf: out.appendingPathComponent(name))
            let committed = try Data(contentsOf: VersegraphBinary.root.appendingPathComponent("Graphs/\(name)"))
            #expect(fresh == committed, "Graphs/\(name) is stale: run `swift run versegraph build Inputs --out Graphs`")
        }
    }

    @Test func theOutputIsTheSameWithOneJobOrMany() throws {
        let (one, first) = try build(["--svg", "never", "--jobs", "1", "-q"])
        let (many, second) = try build(["--svg", "never", "--jobs", "4", "-q"])
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        #expect(one.status == 0 && many.status == 0)
        #expect(one.stderr.isEmpty, "--quiet prints nothing: \(one.stderr)")
        for name in Self.files {
            #expect(
                try Data(contentsOf: first.appendingPathComponent(name))
                    == Data(contentsOf: second.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func rendersTheSVGWithGraphviz() throws {
        let (run, out) = try build(["--svg", "always", "-q"])
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(run.status == 0, "needs Graphviz's dot on PATH (apt-get install graphviz): \(run.stderr)")
        let svg = String(decoding: try Data(contentsOf: out.appendingPathComponent("graph.svg")), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains(">Exodus 32:30&#45;35</text>"))
        #expect(svg.contains(">Numbers 14:11&#45;19</text>"))
    }

    @Test func graphJSONLoadsInNetworkX() throws {
        let script = """
            import json, networkx
            g = networkx.node_link_graph(json.load(open("Graphs/graph.json")))
            print(g.number_of_nodes(), g.number_of_edges(), g.is_multigraph(), g.is_directed())
            print(g.nodes["Exod.32.31"]["label"], g.nodes["Num.14.11-Num.14.19"]["present"])
            print(sorted(k for _, _, k in g.edges(keys=True) if k == "deeper").__len__())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.currentDirectoryURL = VersegraphBinary.root
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "needs python3 with networkx (pip install networkx)")
        #expect(output == "48 174 True True\nExodus 32:31 False\n34\n")
    }

    @Test func aMissingInputIsAUsageError() throws {
        let run = try VersegraphBinary.run(["build", "NoSuchFolder", "--out", "/tmp/never-written"])
        #expect(run.status == 64)
        #expect(run.stderr == "versegraph: error: NoSuchFolder: no such file or folder\n")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }

    @Test func anOutputThatCannotBeWrittenExitsSeventy() throws {
        let file = VersegraphBinary.temporaryFile("txt")
        try Data("not a folder".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try VersegraphBinary.run(["build", "--out", file.path, "-q"])
        #expect(run.status == 70)
        #expect(run.stderr == "versegraph: error: cannot write \(file.path): not a folder\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "not a folder")
        let report = try VersegraphBinary.run(["check", "-q", "-o", file.path + "/check.json"])
        #expect(report.status == 70, "a failed write is never status 1, which means findings")
    }

    @Test func aDeviceIsWrittenIntoNeverReplaced() throws {
        let run = try VersegraphBinary.run(["coverage", "-q", "-o", "/dev/full"])
        #expect(run.status == 70)
        #expect(run.stderr == "versegraph: error: cannot write /dev/full: No space left on device\n")
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "/dev/full is still a device")
    }

    @Test func aLinkIsWrittenThroughAndAFileKeepsItsPermissions() throws {
        let folder = VersegraphBinary.temporaryFile("folder")
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real/report.txt")
        try FileManager.default.createDirectory(at: real.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: real)
        chmod(real.path, 0o600)
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real/report.txt")
        let run = try VersegraphBinary.run(["coverage", "-q", "--scope", "Exod", "-o", link.path])
        #expect(run.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real/report.txt")
        #expect(try String(contentsOf: real, encoding: .utf8).hasPrefix("Book "))
        let attributes = try FileManager.default.attributesOfItem(atPath: real.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}
