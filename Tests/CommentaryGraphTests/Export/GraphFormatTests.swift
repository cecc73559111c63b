import Testing

@testable import CommentaryGraph

@Suite struct GraphFormatTests {
    @Test func eachFormatHasItsExporterAndExtension() {
        #expect(GraphFormat.json.exporter is NodeLinkJSONExporter)
        #expect(GraphFormat.dot.exporter is DOTExporter)
        #expect(GraphFormat.graphml.exporter is GraphMLExporter)
        #expect(GraphFormat.cytoscape.exporter is CytoscapeExporter)
        #expect(GraphFormat.allCases.map(\.fileExtension) == ["json", "dot", "graphml", "cyjs"])
        #expect(GraphFormat(rawValue: "graphml") == .graphml)
    }

    /// Every document ends with one newline and is the same on every call.
    @Test(arguments: GraphFormat.allCases, SampleGraphs.names)
    func documentsEndWithANewlineAndAreDeterministic(format: GraphFormat, name: String) throws {
        let graph = try SampleGraphs.named(name)
        let text = format.exporter.export(graph)
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        #expect(format.exporter.export(graph) == text)
    }

    /// Attribute dictionaries are rebuilt in a fresh order; the bytes must not follow it.
    @Test(arguments: GraphFormat.allCases)
    func attributeOrderDoesNotLeak(format: GraphFormat) throws {
        let keys = (0..<20).map { "key\($0)" }
        var graph = try SampleGraphs.small()
        graph.attributes = Dictionary(uniqueKeysWithValues: keys.map { ($0, $0) })
        let first = format.exporter.export(graph)
        graph.attributes = Dictionary(uniqueKeysWithValues: keys.reversed().map { ($0, $0) })
        #expect(format.exporter.export(graph) == first)
    }
}
