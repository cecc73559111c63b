import Testing

@testable import CommentaryGraph

@Suite("Section headings and links")
struct HTMLSectionTests {
    static let headingForms = [
        "<h2>Deeper Commentary Covering this Verse:</h2>",
        "<h3 class='x'>  deeper   COMMENTARY covering this verse</h3>",
        "<p><strong>Deeper Commentary Covering this Verse:</strong></p>",
        "<div class='heading'><span>Deeper Commentary</span></div>",
        "<b>Deeper Commentary Covering this Verse:</b><br>",
        "<strong>Deeper&nbsp;Commentary:</strong>",
        "<div class='wrap'><h4>Deeper Commentary</h4></div>",
    ]

    @Test(arguments: headingForms)
    func headingFormsOpenTheDeeperSection(heading: String) throws {
        let page = try scan(
            page(
                """
                <div class="content">
                <p>Intro <a href="/en/commentary/gen+1:1">Genesis 1:1</a> text.</p>
                \(heading)
                <ul><li><a href="/en/commentary/exo+32:30">Exodus 32:30-35 meaning</a></li></ul>
                </div>
                <div class="after"><a href="/en/commentary/lev+1:1">Leviticus 1:1</a></div>
                """))
        #expect(page.sections == [.deeper])
        #expect(triples(page) == ["deeper /en/commentary/exo+32:30 Exodus 32:30-35 meaning"])
    }

    @Test func headingInsideASentenceOrALinkDoesNotOpenASection() throws {
        let page = try scan(
            page(
                """
                <p>See the <strong>Deeper Commentary</strong> below for more.</p>
                <p><a href="/en/commentary/gen+1:1">Deeper Commentary</a></p>
                <ul><li><a href="/en/commentary/exo+1:1">Exodus 1:1</a> Related Commentaries follow.</li></ul>
                <p><a href="/en/commentary/exo+2:1">Exodus 2:1</a></p>
                """))
        #expect(page.sections.isEmpty)
        #expect(page.links.isEmpty)
    }

    @Test func paragraphsWithUnclosedTagsWork() throws {
        let page = try scan(
            page(
                """
                <div>
                <p><b>Other Relevant Commentaries:</b>
                <p><a href="/en/commentary/exo+32:15">Exodus 32:15-20 meaning</a> - Moses descends.
                <p><a href="/en/commentary/exo+16:31">Exodus 16:31-36 meaning</a>: The manna.
                <ul><li><a href="/en/commentary/exo+25:31">Exodus 25:31-40 meaning</a>. The lampstand.
                <li><a href="/en/commentary/exo+26:1">Exodus 26:1-6 meaning</a>. The curtains.
                </ul>
                </div>
                """))
        #expect(page.sections == [.related])
        #expect(
            page.links.map(\.href) == [
                "/en/commentary/exo+32:15", "/en/commentary/exo+16:31", "/en/commentary/exo+25:31", "/en/commentary/exo+26:1",
            ])
        #expect(page.links.map(\.line) == [5, 6, 7, 8])
    }

    @Test func linksSeparatedByLineBreaksAreEachTaken() throws {
        let page = try scan(
            page(
                """
                <div>Related Commentaries:<br>
                <a href="/a">A</a>. About A.<br><a href="/b">B</a> &ndash; About B.
                </div>
                """))
        #expect(triples(page) == ["related /a A", "related /b B"])
    }

    @Test func entitiesNoBreakSpacesAndNestedMarkupAreFolded() throws {
        let page = try scan(
            page(
                """
                <h2>Related Commentaries</h2>
                <ul><li><a href="  /en/commentary/exo+1:1?a=1&amp;b=2
                  "><span class="book">Exodus</span>&nbsp;<b>1:1&#8211;7</b>
                   &nbsp; <i>meaning</i>&#160;</a>&nbsp;:&nbsp; Israel&#x2019;s   growth.</li></ul>
                """))
        let link = try #require(page.links.first)
        #expect(link.href == "/en/commentary/exo+1:1?a=1&b=2")
        #expect(link.text == "Exodus 1:1–7 meaning")
        #expect(link.line == 4)  // the tag ends on line 5
    }

    @Test func ignoredContainersPatternsAndFragmentsAreSkipped() throws {
        let page = try scan(
            page(
                """
                <h2>Related Commentaries</h2>
                <ul>
                <li><a href="/cdn-cgi/l/email-protection#abc">[email protected]</a></li>
                <li><a href="MAILTO:x@example.com">Mail</a></li>
                <li><a href="#top">Top</a><a href="">Empty</a><a href="   ">Blank</a><a name="n">Anchor</a></li>
                <li><nav><a href="/en/commentary/gen+1:1">In nav</a></nav><aside><a href="/x">In aside</a></aside></li>
                <li><noscript><a href="/y">No script</a></noscript><a href="/en/commentary/exo+1:1">Kept</a></li>
                <!-- <li><a href="/en/commentary/exo+2:1">In a comment</a></li> -->
                </ul>
                """))
        #expect(triples(page) == ["related /en/commentary/exo+1:1 Kept"])
    }

    @Test func scriptTextNeverOpensASectionOrYieldsLinks() throws {
        let page = try scan(
            page(
                """
                <script>var h = "<h2>Deeper Commentary</h2>"; document.write('<a href="/s">S<\\/a></a>');</script>
                <p><a href="/en/commentary/gen+1:1">Genesis</a></p>
                <h2>Related Commentaries</h2>
                <script type="text/template"><a href="/t">T</a></script>
                <ul><li><a href="/en/commentary/exo+1:1">Exodus</a></li></ul>
                """))
        #expect(page.sections == [.related])
        #expect(triples(page) == ["related /en/commentary/exo+1:1 Exodus"])
    }

    @Test func sectionsEndAtTheNextHeadingAndAtTheEndOfMain() throws {
        let page = try scan(
            page(
                """
                <main>
                <h2>Deeper Commentary</h2>
                <ul><li><a href="/d">D</a></li></ul>
                <h2>Share this page</h2>
                <p><a href="/share">Share</a></p>
                <h3>Related Commentaries</h3>
                <section><ul><li><a href="/r1">R1</a></li></ul></section>
                <p><a href="/r2">R2</a></p>
                </main>
                <div id="cookies"><a href="/privacy">Privacy Policy</a></div>
                """))
        #expect(triples(page) == ["deeper /d D", "related /r1 R1", "related /r2 R2"])
    }

    @Test func aSectionEndsWithTheContainerThatHeldItsLinks() throws {
        let page = try scan(
            page(
                """
                <div class="content">
                <div class="heading"><strong>Related Commentaries</strong></div>
                <div class="list"><p><a href="/r1">R1</a></p></div>
                </div>
                <div class="cookie"><a href="/privacy">Privacy Policy</a></div>
                """))
        #expect(triples(page) == ["related /r1 R1"])
    }

    @Test func aLinkFourHundredDivsDeepIsFound() throws {
        let depth = 400
        let body =
            "<h2>Related Commentaries</h2>" + String(repeating: "<div>", count: depth)
            + "<a href=\"/deep\">Deep</a>" + String(repeating: "</div>", count: depth)
        let page = try scan(page(body))
        #expect(triples(page) == ["related /deep Deep"])
    }

    @Test func aCustomProfileUsesItsOwnHeadings() throws {
        var profile = SiteProfile.theBibleSays
        profile.deeperHeadings = ["Voir aussi"]
        profile.relatedHeadings = []
        let page = try scan(
            page(
                "<h2>Voir aussi</h2><p><a href=\"/x\">X</a></p><h2>Related Commentaries</h2><p><a href=\"/y\">Y</a></p>"
            ),
            profile: profile)
        #expect(triples(page) == ["deeper /x X"])
    }

    @Test func upperCaseMarkupIsMatched() throws {
        let page = try scan(page("<H2>RELATED  COMMENTARIES</H2><UL><LI><A HREF=\"/x\">X</A>. Sum.</UL>"))
        #expect(page.links == [ScannedLink(kind: .related, href: "/x", text: "X", line: 3)])
    }
}

