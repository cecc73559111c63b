import Scripture
import Testing

@testable import CommentaryGraph

@Suite struct PageInterpreterTests {
    let interpreter = PageInterpreter(profile: .theBibleSays, versification: .kjv)

    func page(_ scanned: ScannedPage, path: String = "thebiblesays.com/en/synopsis/exo+32:31") -> CommentaryPage {
        interpreter.page(from: scanned, path: path, file: "Inputs/" + path)
    }

    @Test func thePassageComesFromTheH1ThenOgTitleThenTitle() {
        #expect(page(ScannedPage(h1: "Exodus 32:31 meaning", title: "Exodus 1:1")).passage?.osisID == "Exod.32.31")
        #expect(
            page(ScannedPage(h1: "Select Language", ogTitle: "Exodus 32:30–35 meaning")).passage?.osisID
                == "Exod.32.30-Exod.32.35")
        #expect(page(ScannedPage(title: "Psalm 23 meaning | TheBibleSays.com")).passage?.osisID == "Ps.23.1-Ps.23.6")
        let none = page(ScannedPage(h1: "About us", title: "TheBibleSays"))
        #expect(none.passage == nil)
        #expect(none.title == "About us")
    }

    @Test func anInvalidTitleIsRecordedAndTheNextSourceTried() {
        let result = page(ScannedPage(h1: "Exodus 32:36 meaning", ogTitle: "Exodus 32:31 meaning"))
        #expect(result.passage?.osisID == "Exod.32.31")
        #expect(result.titleErrors.map(\.description) == ["verse 36 does not exist: Exodus 32 has 35 verses"])
    }

    @Test func theURLIsCanonicalThenOgURLThenTheMirrorPath() {
        let canonical = page(ScannedPage(h1: "Exodus 32:31", canonicalURL: "https://www.thebiblesays.app/en/synopsis/exo+32:31/"))
        #expect(canonical.url?.key == "thebiblesays.com/en/synopsis/exo+32:31")
        let og = page(ScannedPage(h1: "Exodus 32:31", ogURL: "https://thebiblesays.com/en/synopsis/exo%2B32%3A31"))
        #expect(og.url?.key == "thebiblesays.com/en/synopsis/exo+32:31")
        let mirror = page(ScannedPage(h1: "Exodus 32:31"), path: "www.thebiblesays.com/en/synopsis/exo+32:31/index.html")
        #expect(mirror.url?.key == "thebiblesays.com/en/synopsis/exo+32:31")
        #expect(mirror.kind == .synopsis)
    }

    @Test func aMirrorWithoutHostFoldersNeedsABaseURL() throws {
        let scanned = ScannedPage(h1: "Exodus 32:30-35 meaning")
        #expect(page(scanned, path: "en/commentary/exo+32:30.html").url == nil)
        let base = try #require(SiteURL("https://thebiblesays.com", profile: .theBibleSays))
        let withBase = PageInterpreter(profile: .theBibleSays, versification: .kjv, baseURL: base)
            .page(from: scanned, path: "en/commentary/exo+32:30.html", file: "x")
        #expect(withBase.url?.key == "thebiblesays.com/en/commentary/exo+32:30")
        #expect(withBase.kind == .commentary)
    }

    @Test func theKindFallsBackToThePassage() {
        #expect(page(ScannedPage(h1: "Exodus 32:31 meaning"), path: "saved/page1.html").kind == .synopsis)
        #expect(page(ScannedPage(h1: "Exodus 32:30-35 meaning"), path: "saved/page2.html").kind == .commentary)
    }

    @Test func linksAreResolvedAgainstWhereTheFileWasServed() {
        let scanned = ScannedPage(
            h1: "Exodus 32:1-6 meaning",
            links: [
                ScannedLink(kind: .related, href: "../exo+32:7", text: "Exodus 32:7-14 meaning", line: 3),
                ScannedLink(kind: .related, href: "Exodus", text: "Exodus 32:36-40 meaning", line: 4),
            ])
        let result = page(scanned, path: "thebiblesays.com/en/commentary/exo+32:1/index.html")
        #expect(result.links[0].url?.key == "thebiblesays.com/en/commentary/exo+32:7")
        #expect(result.links[0].textPassage?.osisID == "Exod.32.7-Exod.32.14")
        #expect(result.links[1].textPassage == nil)
        #expect(result.links[1].textError?.description == "verse 36 does not exist: Exodus 32 has 35 verses")
    }

    @Test func aTitleListingSeveralRangesOfOneBookSpansThem() {
        #expect(page(ScannedPage(h1: "Exodus 32:30-35; 33:1-6 meaning")).passage?.osisID == "Exod.32.30-Exod.33.6")
    }

    @Test func relativeLinksResolveAgainstTheBaseHref() {
        let scanned = ScannedPage(
            h1: "Exodus 32:31 meaning", baseHref: "https://www.thebiblesays.com/en/commentary/",
            links: [ScannedLink(kind: .deeper, href: "exo+32:30", text: "Exodus 32:30-35 meaning", line: 3)])
        #expect(page(scanned).links.first?.url?.key == "thebiblesays.com/en/commentary/exo+32:30")
        let relativeBase = ScannedPage(
            h1: "Exodus 32:31 meaning", baseHref: "../commentary/",
            links: [ScannedLink(kind: .deeper, href: "./exo+32:30", text: "Exodus 32:30-35 meaning", line: 3)])
        #expect(page(relativeBase).links.first?.url?.key == "thebiblesays.com/en/commentary/exo+32:30")
    }

    @Test(arguments: [
        "https://thebiblesays.com/en/commentary/index.html", "https://thebiblesays.com/en/commentary/index.php?a=b/c",
        "../commentary/.", "../commentary/x/..", "/en/commentary/", "//www.thebiblesays.app/en/commentary/#top",
    ])
    func theBaseFolderIsTakenFromTheHrefAsWritten(base: String) {
        let scanned = ScannedPage(
            h1: "Exodus 32:31 meaning", baseHref: base,
            links: [ScannedLink(kind: .deeper, href: "exo+32:30", text: "Read more", line: 3)])
        #expect(page(scanned).links.first?.url?.key == "thebiblesays.com/en/commentary/exo+32:30")
    }

    @Test func linksThatAreNoCommentaryLinksAreDropped() {
        let scanned = ScannedPage(
            h1: "Exodus 32:31 meaning",
            links: [
                ScannedLink(kind: .related, href: "/en/commentary/exo+32:30", text: "Read more", line: 3),
                ScannedLink(kind: .related, href: "/en/donate", text: "Donate today", line: 4),
                ScannedLink(kind: .related, href: "https://example.org/ex32", text: "Exodus 32 elsewhere", line: 5),
                ScannedLink(kind: .related, href: "/en/privacy", text: "Privacy Policy", line: 6),
            ])
        #expect(page(scanned).links.map(\.line) == [3, 5])
    }
}
