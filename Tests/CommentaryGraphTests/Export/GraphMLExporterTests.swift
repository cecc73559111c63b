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
              <key id="osis" for="node" attr.name="osis" attr.type="string"/>
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
                  <data key="osis">Exod.32.30-Exod.32.35</data>
                  <data key="label">Exodus 32:30-35</data>
                  <data key="book">Exod</data>
                  <data key="kinds">[&quot;commentary&quot;]</data>
                  <data key="pages">[&quot;thebiblesays.com/en/commentary/exo+32:30&quot;]</data>
                  <data key="present">true</data>
                </node>
                <node id="Exod.32.31">
                  <data key="osis">Exod.32.31</data>
                  <data key="label">Exodus 32:31</data>
                  <data key="book">Exod</data>
                  <data key="kinds">[&quot;synopsis&quot;]</data>
                  <data key="pages">[&quot;thebiblesays.com/en/synopsis/exo+32:31&quot;]</data>
                  <data key="present">true</data>
                </node>
                <node id="Rom.9.3">
                  <data key="osis">Rom.9.3</data>
                  <data key="label">Romans 9:3</data>
                  <data key="book">Rom</data>
                  <data key="kinds">[]</data>
                  <data key="pages">[]</data>
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
        let run = try ExternalTool.python(
            "import sys,networkx as nx; g=nx.read_graphml(sys.argv[1]);"
                + " print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())",
            onText: GraphMLExporter().export(graph), extension: "graphml")
        guard run.expectSuccess(needing: "python3 with networkx") else { return }
        #expect(run.stdout == "\(graph.nodes.count) \(graph.edges.count) True\n")
    }

    /// Reading the awkward graph back gives the same strings and the declared types.
    @Test func valuesSurviveEscapingWithTheirTypes() throws {
        let graph = try SampleGraphs.awkward()
        let run = try ExternalTool.python(
            "import sys,json,networkx as nx; g=nx.read_graphml(sys.argv[1]); n=g.nodes['Jude.1.3'];"
                + " e=g.edges['Jude.1.3','Jude.1.4'];"
                + " print(n['label']); print(g.graph['note']); print(json.loads(n['pages'])[0]);"
                + " print(n['present'], g.nodes['Jude.1.4']['present'], e['count'], e['line'], e['kind'])",
            onText: GraphMLExporter().export(graph), extension: "graphml")
        guard run.expectSuccess(needing: "python3 with networkx") else { return }
        let expected = [
            graph.nodes[0].label, graph.attributes["note"] ?? "", "a&b/jude+3", "True False 1 1 deeper",
        ]
        #expect(run.stdout == expected.joined(separator: "\n") + "\n")
    }

    /// A partial verse (whose OSIS id has a `!`), page paths with a space and a comma, and a
    /// graph attribute whose name is no NMTOKEN.
    static func partial() throws -> VerseGraph {
        let acts = GraphNode(
            range: try SampleGraphs.range("Acts 9:19b-25"), kinds: [.commentary, .synopsis],
            pages: ["my pages/acts 9,19b.html", "acts+9:19"])
        let damascus = try SampleGraphs.node("Acts 9:10-19a", [.commentary], ["acts+9:10"])
        return VerseGraph(
            nodes: [acts, damascus],
            edges: [SampleGraphs.edge(acts.id, damascus.id, .related, file: "my pages/acts 9,19b.html", line: 3)],
            attributes: ["site name": "Example"])
    }

    @Test(arguments: SampleGraphs.names + ["partial"])
    func isValidAgainstTheGraphMLSchema(name: String) throws {
        let graph = name == "partial" ? try Self.partial() : try SampleGraphs.named(name)
        let run = try ExternalTool.python(GraphMLSchema.program, onText: GraphMLExporter().export(graph), extension: "graphml")
        guard run.expectSuccess(needing: "python3") else { return }
        #expect(run.stdout == "valid\n")
    }

    /// The checker is not a rubber stamp: the id, the undeclared key and the dangling edge of
    /// this document are each reported.
    @Test func theSchemaCheckRejectsWhatTheXSDRejects() throws {
        let document = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph id="g" edgedefault="directed">
                <key id="k" for="node"/>
                <node id="Acts.9.19!b-Acts.9.25"><data key="nope">x</data></node>
                <edge source="Acts.9.19!b-Acts.9.25" target="elsewhere" directed="yes"/>
              </graph>
            </graphml>
            """
        let run = try ExternalTool.python(GraphMLSchema.program, onText: document, extension: "graphml")
        guard run.expectSuccess(needing: "python3") else { return }
        let problems = run.stdout.split(separator: "\n").map(String.init)
        #expect(problems.contains { $0.contains("<graph> content ['key', 'node', 'edge'] does not follow the schema") })
        #expect(problems.contains { $0.contains("id='Acts.9.19!b-Acts.9.25' is not an xs:NMTOKEN") })
        #expect(problems.contains { $0.contains("directed='yes' is not an xs:boolean") })
        #expect(problems.contains("data key 'nope' is not declared"))
        #expect(problems.contains("edge None: target 'elsewhere' is no node"))
    }

    /// networkx reads the partial verse under its NMTOKEN id, with the exact OSIS id, and the
    /// page lists split back without loss.
    @Test func networkXReadsIdsAndListsBack() throws {
        let run = try ExternalTool.python(
            "import sys,json,networkx as nx; g=nx.read_graphml(sys.argv[1]); n=g.nodes['Acts.9.19_b-Acts.9.25'];"
                + " print(n['osis']); print(json.loads(n['pages'])); print(json.loads(n['kinds']));"
                + " print(sorted(g.edges())); print(g.graph['site_20name'])",
            onText: GraphMLExporter().export(try Self.partial()), extension: "graphml")
        guard run.expectSuccess(needing: "python3 with networkx") else { return }
        #expect(
            run.stdout == """
                Acts.9.19!b-Acts.9.25
                ['my pages/acts 9,19b.html', 'acts+9:19']
                ['commentary', 'synopsis']
                [('Acts.9.19_b-Acts.9.25', 'Acts.9.10-Acts.9.19_a')]
                Example

                """)
    }

    @Test func tokensAreNMTOKENsAndDistinct() {
        #expect(GraphMLExporter.token("Acts.9.19!b-Acts.9.25") == "Acts.9.19_b-Acts.9.25")
        #expect(GraphMLExporter.token("Exod.32.31") == "Exod.32.31")
        #expect(GraphMLExporter.token("a b:ü") == "a_20b_3a_fc")
        #expect(GraphMLExporter.token("") == "_")
    }

    @Test func escapesMarkupAndReplacesCharactersXMLForbids() {
        #expect(
            Markup.escaped(#"<a href="x">&'</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;")
        #expect(Markup.escaped("a\u{01}b\rc\td") == "a\u{FFFD}b&#13;c\td")
    }
}
