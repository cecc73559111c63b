import Foundation
import Testing

/// A run that finds files but can read none of them says why each was passed over, not only
/// that there were no pages: "no pages found under Inputs" over 47 pages too large to read
/// sends the user looking in the wrong place.
@Suite("versegraph over files that are all skipped")
struct NoPagesReasonCommandTests {
    @Test func everyPageTooLargeIsNamedWithItsReason() throws {
        let folder = try ScratchFolder()
        let run = try VersegraphBinary.run(["build", "Inputs", "--out", folder.path("out"), "--max-page-size", "100"])
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("no pages found under Inputs"), "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "versegraph: skipped Inputs/thebiblesays.com/en/synopsis/exo+32:31: the file is "),
            "each skipped file is named, as in a run that has pages: \(run.stderr)")
        #expect(run.stderr.contains("over the page size limit of 100 bytes (--max-page-size)"), "\(run.stderr)")
    }

    @Test func aSiteOfOneLinkOutsideTheInputsSaysSo() throws {
        let folder = try ScratchFolder()
        try folder.write("outside/ruth.html", minimalPage("Ruth 1:1"))
        try folder.makeFolder("site/thebiblesays.com/en/synopsis")
        try folder.link("site/thebiblesays.com/en/synopsis/rut+1:1", to: folder.path("outside/ruth.html"))
        let run = try folder.run(["check", "site"])
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("no pages found under site"), "\(run.stderr)")
        #expect(run.stderr.contains("outside the inputs"), "the --follow-symlinks hint is shown: \(run.stderr)")
    }
}
