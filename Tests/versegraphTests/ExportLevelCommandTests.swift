import Foundation
import Testing

/// `versegraph export --level` and `--format arcs` on the sample corpus. (That Graphviz renders
/// the sample's chapter and book DOT without a warning is LevelExportTests' job.)
@Suite("versegraph export --level and arcs")
struct ExportLevelCommandTests {
    @Test(arguments: ["json", "dot", "graphml", "cytoscape"])
    func everyFormatExportsChaptersAndBooks(format: String) throws {
        let chapters = try VersegraphBinary.run(["export", "--format", format, "--level", "chapter", "-q"])
        #expect(chapters.status == 0, "\(chapters.stderr)")
        #expect(chapters.stdout.contains("Exod.32"))
        #expect(!chapters.stdout.contains("Exod.32.30-Exod.32.35"), "passages are merged")
        let books = try VersegraphBinary.run(["export", "--format", format, "--level", "book", "-q"])
        #expect(books.status == 0)
        #expect(books.stdout.contains("Num"))
        #expect(!books.stdout.contains("Exod.32"))
    }

    /// `export --format arcs` writes what `build` writes as canon.svg; `--kind` keeps one kind.
    @Test func arcsIsTheCanonView() throws {
        let arcs = try VersegraphBinary.run(["export", "--format", "arcs", "-q"])
        #expect(arcs.status == 0)
        let committed = try String(
            contentsOf: VersegraphBinary.root.appendingPathComponent("Graphs/canon.svg"), encoding: .utf8)
        #expect(arcs.stdout == committed)
        let related = try VersegraphBinary.run(["export", "--format", "arcs", "--kind", "related", "-q"])
        #expect(related.stdout.contains("related link"))
        #expect(
            related.stdout.contains("<g stroke=\"#1d4ed8\" stroke-width=\"0.6\" stroke-opacity=\"0.35\">\n</g>"),
            "no deeper arc is left")
        #expect(arcs.stdout.contains("Exodus 32 → Exodus 32: 34 deeper links, 1 broken"))
    }

    @Test(arguments: [["--level", "chapter"], ["--book", "Exod"], ["--around", "Exodus 32"]])
    func arcsTakeNoSubgraphOrLevel(arguments: [String]) throws {
        let run = try VersegraphBinary.run(["export", "--format", "arcs"] + arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--format arcs draws the whole site"))
    }

    @Test func anUnknownLevelIsAUsageError() throws {
        #expect(try VersegraphBinary.run(["export", "--level", "verse"]).status == 64)
    }
}
