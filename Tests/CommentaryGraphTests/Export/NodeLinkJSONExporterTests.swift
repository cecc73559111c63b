import Foundation
import Testing

@testable import CommentaryGraph

@Suite struct NodeLinkJSONExporterTests {
    @Test func writesTheGoldenDocumentForTheSmallGraph() throws {
        let expected = """
            {
              "directed": true,
              "edges": [
                {
                  "count": 1,
                  "file": "thebiblesays.com/en/synopsis/exo+32:31",
                  "key": "deeper",
                  "kind": "deeper",
                  "line": 42,
                  "source": "Exod.32.31",
                  "target": "Exod.32.30-Exod.32.35"
                },
                {
                  "count": 2,
                  "file": "thebiblesays.com/en/synopsis/exo+32:31",
                  "key": "related",
                  "kind": "related",
                  "line": 57,
                  "source": "Exod.32.31",
                  "target": "Rom.9.3"
                }
              ],
              "graph": {
                "name": "sample",
                "versification": "kjv"
              },
              "multigraph": true,
              "nodes": [
                {
                  "book": "Exod",
                  "id": "Exod.32.30-Exod.32.35",
                  "kinds": [
                    "commentary"
                  ],
                  "label": "Exodus 32:30-35",
                  "pages": [
                    "thebiblesays.com/en/commentary/exo+32:30"
                  ],
                  "present": true
                },
                {
                  "book": "Exod",
                  "id": "Exod.32.31",
                  "kinds": [
                    "synopsis"
                  ],
                  "label": "Exodus 32:31",
                  "pages": [
                    "thebiblesays.com/en/synopsis/exo+32:31"
                  ],
                  "present": true
                },
                {
                  "book": "Rom",
                  "id": "Rom.9.3",
                  "kinds": [],
                  "label": "Romans 9:3",
                  "pages": [],
                  "present": false
                }
              ]
            }
            """ + "\n"
        #expect(NodeLinkJSONExporter().export(try SampleGraphs.small()) == expected)
    }

    /// The brief's own check: NetworkX reads the file with no arguments as a directed multigraph.
    @Test(arguments: SampleGraphs.names)
    func loadsInNetworkXWithNoArguments(name: String) throws {
        let graph = try SampleGraphs.named(name)
        let run = try ExternalTool.python(
            "import json,sys,networkx as nx; g=nx.node_link_graph(json.load(open(sys.argv[1])));"
                + " print(g.number_of_nodes(), g.number_of_edges(), g.is_multigraph(), g.is_directed())",
            onText: NodeLinkJSONExporter().export(graph), extension: "json")
        guard run.expectSuccess(needing: "python3 with networkx") else { return }
        #expect(run.stdout == "\(graph.nodes.count) \(graph.edges.count) True True\n")
    }

    @Test func networkXKeysEdgesByKindAndKeepsTheAttributes() throws {
        let file = try ExternalTool.temporaryFile(
            NodeLinkJSONExporter().export(try SampleGraphs.small()), extension: "json")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try ExternalTool.python(
            "import json,sys,networkx as nx; g=nx.node_link_graph(json.load(open(sys.argv[1])));"
                + " e=g.edges['Exod.32.31','Rom.9.3','related']; n=g.nodes['Rom.9.3'];"
                + " print(g.graph['name'], e['kind'], e['count'], e['line'], n['label'], n['present'])",
            on: file)
        guard run.expectSuccess(needing: "python3 with networkx") else { return }
        #expect(run.stdout == "sample related 2 57 Romans 9:3 False\n")
    }

    /// Escapes and layout are Python's own, so any JSON reader gets back the same strings.
    @Test(arguments: SampleGraphs.names)
    func matchesPythonsJSONDumpsByteForByte(name: String) throws {
        let text = NodeLinkJSONExporter().export(try SampleGraphs.named(name))
        let run = try ExternalTool.python(
            "import json,sys; t=open(sys.argv[1],encoding='utf-8').read();"
                + " print(json.dumps(json.loads(t),indent=2,sort_keys=True,ensure_ascii=False)+'\\n'==t)",
            onText: text, extension: "json")
        guard run.expectSuccess(needing: "python3") else { return }
        #expect(run.stdout == "True\n")
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() throws {
        let text = NodeLinkJSONExporter().export(try SampleGraphs.awkward())
        #expect(text.contains(#""label": "Jude 3 \"contend\" \\ <faith> & 'saints' ü""#))
        #expect(text.contains(#""note": "quote \" backslash \\ tab\t<end>""#))
    }

    /// `links`: NetworkX before 3.6 (simulated with 3.6's `edges="links"`) and d3 read it.
    @Test func linksKeyForOlderNetworkXAndD3() throws {
        let graph = try SampleGraphs.chain()
        let text = NodeLinkJSONExporter(edgesKey: .links).export(graph)
        #expect(text.contains("\n  \"links\": [\n"))
        #expect(!text.contains("\"edges\""))
        let run = try ExternalTool.python(
            "import json,sys,networkx as nx; d=json.load(open(sys.argv[1]));"
                + " g=nx.node_link_graph(d, edges='links');"
                + " ids={n['id'] for n in d['nodes']};"
                + " print(g.number_of_nodes(), g.number_of_edges(), 'edges' in d,"
                + " all(l['source'] in ids and l['target'] in ids for l in d['links']))",
            onText: text, extension: "json")
        guard run.expectSuccess(needing: "python3 with networkx") else { return }
        #expect(run.stdout == "\(graph.nodes.count) \(graph.edges.count) False True\n")
    }
}
