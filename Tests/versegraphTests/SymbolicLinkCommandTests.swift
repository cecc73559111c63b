import Foundation
import Testing

/// Symbolic links under the inputs: nothing outside them is read unless asked for, and no
/// page is read twice.
@Suite("versegraph and symbolic links")
struct SymbolicLinkCommandTests {
    /// `site/` with two pages, and `outside/ruth.html`, a Ruth 1:1 synopsis no page links to.
    static func layout() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.write(
            "site/thebiblesays.com/en/synopsis/exo+32:31",
            minimalPage("Exodus 32:31", related: ["/en/commentary/exo+32:30"]))
        try folder.write(
            "site/thebiblesays.com/en/commentary/exo+32:30",
            minimalPage("Exodus 32:30-35", related: ["/en/synopsis/exo+32:31"]))
        try folder.write("outside/ruth.html", minimalPage("Ruth 1:1"))
        return folder
    }

    static func export(_ folder: ScratchFolder, _ input: String, _ extra: [String] = []) throws -> VersegraphBinary.Run {
        try folder.run(["export", "--format", "json", input] + extra)
    }

    @Test func aLinkToAPageOutsideTheInputsIsReportedAndNotRead() throws {
        let folder = try Self.layout()
        try folder.link("site/thebiblesays.com/en/synopsis/rut+1:1", to: folder.path("outside/ruth.html"))
        let run = try Self.export(folder, "site")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains("versegraph: skipped site/thebiblesays.com/en/synopsis/rut+1:1: a symbolic link to "),
            "\(run.stderr)")
        #expect(run.stderr.contains("outside the inputs"), "\(run.stderr)")
        #expect(!nodeIDs(ofGraphJSON: run.stdout).contains("Ruth.1.1"), "\(run.stdout)")
        #expect(nodeIDs(ofGraphJSON: run.stdout).contains("Exod.32.31"))
        let show = try folder.run(["show", "Ruth 1:1", "site", "--format", "json", "-q"])
        #expect(show.status == 0)
        #expect(!show.stdout.contains("rut+1:1"), "no page covers Ruth 1:1: \(show.stdout)")
    }

    @Test func followSymlinksReadsIt() throws {
        let folder = try Self.layout()
        try folder.link("site/thebiblesays.com/en/synopsis/rut+1:1", to: folder.path("outside/ruth.html"))
        let run = try Self.export(folder, "site", ["--follow-symlinks"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("outside the inputs"), "\(run.stderr)")
        #expect(nodeIDs(ofGraphJSON: run.stdout).contains("Ruth.1.1"), "\(run.stdout)")
        let show = try folder.run(["show", "Ruth 1:1", "site", "--format", "json", "-q", "--follow-symlinks"])
        #expect(show.stdout.contains("site/thebiblesays.com/en/synopsis/rut+1:1"), "\(show.stdout)")
    }

    @Test func aLinkedInputFolderGivenOnTheCommandLineIsRead() throws {
        let folder = try Self.layout()
        try folder.link("alias", to: folder.path("site"))
        let real = try folder.run(["build", "site", "--out", "real", "--svg", "never"])
        let linked = try folder.run(["build", "alias", "--out", "linked", "--svg", "never"])
        #expect(real.status == 0 && linked.status == 0, "\(linked.stderr)")
        #expect(pagesRead(inSummary: real.stderr) == 2, "\(real.stderr)")
        #expect(pagesRead(inSummary: linked.stderr) == 2, "\(linked.stderr)")
        #expect(!linked.stderr.contains("skipped"), "\(linked.stderr)")
        #expect(folder.bytes("real/coverage.json") == folder.bytes("linked/coverage.json"))
    }

    @Test func aLinkToAFolderInsideTheInputsDoesNotReadItsPagesTwice() throws {
        let folder = try Self.layout()
        try folder.link("site/mirror", to: folder.path("site/thebiblesays.com"))
        try folder.link("site/thebiblesays.com/en/again", to: "../en")
        let run = try folder.run(["build", "site", "--out", "out", "--svg", "never"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(pagesRead(inSummary: run.stderr) == 2, "\(run.stderr)")
        let check = try folder.run(["check", "site", "--format", "json", "-q"])
        #expect(!check.stdout.contains("\"rule\": \"duplicate-page\""), "no page is found twice: \(check.stdout)")
    }
}
