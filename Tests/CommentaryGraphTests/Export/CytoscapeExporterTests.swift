import Foundation
import Testing

@testable import CommentaryGraph

@Suite struct CytoscapeExporterTests {
    @Test func writesTheGoldenDocumentForTheSmallGraph() throws {
        let expected = """
            {
              "data": {
                "name": "sample",
                "versification": "kjv"
              },
              "directed": true,
              "elements": {
                "edges": [
                  {
                    "data": {
                      "count": 1,
                      "file": "thebiblesays.com/en/synopsis/exo+32:31",
                      "id": "e0",
                      "key": "deeper",
                      "kind": "deeper",
                      "line": 42,
                      "source": "Exod.32.31",
                      "target": "Exod.32.30-Exod.32.35"
                    }
                  },
                  {
                    "data": {
                      "count": 2,
                      "file": "thebiblesays.com/en/synopsis/exo+32:31",
                      "id": "e1",
                      "key": "related",
                      "kind": "related",
                      "line": 57,
                      "source": "Exod.32.31",
                      "target": "Rom.9.3"
                    }
                  }
                ],
                "nodes": [
                  {
                    "data": {
                      "book": "Exod",
                      "id": "Exod.32.30-Exod.32.35",
                      "kinds": [
                        "commentary"
                      ],
                      "label": "Exodus 32:30-35",
                      "pages": [
                        "thebiblesays.com/en/commentary/exo+32:30"
                      ],
                      "present": true,
                      "value": "Exod.32.30-Exod.32.35"
                    }
                  },
                  {
                    "data": {
                      "book": "Exod",
                      "id": "Exod.32.31",
                      "kinds": [
                        "synopsis"
                      ],
                      "label": "Exodus 32:31",
                      "pages": [
                        "thebiblesays.com/en/synopsis/exo+32:31"
                      ],
                      "present": true,
                      "value": "Exod.32.31"
                    }
                  },
                  {
                    "data": {
                      "book": "Rom",
                      "id": "Rom.9.3",
                      "kinds": [],
                      "label": "Romans 9:3",
                      "pages": [],
                      "present": false,
                      "value": "Rom.9.3"
                    }
                  }
                ]
              },
              "multigraph": true
            }
            """ + "\n"
        #expect(CytoscapeExporter().export(try SampleGraphs.small()) == expected)
    }

    @Test(arguments: SampleGraphs.names)
    func matchesPythonsJSONDumpsByteForByte(name: String) throws {
        let text = CytoscapeExporter().export(try SampleGraphs.named(name))
        let run = try ExternalTool.python(
            "import json,sys; t=open(sys.argv[1],encoding='utf-8').read();"
                + " print(json.dumps(json.loads(t),indent=2,sort_keys=True,ensure_ascii=False)+'\\n'==t)",
            onText: text, extension: "cyjs")
        guard run.expectSuccess(needing: "python3") else { return }
        #expect(run.stdout == "True\n")
    }

    /// Cytoscape.js rejects an edge whose ends are not nodes, or two elements with one id.
    @Test(arguments: SampleGraphs.names)
    func edgesJoinDeclaredNodesAndIdsAreUnique(name: String) throws {
        let text = CytoscapeExporter().export(try SampleGraphs.named(name))
        let run = try ExternalTool.python(
            "import json,sys; d=json.load(open(sys.argv[1]))['elements'];"
                + " n=[x['data']['id'] for x in d['nodes']]; e=[x['data'] for x in d['edges']];"
                + " ids=n+[x['id'] for x in e];"
                + " print(len(ids)==len(set(ids)) and all(x['source'] in n and x['target'] in n for x in e))",
            onText: text, extension: "cyjs")
        guard run.expectSuccess(needing: "python3") else { return }
        #expect(run.stdout == "True\n")
    }

    /// The documented ways to load the file: `doc.elements` is what `cytoscape({elements})`
    /// takes (nodes and edges each with their fields under `data`), and NetworkX's
    /// `cytoscape_graph(doc)` reads the whole document with every node, edge and attribute.
    @Test func loadsTheDocumentedWays() throws {
        let graph = try SampleGraphs.chain()
        let run = try ExternalTool.python(
            "import json,sys,networkx as nx; doc=json.load(open(sys.argv[1])); els=doc['elements'];"
                + " print(sorted(doc), sorted(els), all(set(x)=={'data'} for x in els['nodes']+els['edges']));"
                + " g=nx.cytoscape_graph(doc);"
                + " print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph(), g.graph['name']);"
                + " print(sorted(g.nodes) == sorted(x['data']['id'] for x in els['nodes']));"
                + " s,t,k=next(iter(g.edges(keys=True))); print(k == g.edges[s,t,k]['kind'])",
            onText: CytoscapeExporter().export(graph), extension: "cyjs")
        guard run.expectSuccess(needing: "python3 with networkx") else { return }
        #expect(
            run.stdout == """
                ['data', 'directed', 'elements', 'multigraph'] ['edges', 'nodes'] True
                \(graph.nodes.count) \(graph.edges.count) True True \(graph.attributes["name"] ?? "")
                True
                True

                """)
    }
}
