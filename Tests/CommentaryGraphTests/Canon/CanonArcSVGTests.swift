import Foundation
import Testing

@testable import CommentaryGraph

@Suite struct CanonArcSVGTests {
    /// The whole document for the Obadiah–Jonah fixture, byte for byte, against
    /// `Fixtures/canon/small.svg` (when they differ the fresh one is left in the temporary folder).
    @Test func drawsTheGoldenDocument() throws {
        let svg = CanonArcSVG(title: "Sample <site>").document(try CanonFixtures.view())
        let url = try #require(Bundle.module.url(forResource: "small", withExtension: "svg", subdirectory: "Fixtures/canon"))
        let golden = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        if svg != golden {
            let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("versegraph-small-canon.svg")
            try Data(svg.utf8).write(to: fresh)
            Issue.record("canon.svg differs from the golden file; the fresh one is \(fresh.path)")
        }
    }

    @Test func tooltipsNameTheCounts() throws {
        let svg = CanonArcSVG().document(try CanonFixtures.view())
        #expect(svg.contains("<title>Jonah 2: 10 verses, 1 covered; 1 page; 2 links out, 1 in, 1 broken</title>"))
        #expect(svg.contains("<title>Jonah 1 → Obadiah: 2 related links</title>"))
        #expect(svg.contains("<title>Jonah 2 → Jonah 2: 1 related link, 1 broken</title>"))
    }

    /// The broken link is drawn in the warning colour and the deeper one in blue.
    @Test func brokenLinksAreDrawnInTheWarningColour() throws {
        let svg = CanonArcSVG().document(try CanonFixtures.view())
        let broken = try #require(
            svg.range(of: "<g stroke=\"\(CanonArcSVG.Palette.broken)\" stroke-width=\"0.6\" stroke-opacity=\"0.35\">\n"))
        #expect(svg[broken.upperBound...].hasPrefix("<path d="))
        #expect(svg[broken.upperBound...].prefix(200).contains("Jonah 2 → Jonah 2"))
        let deeper = try #require(
            svg.range(of: "<g stroke=\"\(CanonArcSVG.Palette.deeper)\" stroke-width=\"0.6\" stroke-opacity=\"0.35\">\n"))
        #expect(svg[deeper.upperBound...].prefix(200).contains("Jonah 2 → Jonah 1: 1 deeper link"))
    }

    /// The same view gives the same bytes, and the document is well-formed XML.
    @Test func isDeterministicAndWellFormed() throws {
        let view = try CanonFixtures.view()
        let svg = CanonArcSVG().document(view)
        #expect(svg == CanonArcSVG().document(try CanonFixtures.view()))
        let file = try ExternalTool.temporaryFile(svg, extension: "svg")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try ExternalTool.run(["xmllint", "--noout", file.path])
        run.expectSuccess(needing: "xmllint")
        #expect(run.stderr.isEmpty)
    }

    /// Arcs of one chapter, kind and count share a path whose tooltip names every target.
    @Test func arcsOfOneCountShareAPath() throws {
        let fixture = try CanonFixtures.view()
        let arcs = [
            CanonView.Arc(source: 0, target: 2, kind: .related, count: 1, broken: 0),
            CanonView.Arc(source: 0, target: 3, kind: .related, count: 1, broken: 0),
            CanonView.Arc(source: 0, target: 4, kind: .related, count: 3, broken: 0),
        ]
        let svg = CanonArcSVG().document(CanonView(versification: .kjv, chapters: fixture.chapters, arcs: arcs))
        #expect(
            svg.contains(
                "<path d=\"M280 0a1 1 0 0 1 320 0M280 0a1 1 0 0 1 480 0\"><title>Obadiah → Jonah 2, Jonah 3: 1 related link each</title></path>\n"
                    + "<path d=\"M280 0a1 1 0 0 1 640 0\" stroke-width=\"1.2\" stroke-opacity=\"0.43\"><title>Obadiah → Jonah 4: 3 related links</title></path>\n"
            ))
    }

    @Test func anEmptyCorpusStillDrawsTheFrame() throws {
        let svg = CanonArcSVG().document(CanonView(versification: .kjv, chapters: [], arcs: []))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("0 books, 0 chapters"))
    }
}
