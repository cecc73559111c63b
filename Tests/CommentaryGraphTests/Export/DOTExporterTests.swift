import Foundation
import Testing

@testable import CommentaryGraph

@Suite struct DOTExporterTests {
    @Test func writesTheGoldenDocumentForTheSmallGraph() throws {
        let expected = """
            digraph versegraph {
              // name: sample
              // versification: kjv
              graph [rankdir=LR, fontname="Helvetica", fontsize=12, nodesep=0.15, ranksep=1.2];
              node [shape=box, style="rounded,filled", fillcolor=white, fontname="Helvetica", fontsize=10];
              edge [fontname="Helvetica", fontsize=9, arrowsize=0.6];

              subgraph "cluster_Exod" {
                label="Exodus"; style=rounded; color=grey70;
                "Exod.32.30-Exod.32.35" [label="Exodus 32:30-35", fillcolor="#dbeafe", color="#1d4ed8"];
                "Exod.32.31" [label="Exodus 32:31"];
              }

              subgraph "cluster_Rom" {
                label="Romans"; style=rounded; color=grey70;
                "Rom.9.3" [label="Romans 9:3", style="rounded,dashed", color=grey50, fontcolor=grey50];
              }

              "Exod.32.31" -> "Exod.32.30-Exod.32.35" [style=solid, color="#1d4ed8"];
              "Exod.32.31" -> "Rom.9.3" [style=dashed, color=grey55, penwidth=2, label="2"];
            }
            """ + "\n"
        #expect(DOTExporter().export(try SampleGraphs.small()) == expected)
    }

    /// Graphviz draws every sample without complaint, and every node and book label shows.
    @Test(arguments: SampleGraphs.names)
    func rendersWithGraphviz(name: String) throws {
        let graph = try SampleGraphs.named(name)
        let file = try ExternalTool.temporaryFile(DOTExporter().export(graph), extension: "dot")
        let svg = file.appendingPathExtension("svg")
        defer {
            try? FileManager.default.removeItem(at: file)
            try? FileManager.default.removeItem(at: svg)
        }
        let run = try ExternalTool.run(["dot", "-Tsvg", file.path, "-o", svg.path])
        guard run.expectSuccess(needing: "Graphviz dot") else { return }
        #expect(run.stderr.isEmpty, "dot warned: \(run.stderr)")
        let text = Self.decodingEntities(String(decoding: try Data(contentsOf: svg), as: UTF8.self))
        for label in graph.nodes.map(\.label) + graph.nodes.map(\.range.book.title) {
            #expect(text.contains(">\(label)</text>"), "no \(label) in the SVG")
        }
    }

    @Test func clustersFollowCanonicalBookOrder() throws {
        let text = DOTExporter().export(try SampleGraphs.chain())
        let clusters = text.split(separator: "\n").filter { $0.contains("subgraph") }
        #expect(
            clusters == [
                #"  subgraph "cluster_Gen" {"#, #"  subgraph "cluster_Exod" {"#,
                #"  subgraph "cluster_Rom" {"#,
            ])
        #expect(
            text.contains(
                #""Exod.32.30-Exod.32.35" -> "Exod.33.1-Exod.33.6" [style=dashed, color=grey55, penwidth=2, label="3"];"#))
    }

    @Test func escapesQuotesBackslashesAndLineBreaks() throws {
        let text = DOTExporter().export(try SampleGraphs.awkward())
        #expect(text.contains(#"[label="Jude 3 \"contend\" \\ <faith> & 'saints' ü"];"#))
        #expect(DOTExporter.quoted("one\ntwo\r\nthree") == #""one\ntwo\nthree""#)
    }

    /// Undoes the character references Graphviz writes in SVG text (`&#45;` for `-`, ...).
    private static func decodingEntities(_ text: String) -> String {
        var result = text
        for (entity, character) in [
            ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&#39;", "'"), ("&#45;", "-"),
        ] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result.replacingOccurrences(of: "&amp;", with: "&")
    }
}
