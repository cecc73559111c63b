import Testing

@testable import CommentaryGraph

@Suite struct PageExplanationTests {
    static let site = SampleSite.folder("versenotes")

    func explanation(_ file: String, root: String? = nil) throws -> PageExplanation {
        let config = try VersegraphConfig.load(from: Self.site + "/versegraph.yml")
        return try PageExplanation(file: file, root: root, config: config, baseURL: nil, versification: nil)
    }

    @Test func aMirroredPageIsExplainedLinkByLink() throws {
        let file = Self.site + "/pages/versenotes.example/commentary/exodus/32/31/index.html"
        let text = try explanation(file).formatted()
        #expect(
            text == """
                page: \(file)
                url: https://versenotes.example/commentary/exodus/32/31 (from the mirror path)
                  names Exodus 32:31 by /commentary/{book}/{chapter}/{verse}/
                passage: Exodus 32:31 (Exod.32.31), from the <title> "Exodus 32:31 | Verse Notes" by the title pattern "{passage} | Verse Notes"
                kind: synopsis (the passage is one verse)
                sections: deeper, related
                links: 3 of 4 are edges
                  line 15, deeper: "Exodus 32:30-35" -> ../30-35/
                    url https://versenotes.example/commentary/exodus/32/30-35: no page kind, names Exodus 32:30-35 by /commentary/{book}/{chapter}/{verse}-{end}/
                    text names Exodus 32:30-35
                    edge to the page at the URL if the inputs have it, else to Exodus 32:30-35 (its text)
                  line 21, related: "Exodus 32:7-14" -> /commentary/exodus/32/7-14/
                    url https://versenotes.example/commentary/exodus/32/7-14: no page kind, names Exodus 32:7-14 by /commentary/{book}/{chapter}/{verse}-{end}/
                    text names Exodus 32:7-14
                    edge to the page at the URL if the inputs have it, else to Exodus 32:7-14 (its text)
                  line 22, related: "Numbers 14:11-19" -> https://www.versenotes.example/commentary/numbers/14/11-19/
                    url https://versenotes.example/commentary/numbers/14/11-19: no page kind, names Numbers 14:11-19 by /commentary/{book}/{chapter}/{verse}-{end}/
                    text names Numbers 14:11-19
                    edge to the page at the URL if the inputs have it, else to Numbers 14:11-19 (its text)
                  line 23, related: "Support Verse Notes" -> /donate/
                    url https://versenotes.example/donate: no page kind, names no passage
                    not an edge: the text names no passage, and the URL names none and is no page of the site's kinds

                """)
    }

    @Test func theMirrorPathStartsAtTheHostFolderOrBelowTheRoot() throws {
        #expect(try PageExplanation.mirrorPath(of: "Inputs/thebiblesays.com/en/x", root: nil) == "thebiblesays.com/en/x")
        #expect(try PageExplanation.mirrorPath(of: "./a/b/page.html", root: nil) == "page.html")
        #expect(try PageExplanation.mirrorPath(of: "./site/en/x", root: "site") == "en/x")
        #expect(throws: PageExplanationError.outsideRoot(file: "a/x", root: "b")) {
            try PageExplanation.mirrorPath(of: "a/x", root: "b")
        }
    }

    @Test func aPageWithoutATitlePassageSaysSo() throws {
        let file = Self.site + "/pages/versenotes.example/commentary/exodus/32/31/index.html"
        var config = try VersegraphConfig.load(from: Self.site + "/versegraph.yml")
        config.profile.titlePatterns = [try TitlePattern("Commentary on {passage}")]
        let text = try PageExplanation(file: file, root: nil, config: config, baseURL: nil, versification: nil).formatted()
        #expect(text.contains("\npassage: none: no title names one; first title \"Exodus 32:31\"\nkind: unknown\n"))
    }
}
