import Foundation
import Testing

@testable import CommentaryGraph

@Suite struct GraphMLExporterTests {
    @Test func writesTheGoldenDocumentForTheSmallGraph() throws {
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="g0" for="graph" attr.name="name" attr.type="string"/>
              <key id="g1" for="graph" attr.name="versification" attr.type="string"/>
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="book" for="node" attr.name="book" attr.type="string"/>
              <key id="kinds" for="node" attr.name="kinds" attr.type="string"/>
              <key id="pages" for="node" attr.name="pages" attr.type="string"/>
              <key id="present" for="node" attr.name="present" attr.type="boolean"/>
              <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
              <key id="count" for="edge" attr.name="count" attr.type="int"/>
              <key id="file" for="edge" attr.name="file" attr.type="string"/>
              <key id="line" for="edge" attr.name="line" attr.type="int"/>
              <graph id="versegraph" edgedefault="directed">
                <data key="g0">sample</data>
                <data key="g1">kjv</data>
                <node id="Exod.32.30-Exod.32.35">
                  <data key="label">Exodus 32:30-35</data>
                  <data key="book">Exod</data>
                  <data key="kinds">commentary</data>
                  <data key="pages">thebiblesays.com/en/commentary/exo+32:30</data>
                  <data key="present">true</data>
                </node>
                <node id="Exod.32.31">
                  <data key="label">Exodus 32:31</data>
                  <data key="book">Exod</data>
                  <data key="kinds">synopsis</data>
                  <data key="pages">thebiblesays.com/en/synopsis/exo+32:31</data>
                  <data key="present">true</data>
                </node>
                <node id="Rom.9.3">
                  <data key="label">Romans 9:3</data>
                  <data key="book">Rom</data>
                  <data key="kinds"></data>
                  <data key="pages"></data>
                  <data key="present">false</data>
                </node>
                <edge id="e0" source="Exod.32.31" target="Exod.32.30-Exod.32.35">
                  <data key="kind">deeper</data>
                  <data key="count">1</data>
                  <data key="file">thebiblesays.com/en/synopsis/exo+32:31</data>
                  <data key="line">42</data>
                </edge>
                <edge id="e1" source="Exod.32.31" target="Rom.9.3">
                  <data key="kind">related</data>
                  <data key="count">2</data>
                  <data key="file">thebiblesays.com/en/synopsis/exo+32:31</data>
                  <data key="line">57</data>
                </edge>
              </graph>
            </graphml>
            """ + "\n"
        #expect(GraphMLExporter().export(try SampleGraphs.small()) == expected)
    }

    @Test(arguments: SampleGraphs.names)
    func loadsInNetworkX(name: String) throws {
        let graph = try SampleGraphs.named(name)
        let file = try ExternalTool.temporaryFile(GraphMLExporter().export(graph), extension: "graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try ExternalTool.python(
            "import sys,networkx as nx; g=nx.read_graphml(sys.argv[1]);"
                + " print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())",
            on: file)
        guard run.expectSuccess(needing: "python3 with networkx") else { return }
        #expect(run.stdout == "\(graph.nodes.count) \(graph.edges.count) True\n")
    }

    /// Reading the awkward graph back gives the same strings and the declared types.
    @Test func valuesSurviveEscapingWithTheirTypes() throws {
        let graph = try SampleGraphs.awkward()
        let file = try ExternalTool.temporaryFile(GraphMLExporter().export(graph), extension: "graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try ExternalTool.python(
            "import sys,networkx as nx; g=nx.read_graphml(sys.argv[1]); n=g.nodes['Jude.1.3'];"
                + " e=g.edges['Jude.1.3','Jude.1.4'];"
                + " print(n['label']); print(g.graph['note']); print(n['pages']);"
                + " print(n['present'], g.nodes['Jude.1.4']['present'], e['count'], e['line'], e['kind'])",
            on: file)
        guard run.expectSuccess(needing: "python3 with networkx") else { return }
        let expected = [
            graph.nodes[0].label, graph.attributes["note"] ?? "", "a&b/jude+3", "True False 1 1 deeper",
        ]
        #expect(run.stdout == expected.joined(separator: "\n") + "\n")
    }

    @Test func escapesMarkupAndReplacesCharactersXMLForbids() {
        #expect(
            Markup.escaped(#"<a href="x">&'</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;")
        #expect(Markup.escaped("a\u{01}b\rc\td") == "a\u{FFFD}b&#13;c\td")
    }
}
