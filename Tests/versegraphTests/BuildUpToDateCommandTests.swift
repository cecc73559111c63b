import Foundation
import Testing

/// `versegraph build --cache DIR` into a folder it built before: when neither the pages nor
/// the settings changed and the outputs are the files it wrote, it says they are up to
/// date and writes nothing; anything else makes them again, byte for byte a cold build's.
@Suite("versegraph build --cache, up to date")
struct BuildUpToDateCommandTests {
    static let files = BuildCommandTests.files
    static let page = "Inputs/thebiblesays.com/en/synopsis/exo+32:31"

    static func build(_ folder: ScratchFolder, _ extra: [String] = []) throws -> VersegraphBinary.Run {
        try BuildCacheCommandTests.build(folder, out: "out", ["--cache", "cache"] + extra)
    }

    /// A site built once into `out`, with its cache.
    static func built() throws -> ScratchFolder {
        let folder = try BuildCacheCommandTests.site()
        let first = try build(folder)
        #expect(first.status == 0 && first.stderr.contains("wrote "), "\(first.stderr)")
        return folder
    }

    static func wroteAgain(_ run: VersegraphBinary.Run) -> Bool {
        run.status == 0 && run.stderr.contains("wrote graph.json") && !run.stderr.contains("up to date")
    }

    @Test func aRerunWithNothingChangedWritesNothing() throws {
        let folder = try Self.built()
        let before = try FileManager.default.attributesOfItem(atPath: folder.path("out/graph.json"))
        let again = try Self.build(folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("47 pages read (47 from the cache)"), "\(again.stderr)")
        #expect(again.stderr.contains("in out already up to date"), "\(again.stderr)")
        #expect(again.stderr.contains("nodes,") && again.stderr.contains("errors"), "the summary is a build's")
        let after = try FileManager.default.attributesOfItem(atPath: folder.path("out/graph.json"))
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
        #expect(BuildCacheCommandTests.outputs(folder, "out") == BuildCacheCommandTests.committedGraphs())
        #expect(try Self.build(folder, ["-q"]).stderr.isEmpty)
    }

    @Test func aTouchedPageOrACommentAddedChangesNothing() throws {
        let folder = try Self.built()
        let text = String(decoding: try #require(folder.bytes(Self.page)), as: UTF8.self)
        try folder.write(Self.page, text + "<!-- edited by hand -->\n")
        let again = try Self.build(folder)
        #expect(again.stderr.contains("47 pages read (46 from the cache)"), "\(again.stderr)")
        #expect(again.stderr.contains("already up to date"), "the page says the same: \(again.stderr)")
    }

    @Test func anOutputChangedOrRemovedIsWrittenAgain() throws {
        let folder = try Self.built()
        try folder.write("out/graph.dot", "digraph {}\n")
        let rewritten = try Self.build(folder)
        #expect(Self.wroteAgain(rewritten), "\(rewritten.stderr)")
        try FileManager.default.removeItem(atPath: folder.path("out/check.json"))
        let restored = try Self.build(folder)
        #expect(Self.wroteAgain(restored), "\(restored.stderr)")
        #expect(BuildCacheCommandTests.outputs(folder, "out") == BuildCacheCommandTests.committedGraphs())
    }

    @Test func anEditedPageOrAnotherSettingBuildsAgainAsAColdRunWould() throws {
        let folder = try Self.built()
        let text = String(decoding: try #require(folder.bytes(Self.page)), as: UTF8.self)
        let marker = "<ul class=\"relevant\">"
        try folder.write(
            Self.page,
            text.replacingOccurrences(
                of: marker, with: marker + "<li><a href=\"/en/commentary/gen+1:1\">Genesis 1:1 meaning</a>.</li>"))
        let edited = try Self.build(folder)
        #expect(Self.wroteAgain(edited), "\(edited.stderr)")
        let cold = try BuildCacheCommandTests.build(folder, out: "cold", ["-q"])
        #expect(cold.status == 0)
        #expect(BuildCacheCommandTests.outputs(folder, "out") == BuildCacheCommandTests.outputs(folder, "cold"))

        try folder.write("versegraph.yml", "rules:\n  orphan-page: off\n")
        let configured = try Self.build(folder, ["--config", "versegraph.yml"])
        #expect(Self.wroteAgain(configured), "a rule changed: \(configured.stderr)")
        let svgLimit = try Self.build(folder, ["--config", "versegraph.yml", "--svg-max-nodes", "10"])
        #expect(Self.wroteAgain(svgLimit), "a build setting changed: \(svgLimit.stderr)")
    }

    @Test func aDamagedStampIsOnlyAReasonToBuild() throws {
        let folder = try Self.built()
        let names = try folder.names(in: "cache").filter { $0.hasPrefix("build-") }
        #expect(names.count == 1, "\(names)")
        try folder.write("cache/" + names[0], bytes: Array("VGBUILD\u{0}garbage".utf8))
        let damaged = try Self.build(folder)
        #expect(Self.wroteAgain(damaged), "\(damaged.stderr)")
        #expect(try Self.build(folder).stderr.contains("already up to date"), "the stamp was written again")
    }
}
