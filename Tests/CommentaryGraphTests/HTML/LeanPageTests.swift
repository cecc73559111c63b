import Foundation
import PropertyBased
import Testing

@testable import CommentaryGraph

/// The marks, which Swift does not take in a literal (they are noncharacters).
private let textMark = String(decoding: [0xEF, 0xB7, 0x90], as: UTF8.self)
private let rawTextMark = String(decoding: [0xEF, 0xB7, 0x91], as: UTF8.self)

@Suite struct LeanPageTests {
    private let rules = SectionRules(profile: .theBibleSays)
    private let prose = String(repeating: "Moses went up the mountain again and prayed for the people. ", count: 4)

    @Test func proseAndScriptBodiesAreCutKeepingEveryLine() throws {
        let html = page(
            """
            <script>
            var books = [\(String(repeating: "\"gen\", ", count: 30))];
            </script>
            <p>\(prose)
            \(prose)</p>
            <h2>Deeper Commentary Covering this Verse:</h2>
            <ul><li><a href="/en/commentary/exo+32:30">Exodus 32:30-35</a></li></ul>
            """)
        let lean = try #require(LeanPage(Array(html.utf8), keep: rules.leanKeep))
        #expect(lean.textCuts == 1)
        #expect(lean.rawTextCuts == 1)
        #expect(lean.bytes.count < html.utf8.count - 500)
        #expect(lean.bytes.count(where: { $0 == 0x0A }) == html.utf8.count(where: { $0 == 0x0A }))
        // The prose keeps its first 48 bytes after the tag and the rest of the word, then the mark.
        let text = String(decoding: lean.bytes, as: UTF8.self)
        let kept = prose.prefix(LeanPage.Keep.forASCIIHeadings) + prose.dropFirst(48).prefix { $0 != " " }
        #expect(text.contains("<p>\(kept)\(textMark)\n</p>"))
        #expect(text.contains("<script>\(rawTextMark)\n\n</script>"))

        let (scanned, harmless) = try #require(try leanParse(html))
        #expect(harmless)
        #expect(scanned == (try wholeScan(Array(html.utf8)).get()))
        #expect(triples(scanned) == ["deeper /en/commentary/exo+32:30 Exodus 32:30-35"])
        #expect(scanned.links.first?.line == 9)
    }

    @Test func aCutWhereTextIsReadSendsThePageToAWholeParse() throws {
        let cases = [
            // A link's text is read whole.
            "<h2>Other Relevant Commentaries:</h2><ul><li><a href=\"/en/commentary/exo+32:30\">\(prose)</a></li></ul>",
            // So is the title's and the h1's.
            "<h1>\(prose)</h1>",
            // A block whose kept start is still the start of a heading.
            "<p>Deeper\(String(repeating: " ", count: 45))Commentary Covering this Verse: \(prose)</p>"
                + "<ul><li><a href=\"/en/commentary/exo+32:30\">Exodus 32:30</a></li></ul>",
        ]
        for body in cases {
            let html = page(body)
            let (_, harmless) = try #require(try leanParse(html), "\(body)")
            #expect(!harmless, "\(body)")
            #expect(leanScan(Array(html.utf8)) == wholeScan(Array(html.utf8)), "\(body)")
        }
        let heading = try scan(page(cases[2]))
        #expect(heading.sections == [.deeper])
        #expect(triples(heading) == ["deeper /en/commentary/exo+32:30 Exodus 32:30"])
    }

    @Test func aBlockAlreadyDecidedTakesItsCut() throws {
        // "Deeper" then more words: no heading starts so, so the rest of the block is not needed.
        let html = page("<p>Deeper still, \(prose)</p><p>Related commentaries are below. \(prose)</p>")
        let (scanned, harmless) = try #require(try leanParse(html))
        #expect(harmless)
        #expect(scanned.sections == [.related])
    }

    @Test func marksThatGoMissingOrComeAsTheWrongKindAreCaught() throws {
        let mark = textMark
        let rawMark = rawTextMark
        let lies = [
            // A text cut that libxml2 read as part of a tag.
            (page("<p title=\"x\(mark)\">words</p>"), LeanPage.Mark.text),
            // A script cut that libxml2 read as text.
            (page("<p>words \(rawMark)</p>"), .rawText),
        ]
        for (html, kind) in lies {
            let lean = LeanPage(
                bytes: Array(html.utf8), textCuts: kind == .text ? 1 : 0, rawTextCuts: kind == .rawText ? 1 : 0)
            let handler = PageExtractorHandler(rules: rules, cuts: lean)
            try LibXML2Parser.parse(utf8: lean.bytes, handler: handler)
            #expect(!handler.extractor.cutsWereHarmless, "\(html)")
        }
    }

    @Test func aPageWithMarksOfItsOwnIsParsedWhole() {
        #expect(LeanPage(Array(page("<p>\(prose)</p>").utf8), keep: 48) != nil)
        #expect(LeanPage(Array(page("<p>\(rawTextMark) \(prose)</p>").utf8), keep: 48) == nil)
        #expect(LeanPage(Array(page("<p>short</p>").utf8), keep: 48) == nil)
    }

