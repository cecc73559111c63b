import Foundation
import Testing

/// `--max-page-size`: larger files are skipped unread, and said to be.
@Suite("versegraph --max-page-size")
struct PageSizeLimitCommandTests {
    @Test func everyPageOverTheLimitLeavesNoPagesAndExits64() throws {
        let folder = try ScratchFolder()
        let run = try VersegraphBinary.run(["build", "Inputs", "--out", folder.path("out"), "--max-page-size", "100"])
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("versegraph: error: no pages found under Inputs"), "\(run.stderr)")
        #expect(folder.bytes("out/graph.json") == nil)
    }

    @Test func aPageOverTheLimitBesideOthersIsNamed() throws {
        let folder = try ScratchFolder()
        try folder.write("site/thebiblesays.com/en/synopsis/rut+1:1", minimalPage("Ruth 1:1"))
        let large = minimalPage("Ruth 1:2") + String(repeating: "<p>padding</p>", count: 100)
        try folder.write("site/thebiblesays.com/en/synopsis/rut+1:2", large)
        let run = try folder.run(["build", "site", "--out", "out", "--svg", "never", "--max-page-size", "1000"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "versegraph: skipped site/thebiblesays.com/en/synopsis/rut+1:2: the file is \(large.utf8.count) bytes, "
                    + "over the page size limit of 1000 bytes (--max-page-size); not read\n"), "\(run.stderr)")
        #expect(run.stderr.contains("1 page read, 1 skipped (1 too large)"), "\(run.stderr)")
    }

    @Test func aLargeLimitSkipsNothing() throws {
        let folder = try ScratchFolder()
        let run = try VersegraphBinary.run([
            "build", "Inputs", "--out", folder.path("out"), "--svg", "never", "--max-page-size", "1000000",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("skipped"), "\(run.stderr)")
        #expect(pagesRead(inSummary: run.stderr) == 47, "\(run.stderr)")
    }
}
