import Foundation
import Testing

@testable import CommentaryGraph

@Suite("A realistic synopsis page")
struct HTMLScannerFixtureTests {
    @Test func extractsExactlyTheDeeperAndRelatedLinks() throws {
        let page = try HTMLPageScanner(profile: .theBibleSays).scan(fixture("synopsis-exodus-32-31.html"))
        #expect(page.sections == [.deeper, .related])
        #expect(
            page.links == [
                ScannedLink(
                    kind: .deeper, href: "/en/commentary/exo+32:30", text: "Exodus 32:30-35 meaning", line: 44),
                ScannedLink(
                    kind: .related, href: "/en/commentary/exo+32:15", text: "Exodus 32:15-20 meaning", line: 48),
                ScannedLink(
                    kind: .related, href: "/en/commentary/exo+16:31", text: "Exodus 16:31\u{2011}36 meaning", line: 49),
                ScannedLink(
                    kind: .related, href: "/en/commentary/exo+25:31", text: "Exodus 25:31-40 meaning", line: 50),
            ])
    }

    @Test func readsTitlesAndURLs() throws {
        let page = try HTMLPageScanner(profile: .theBibleSays).scan(fixture("synopsis-exodus-32-31.html"))
        #expect(page.h1 == "Exodus 32:31 meaning")
        #expect(page.title == "Exodus 32:31 meaning | TheBibleSays.com")
        #expect(page.ogTitle == "Exodus 32:31 meaning")
        #expect(page.ogURL == "https://thebiblesays.com/en/synopsis/exo+32:31")
        #expect(page.canonicalURL == "https://thebiblesays.com/en/synopsis/exo+32:31")
        #expect(page.encoding == .utf8)
    }

    @Test func aPageWithoutDeeperSectionReportsOnlyRelated() throws {
        let page = try scan(
            page(
                """
                <h1>Genesis 1:1 meaning</h1>
                <h2>Other Relevant Commentaries:</h2>
                <ul><li><a href="/en/commentary/gen+1:1">Genesis 1:1-2 meaning</a>. In the beginning.</li></ul>
                """))
        #expect(page.sections == [.related])
        #expect(triples(page) == ["related /en/commentary/gen+1:1 Genesis 1:1-2 meaning"])
    }

    @Test func anEmptySectionIsStillReported() throws {
        let page = try scan(
            page(
                """
                <h2>Deeper Commentary Covering this Verse:</h2>
                <p>None yet.</p>
                <h2>Related Commentaries</h2>
                <p><a href="/en/commentary/exo+1:1">Exodus 1:1-7 meaning</a></p>
                """))
        #expect(page.sections == [.deeper, .related])
        #expect(triples(page) == ["related /en/commentary/exo+1:1 Exodus 1:1-7 meaning"])
    }
}
