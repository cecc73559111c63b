import Foundation
import Testing

/// A page cache that cannot be written is a warning, never an error: the run goes on and
/// succeeds, so standard error must not say "error:" (CI problem matchers count those).
@Suite("versegraph --cache in a folder that cannot be made")
struct CacheFolderCommandTests {
    @Test func aFileWhereTheCacheFolderShouldBeIsAWarningOnly() throws {
        let folder = try ScratchFolder()
        try folder.write("cache", "a file, not a folder")
        let run = try VersegraphBinary.run([
            "build", "Inputs", "--out", folder.path("out"), "--svg", "never", "--cache", folder.path("cache"),
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("versegraph: warning: the page cache \(folder.path("cache"))/pages.v1 was not written"))
        #expect(!run.stderr.contains("error:"), "the run succeeded: \(run.stderr)")
        #expect(
            folder.bytes("out/graph.json")
                == (try Data(contentsOf: VersegraphBinary.root.appendingPathComponent("Graphs/graph.json"))))
    }
}
