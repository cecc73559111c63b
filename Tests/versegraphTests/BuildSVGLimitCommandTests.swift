import Foundation
import Testing

/// `versegraph build --svg-max-nodes`: `dot` is handed only graphs small enough to draw.
@Suite("versegraph build --svg-max-nodes")
struct BuildSVGLimitCommandTests {
    @Test func aGraphOverTheLimitIsNotDrawnAndSaysWhy() throws {
        let folder = try ScratchFolder()
        let run = try VersegraphBinary.run(["build", "Inputs", "--out", folder.path("out"), "--svg-max-nodes", "10"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains("versegraph: graph.svg not drawn: the graph has 48 nodes, more than --svg-max-nodes 10"),
            "\(run.stderr)")
        #expect(folder.bytes("out/graph.svg") == nil)
        #expect(folder.bytes("out/graph.json") != nil, "the other outputs are written")
        #expect(!run.stderr.contains("graph.svg to"), "the summary does not list graph.svg: \(run.stderr)")
    }

    @Test func withSVGAlwaysAGraphOverTheLimitFailsTheRun() throws {
        let folder = try ScratchFolder()
        let run = try VersegraphBinary.run([
            "build", "Inputs", "--out", folder.path("out"), "--svg-max-nodes", "10", "--svg", "always",
        ])
        #expect(run.status == 70, "\(run.stderr)")
        #expect(run.stderr.contains("versegraph: error: graph.svg: the graph has 48 nodes, more than --svg-max-nodes 10"))
        #expect(folder.bytes("out/graph.svg") == nil)
    }

    @Test func aGraphAtTheLimitIsDrawn() throws {
        let folder = try ScratchFolder()
        let run = try VersegraphBinary.run([
            "build", "Inputs", "--out", folder.path("out"), "--svg-max-nodes", "48", "--svg", "always", "-q",
        ])
        #expect(run.status == 0, "needs Graphviz's dot on PATH: \(run.stderr)")
        #expect(folder.bytes("out/graph.svg") != nil)
    }
}
