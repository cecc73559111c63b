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
              "elements": {
                "edges": [
                  {
                    "data": {
                      "count": 1,
                      "file": "thebiblesays.com/en/synopsis/exo+32:31",
                      "id": "e0",
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
                      "present": true
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
                      "present": true
                    }
                  },
                  {
                    "data": {
                      "book": "Rom",
                      "id": "Rom.9.3",
                      "kinds": [],
                      "label": "Romans 9:3",
                      "pages": [],
                      "present": false
                    }
                  }
                ]
              }
            }
            """ + "\n"
        #expect(CytoscapeExporter().export(try SampleGraphs.small()) == expected)
    }

    @Test(arguments: SampleGraphs.names)
    func matchesPythonsJSONDumpsByteForByte(name: String) throws {
        let text = CytoscapeExporter().export(try SampleGraphs.named(name))
        let file = try ExternalTool.temporaryFile(text, extension: "cyjs")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try ExternalTool.python(
            "import json,sys; t=open(sys.argv[1],encoding='utf-8').read();"
                + " print(json.dumps(json.loads(t),indent=2,sort_keys=True,ensure_ascii=False)+'\\n'==t)",
            on: file)
        guard run.expectSuccess(needing: "python3") else { return }
        #expect(run.stdout == "True\n")
    }

    /// Cytoscape.js rejects an edge whose ends are not nodes, or two elements with one id.
    @Test(arguments: SampleGraphs.names)
    func edgesJoinDeclaredNodesAndIdsAreUnique(name: String) throws {
        let text = CytoscapeExporter().export(try SampleGraphs.named(name))
        let file = try ExternalTool.temporaryFile(text, extension: "cyjs")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try ExternalTool.python(
            "import json,sys; d=json.load(open(sys.argv[1]))['elements'];"
                + " n=[x['data']['id'] for x in d['nodes']]; e=[x['data'] for x in d['edges']];"
                + " ids=n+[x['id'] for x in e];"
                + " print(len(ids)==len(set(ids)) and all(x['source'] in n and x['target'] in n for x in e))",
            on: file)
        guard run.expectSuccess(needing: "python3") else { return }
        #expect(run.stdout == "True\n")
    }
}
