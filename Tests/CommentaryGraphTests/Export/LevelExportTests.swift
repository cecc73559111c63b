import Foundation
import Testing

@testable import CommentaryGraph

/// Chapter and book graphs in every format: the counts reach each format's readers.
@Suite struct LevelExportTests {
    static func sample(_ level: GraphLevel) -> VerseGraph {
        SampleCorpus.corpus.graph(attributes: ["name": "sample"]).aggregated(to: level, versification: .kjv)
    }

    @Test(arguments: [GraphLevel.chapter, .book])
    func networkXReadsTheCountsFromJSON(level: GraphLevel) throws {
        let graph = Self.sample(level)
        let file = try ExternalTool.temporaryFile(NodeLinkJSONExporter().export(graph), extension: "json")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try ExternalTool.python(
            """
            import json, sys, networkx
            g = networkx.node_link_graph(json.load(open(sys.argv[1])))
            n = g.nodes["Exod.32" if "Exod.32" in g else "Exod"]
            links = sum(d["count"] for _, _, d in g.edges(data=True))
            print(g.number_of_nodes(), n["verses"], n["covered"], n["page_count"], links, g.graph["level"])
            """, on: file)
        guard run.expectSuccess(needing: "python3 with networkx") else { return }
        let exodus = try #require(graph.nodes.first { $0.id == (level == .book ? "Exod" : "Exod.32") }?.summary)
        let links = graph.edges.reduce(0) { $0 + $1.count }
        #expect(
            run.stdout
                == "\(graph.nodes.count) \(exodus.verses) \(exodus.covered) \(exodus.pages) \(links) \(level.rawValue)\n")
    }

    @Test(arguments: [GraphLevel.chapter, .book])
    func networkXReadsTheCountsFromGraphML(level: GraphLevel) throws {
        let graph = Self.sample(level)
        let file = try ExternalTool.temporaryFile(GraphMLExporter().export(graph), extension: "graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try ExternalTool.python(
            """
            import sys, networkx
            g = networkx.read_graphml(sys.argv[1])
            print(sum(d["page_count"] for _, d in g.nodes(data=True)), sum(d["count"] for _, _, d in g.edges(data=True)))
            """, on: file)
        guard run.expectSuccess(needing: "python3 with networkx") else { return }
        let pages = graph.nodes.reduce(0) { $0 + ($1.summary?.pages ?? 0) }
        #expect(run.stdout == "\(pages) \(graph.edges.reduce(0) { $0 + $1.count })\n")
    }

    @Test(arguments: [GraphLevel.chapter, .book])
    func cytoscapeCarriesTheCounts(level: GraphLevel) throws {
        let graph = Self.sample(level)
        let data = Data(CytoscapeExporter().export(graph).utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let elements = try #require(json["elements"] as? [String: Any])
        let nodes = try #require(elements["nodes"] as? [[String: [String: Any]]])
        let verses = nodes.compactMap { $0["data"]?["verses"] as? Int }
        #expect(verses == graph.nodes.compactMap { $0.summary?.verses })
        #expect(nodes.compactMap { $0["data"]?["covered"] as? Int }.count == graph.nodes.count)
    }

    /// The DOT of a chapter or book graph renders without a warning, each node labelled with
    /// its counts.
    @Test(arguments: [GraphLevel.chapter, .book])
    func dotRendersWithoutWarnings(level: GraphLevel) throws {
        let graph = Self.sample(level)
        let file = try ExternalTool.temporaryFile(DOTExporter().export(graph), extension: "dot")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try ExternalTool.run(["dot", "-Tsvg", file.path])
        guard run.expectSuccess(needing: "Graphviz dot") else { return }
        #expect(run.stderr.isEmpty, "dot warned: \(run.stderr)")
        let exodus = try #require(graph.nodes.first { $0.range.book.osisID == "Exod" }?.summary)
        let pages = "\(exodus.pages) page\(exodus.pages == 1 ? "" : "s")"
        #expect(run.stdout.contains(">\(exodus.covered)/\(exodus.verses) verses, \(pages)</text>"))
    }

    @Test func bookLevelDOTIsGolden() throws {
        let graph = try SampleGraphs.small().aggregated(to: .book, versification: .kjv)
        let expected = """
            digraph versegraph {
              // level: book
              // name: sample
              // versification: kjv
              graph [rankdir=LR, fontname="Helvetica", fontsize=12, nodesep=0.15, ranksep=1.2];
              node [shape=box, style="rounded,filled", fillcolor=white, fontname="Helvetica", fontsize=10];
              edge [fontname="Helvetica", fontsize=9, arrowsize=0.6];

              subgraph "cluster_Exod" {
                label="Exodus"; style=rounded; color=grey70;
                "Exod" [label="Exodus\\n6/1213 verses, 2 pages", fillcolor="#dbeafe", color="#1d4ed8"];
              }

              subgraph "cluster_Rom" {
                label="Romans"; style=rounded; color=grey70;
                "Rom" [label="Romans\\n0/433 verses, 0 pages", style="rounded,dashed", color=grey50, fontcolor=grey50];
              }

              "Exod" -> "Exod" [style=solid, color="#1d4ed8"];
              "Exod" -> "Rom" [style=dashed, color=grey55, penwidth=2, label="2"];
            }
            """ + "\n"
        #expect(DOTExporter().export(graph) == expected)
    }

    @Test func graphMLDeclaresTheCountKeysOnlyForAggregatedGraphs() throws {
        #expect(!GraphMLExporter().export(try SampleGraphs.small()).contains("page_count"))
        let chapters = GraphMLExporter().export(try SampleGraphs.small().aggregated(to: .chapter, versification: .kjv))
        #expect(chapters.contains(#"<key id="page_count" for="node" attr.name="page_count" attr.type="int"/>"#))
        #expect(chapters.contains(#"<data key="verses">35</data>"#))
    }
}