    /// A cut starts at white space, so never inside a reference, and ends at the next one:
    /// after a reference libxml2 starts a new piece of content, where a NUL byte ends the
    /// page instead of standing for a space. The next cut starts at the next white space.
    @Test func cutsStartAtWhiteSpaceAndStopAtAReference() throws {
        let a44 = String(repeating: "a", count: 44)
        let words = String(repeating: " word", count: 30)
        let html = page("<p>\(a44)&#8217;s\(words)&amp;\u{0}\(words)</p>")
        let lean = try #require(LeanPage(Array(html.utf8), keep: 48))
        #expect(String(decoding: lean.bytes, as: UTF8.self).contains("<p>\(a44)&#8217;s\(textMark)&amp;\u{0}\(textMark)</p>"))
        #expect(leanScan(Array(html.utf8)) == wholeScan(Array(html.utf8)))
    }

    /// A later cut of a run that has no cut before it keeps no `>` either: libxml2 may have
    /// read a tag on to that `>`, and the text after it may be blank.
    @Test func aLaterCutOfARunWithoutAnEarlierOneKeepsNoClosingBracket() throws {
        let a60 = String(repeating: "a", count: 60)
        let words = String(repeating: " word", count: 30)
        // The first stretch is too short to cut, so the second is the run's first cut.
        let html = page("<p>\(a60) b&amp;>\(words)</p>")
        #expect(LeanPage(Array(html.utf8), keep: 48) == nil)
        let without = page("<p>\(a60) b&amp; \(words)</p>")
        let lean = try #require(LeanPage(Array(without.utf8), keep: 48))
        #expect(String(decoding: lean.bytes, as: UTF8.self).contains("b&amp;\(textMark)</p>"))
    }

    @Test func aReferenceThatSpellsAMarkKeepsThePageWhole() {
        for reference in ["&#xFDD0;", "&#XfDd1", "&#64976;", "&#00064977;"] {
            #expect(LeanPage(Array(page("<p>\(prose)</p><p>\(reference)</p>").utf8), keep: 48) == nil, "\(reference)")
        }
        #expect(LeanPage(Array(page("<p>\(prose)</p><p>&#xFDD2;</p>").utf8), keep: 48) != nil)
    }

    @Test func theSamplePagesReadTheSameLeanAndWhole() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: SampleCorpus.inputs).sorted()
        var lean = 0
        for file in files {
            let path = SampleCorpus.inputs + "/" + file
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(leanScan(bytes) == wholeScan(bytes), "\(file)")
            if let parse = try? leanParse(String(decoding: decodeHTML(bytes).utf8, as: UTF8.self)), parse.harmless {
                lean += 1
            }
        }
        // Most sample pages have prose to cut and are read lean, without a second parse.
        #expect(lean >= 30, "only \(lean) of \(files.count) read lean")
    }

    /// Random pages of the shapes that matter to cuts: long prose (some of it starting like a
    /// heading), scripts, comments, references, stray `<`, `>` and quotes, controls, links.
    @Test func anyPageReadsTheSameLeanAndWhole() async {
        let long = " and the LORD spoke to Moses face to face, as a man speaks to his friend"
        let fragments = [
            "<p>", "</p>", "<div class=\"body\">", "</div>", "<h2>", "</h2>", "<strong>", "</strong>", "<b>",
            "<a href=\"/en/commentary/exo+32:30\">", "<a href='/en/synopsis/exo+32:31'", "</a>", "<ul><li>",
            "</li></ul>", "<br>", "<script>", "</script>", "<script src=x />", "<style>", "</style>", "<!-- ",
            " -->", "<nav>", "</nav>", "<header>", "</header>", "<title>", "</title>", "<h1>", "</h1>",
            "<template>", "</template>", "<!DOCTYPE html>", "<?php echo 1 ?>", "<img alt=\"a>b\">", "<div \"a>b\">",
            "&amp;", "&#8217;", "&nbsp;", "&#0;", "<", ">", "\"", "'", "\n", "\r\n", "\u{1}", "\u{C}",
            "\u{FFFD}", String(decoding: [0xEF, 0xBF, 0xBF], as: UTF8.self), "\u{F8FF}", "  ",
            "Deeper Commentary Covering this Verse:", "Other Relevant Commentaries",
            "Related Commentaries:", "Deeper", "Deeper" + String(repeating: " ", count: 45) + "Commentary",
            "Check out our other", long, long + long, "Moses" + long + long + long, "Caleb" + long + long,
            "Ruth" + long + long, "“Do not" + long + long, "\u{A0}" + long + long, "var x = 1 < 2;" + long + long,
            "-->" + long, "</script" + long, "\"" + long + long, "a=\"b>" + long,
        ]
        let pages = Gen.element(of: fragments).compactMap { $0 }.array(of: 1...60).map { $0.joined() }
        await propertyCheck(count: 1_500, input: pages) { html in
            let bytes = Array(html.utf8)
            #expect(leanScan(bytes) == wholeScan(bytes), "\(html)")
        }
    }
}
