import Foundation
import Testing

/// `versegraph build --cache DIR`: the page cache never changes a byte of the outputs.
@Suite("versegraph build --cache")
struct BuildCacheCommandTests {
    /// The outputs compared byte for byte (graph.svg depends on the installed Graphviz).
    static let files = BuildCommandTests.files

    /// A folder holding a copy of `Inputs/`, so that runs in it name files as `Graphs/` does.
    static func site() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.copyInputs()
        return folder
    }

    static func build(_ folder: ScratchFolder, out: String, _ extra: [String]) throws -> VersegraphBinary.Run {
        try folder.run(["build", "Inputs", "--out", out, "--svg", "never"] + extra)
    }

    /// The output files of `out`, by name.
    static func outputs(_ folder: ScratchFolder, _ out: String) -> [String: Data?] {
        Dictionary(uniqueKeysWithValues: files.map { ($0, folder.bytes(out + "/" + $0)) })
    }

    static func committedGraphs() -> [String: Data?] {
        Dictionary(
            uniqueKeysWithValues: files.map {
                ($0, FileManager.default.contents(atPath: VersegraphBinary.root.appendingPathComponent("Graphs/" + $0).path))
            })
    }

    @Test func coldAndWarmRunsWriteTheCommittedGraphs() throws {
        let folder = try Self.site()
        let cold = try Self.build(folder, out: "cold", ["--cache", "cache"])
        #expect(cold.status == 0, "\(cold.stderr)")
        #expect(!cold.stderr.contains("from the cache"), "\(cold.stderr)")
        #expect(folder.bytes("cache/pages.v1") != nil, "the cold run stores the cache")
        let warm = try Self.build(folder, out: "warm", ["--cache", "cache"])
        #expect(warm.status == 0, "\(warm.stderr)")
        #expect(warm.stderr.contains("47 pages read (47 from the cache)"), "\(warm.stderr)")
        let committed = Self.committedGraphs()
        #expect(committed.values.allSatisfy { $0 != nil })
        for name in Self.files {
            #expect(Self.outputs(folder, "cold")[name] == committed[name], "cold \(name)")
            #expect(Self.outputs(folder, "warm")[name] == committed[name], "warm \(name)")
        }
    }

    @Test func aDamagedCacheIsReportedReplacedAndNeverChangesTheOutputs() throws {
        let folder = try Self.site()
        #expect(try Self.build(folder, out: "first", ["--cache", "cache", "-q"]).status == 0)
        try folder.write("cache/pages.v1", bytes: Array("this is no page cache\u{0}\u{1}\u{2}".utf8))
        let damaged = try Self.build(folder, out: "damaged", ["--cache", "cache"])
        #expect(damaged.status == 0, "a damaged cache is never a failure: \(damaged.stderr)")
        #expect(damaged.stderr.contains("versegraph: warning: "), "\(damaged.stderr)")
        #expect(damaged.stderr.contains("cache/pages.v1"), "the warning names the file: \(damaged.stderr)")
        #expect(!damaged.stderr.contains("from the cache"), "nothing is trusted from it: \(damaged.stderr)")
        #expect(Self.outputs(folder, "damaged") == Self.committedGraphs())
        let third = try Self.build(folder, out: "third", ["--cache", "cache"])
        #expect(third.status == 0)
        #expect(!third.stderr.contains("versegraph: warning:"), "the cache was rewritten valid: \(third.stderr)")
        #expect(third.stderr.contains("47 pages read (47 from the cache)"), "\(third.stderr)")
        #expect(Self.outputs(folder, "third") == Self.committedGraphs())
    }

    @Test func onePageEditedGivesTheColdOutputsWithOneJobOrThree() throws {
        let folder = try Self.site()
        #expect(try Self.build(folder, out: "before", ["--cache", "one", "-q"]).status == 0)
        try FileManager.default.copyItem(atPath: folder.path("one"), toPath: folder.path("three"))
        let page = "Inputs/thebiblesays.com/en/synopsis/exo+32:31"
        let text = try #require(folder.bytes(page).map { String(decoding: $0, as: UTF8.self) })
        let marker = "<ul class=\"relevant\">"
        #expect(text.contains(marker))
        let added = marker + "<li><a href=\"/en/commentary/gen+1:1\">Genesis 1:1 meaning</a>.</li>"
        try folder.write(page, text.replacingOccurrences(of: marker, with: added))

        let cold = try Self.build(folder, out: "cold", ["-q"])
        let one = try Self.build(folder, out: "jobs1", ["--cache", "one", "--jobs", "1"])
        let three = try Self.build(folder, out: "jobs3", ["--cache", "three", "--jobs", "3"])
        #expect(cold.status == 0 && one.status == 0 && three.status == 0)
        #expect(one.stderr.contains("47 pages read (46 from the cache)"), "\(one.stderr)")
        #expect(three.stderr.contains("47 pages read (46 from the cache)"), "\(three.stderr)")
        let expected = Self.outputs(folder, "cold")
        #expect(expected["graph.json"] != Self.committedGraphs()["graph.json"], "the edit changes the graph")
        #expect(Self.outputs(folder, "jobs1") == expected)
        #expect(Self.outputs(folder, "jobs3") == expected)
        let graph = String(decoding: try #require(folder.bytes("jobs3/graph.json")), as: UTF8.self)
        #expect(nodeIDs(ofGraphJSON: graph).contains("Gen.1.1"), "the edited page was read again, not taken from the cache")
    }
}