@Suite("Headings that are links, and the base href")
struct HTMLHeadingLinkTests {
    @Test func aHeadingThatIsALinkOpensItsSectionAndIsNoEdge() throws {
        let page = try scan(
            page(
                """
                <h2><a href="/en/deeper-info">Deeper Commentary Covering this Verse:</a></h2>
                <ul><li><a href="/en/commentary/exo+32:1">Exodus 32:1-6 meaning</a>. The calf.</li></ul>
                """))
        #expect(page.sections == [.deeper])
        #expect(triples(page) == ["deeper /en/commentary/exo+32:1 Exodus 32:1-6 meaning"])
    }

    @Test(arguments: [
        "<b><a href=\"/x\">Deeper Commentary</a></b>", "<strong><a href=\"/x\">Deeper Commentary</a></strong>",
        "<p><strong><a href=\"/x\">Deeper Commentary Covering this Verse:</a></strong></p>",
        "<h3><a href=\"/x\"><span>Deeper</span> Commentary</a></h3>",
    ])
    func emphasisedHeadingLinksOpenTheirSection(heading: String) throws {
        let page = try scan(page(heading + "<ul><li><a href=\"/en/commentary/exo+32:1\">Exodus 32:1-6 meaning</a></li></ul>"))
        #expect(page.sections == [.deeper])
        #expect(triples(page) == ["deeper /en/commentary/exo+32:1 Exodus 32:1-6 meaning"])
    }

    @Test func aLinkInAParagraphIsStillALink() throws {
        let page = try scan(
            page(
                """
                <h2>Other Relevant Commentaries:</h2>
                <p><a href="/en/commentary/exo+32:1">Related Commentaries</a></p>
                """))
        #expect(triples(page) == ["related /en/commentary/exo+32:1 Related Commentaries"])
    }

    @Test func theBaseHrefIsRead() throws {
        let page = try scan(
            """
            <html><head><base href=" https://thebiblesays.com/en/commentary/ "><base href="/ignored/"></head>
            <body><h1>Exodus 32:31</h1></body></html>
            """)
        #expect(page.baseHref == "https://thebiblesays.com/en/commentary/")
    }

    @Test func theH1LineIsKeptForFindingsAboutThePage() throws {
        let page = try scan(
            "<html><head><title>x</title></head>\n<body>\n<header><h1>Site</h1></header>\n\n<h1\nclass=t>Exodus 32:9 meaning</h1></body></html>"
        )
        #expect(page.h1 == "Exodus 32:9 meaning")
        #expect(page.h1Line == 5)
    }
}
