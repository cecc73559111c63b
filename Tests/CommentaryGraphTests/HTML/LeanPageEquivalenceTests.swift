import Foundation
import Testing

@testable import CommentaryGraph

/// Inputs on which a lean scan could differ from a whole one, from an adversarial reading of
/// libxml2 2.9.14's HTMLparser.c against `LeanPage`. Each must read the same either way; the
/// two marked "found in review" did not in the first version of lean parses.
@Suite struct LeanPageEquivalenceTests {
    private let prose = String(repeating: "Moses went up the mountain again and prayed for the people. ", count: 4)
    private let section =
        "<h2>Deeper Commentary Covering this Verse:</h2>\n<ul><li><a href=\"/en/commentary/exo+32:30\">Exodus 32:30</a></li></ul>\n"

    /// nil when nothing is cut; else whether the lean parse of `html` is kept (its cuts harmless).
    private func leanKept(_ html: String) throws -> Bool? { try leanParse(html)?.harmless }

    private func expectSame(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(html.utf8)
        #expect(leanScan(bytes) == wholeScan(bytes), "\(html)", sourceLocation: sourceLocation)
    }

    // MARK: Forged marks

    /// Places where the scanner takes for text what libxml2 reads as part of markup whose
    /// quoted value holds a `>`: the cut removes the closing quote, and lean libxml2 reads the
    /// value on over the heading that follows, with the text mark inside it.
    private var swallowers: [String] {
        [
            // An attribute name may start with `.` for libxml2 (htmlParseHTMLName), not for
            // the scanner, which skips `.a="x` to the `>` as a bogus attribute.
            "<p .a=\"x>\(prose)\">Done.</p>",
            // A DOCTYPE in the middle: libxml2 reads its quoted literals; the scanner stops
            // at the first `>`.
            "<!DOCTYPE html SYSTEM \"x>\(prose)\">",
            // `--!>` ends a comment for libxml2; the scanner reads on to the next `-->`.
            "<!-- a --!><p title=\"-->\(prose)\">Done.</p>",
            // `<!x`, `<? ` and `</ ` start no markup for libxml2 (the `<` is text) but the
            // scanner skips them to the next `>`, here one inside a quoted value.
            "<!x <p title=\"a>\(prose)\">Done.</p>",
            "<? <p title=\"a>\(prose)\">Done.</p>",
            "</ <p title=\"a>\(prose)\">Done.</p>",
        ]
    }

    /// Without a forged mark every swallowed mark is missed by the count, and the page is
    /// parsed again whole (or, with a scanner that reads these shapes as libxml2 does, not
    /// cut there at all): these pass, and show the vehicles.
    @Test func aMarkSwallowedByMarkupIsMissedByTheCount() throws {
        for swallower in swallowers {
            let html = page("\(swallower)\n\(section)<p>Moses prayed for them.</p>")
            #expect(try leanKept(html) != true, "\(swallower)")
            expectSame(html)
            #expect(try wholeScan(Array(html.utf8)).get().sections == [.deeper], "\(swallower)")
        }
    }

    /// Found in review: a character reference `&#xFDD0;` (or `&#64976;`) delivers a
    /// text mark that no cut made. `LeanPage` refuses a page whose bytes hold a mark, but not
    /// one that spells a mark as a reference, which libxml2 decodes into the text callback.
    /// Put where text is not read (a decided block, chrome), it made up for a real mark
    /// that libxml2 swallowed into markup, the counts agreed, and the lean parse was kept,
    /// losing the "Deeper Commentary" section and its link. Such pages are now parsed whole.
    @Test func aForgedMarkHidesAMarkSwallowedByMarkup() throws {
        for forged in ["<p>Moses prayed &#xFDD0; for them.</p>", "<nav>&#64976;</nav>", "<p>Moses &#xfdd0 prayed.</p>"] {
            for swallower in swallowers {
                let html = page("\(swallower)\n\(section)\(forged)")
                expectSame(html)
                #expect(try wholeScan(Array(html.utf8)).get().sections == [.deeper], "\(swallower)")
            }
        }
    }

    /// A forged mark alone is caught (one mark more than the cuts made), or the page is not
    /// read lean at all.
    @Test func aForgedMarkAloneIsCaught() throws {
        let html = page("<p>\(prose)</p>\n\(section)<p>Moses prayed &#xFDD0; for them.</p>")
        #expect(try leanKept(html) != true)
        expectSame(html)
    }

    // MARK: Shapes that pass (regression tests)

    /// Checks that `body` reads the same lean and whole; returns whether anything was cut
    /// (each test below expects at least half of its cases to be cut, so that the lean path is
    /// taken).
    @discardableResult
    private func check(_ body: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let html = page(body)
        expectSame(html, sourceLocation: sourceLocation)
        return try leanKept(html) != nil
    }

    private func expectMostCut(_ cut: [Bool], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(cut.count(where: { $0 }) * 2 >= cut.count, "\(cut)", sourceLocation: sourceLocation)
    }

    /// libxml2 2.9.14 ends a script body only at `</script` (recovery mode), but it also reads
    /// an end tag or a start tag that auto-closes the script (`noscript`) when the body starts
    /// with one, and an end tag that names no open element (`</scriptx>`) neither ends the
    /// script nor counts as text. The scanner then takes script for text: its text marks come
    /// as CDATA, which is harmless.
    @Test func scriptBodiesThatEndOtherwiseThanTheScannerThinks() throws {
        var cut: [Bool] = []
        let js = "var books = [" + String(repeating: "\"gen\", ", count: 30) + "];\n"
        for body in [
            "<script>\(js)</scriptx>\(prose)\(section)</script>\(section)",
            "<script></scriptx>\(prose)<p title=\"a>\(prose)\">x</p>\(section)</script><p>\(prose)</p>",
            "<div><script></div><p>\(prose)</p>\(section)</script>",
            "<script><noscript>\(prose)</noscript>\(section)</script><p>\(prose)</p>",
            "<script>\(js)</script >\(section)<p>\(prose)</p>",
            "<script>var s = '</script>';\(js)</script>\(section)<p>\(prose)</p>",
            "<script>if (a </script) {\(js)}</script>\(section)<p>\(prose)</p>",
            "<script src=x/>\(js)</script>\(section)<p>\(prose)</p>",
            "<script/>\(prose)\(section)",
            "<script .a=\"/>\">\(js)\(prose)</script>\(section)<p>\(prose)</p>",
            "<script =/>\(prose)\(section)",
            "<style>\(js)<body>\(prose)</style>\(section)",
            "<style><body>\(prose)\(section)</style><p>\(prose)</p>",
            "<SCRIPT>\(js)</ScRiPt>\(section)<p>\(prose)</p>",
            "<p>\(prose)</p>\(section)<script>\(js)",
            "<p>\(prose)</p>\(section)<script>\(js)</scr",
            "<template><p>\(prose)</p>\(section)</template>\(section)",
            "<nav><script>\(js)</script><h1>\(prose)</h1></nav>\(section)",
        ] {
            cut.append(try check(body))
        }
        expectMostCut(cut)
    }

    /// Elements that are raw text in HTML5 but not to libxml2 2.9.14: their content is markup.
    @Test func elementsThatAreNotRawTextToLibxml2() throws {
        var cut: [Bool] = []
        for name in ["textarea", "xmp", "plaintext", "noscript", "noembed", "iframe", "noframes", "title", "listing"] {
            cut.append(try check("<\(name)><p>\(prose)</p>\(section)</\(name)><p>\(prose)</p>\(section)"))
            cut.append(try check("<\(name)>\(prose)\(section)<p>\(prose)</p>"))
        }
        expectMostCut(cut)
    }

    /// Comments and declarations, closed and not, in the ways libxml2 reads them.
    @Test func commentsAndDeclarations() throws {
        var cut: [Bool] = []
        for body in [
            "<!-- \(prose) --!> <p>\(prose)</p>\(section)<!-- -->",
            "<!-- a --!>\(prose)\(section)",
            "<!--> \(prose) -->\(section)<p>\(prose)</p>",
            "<!---> \(prose) -->\(section)<p>\(prose)</p>",
            "<p>\(prose)</p>\(section)<!-- never closed \(prose)",
            "<![CDATA[ \(prose) ]]>\(section)<p>\(prose)</p>",
            "<!x \(prose)>\(section)<p>\(prose)</p>",
            "<? \(prose)>\(section)<p>\(prose)</p>",
            "<?php \(prose) ?>\(section)<p>\(prose)</p>",
            "</ \(prose)>\(section)<p>\(prose)</p>",
            "</p \(prose)>\(section)<p>\(prose)</p>",
            "</p title=\"a>\(prose)\">\(section)",
            "<!DOCTYPE html SYSTEM \"x>y\">\(prose)\(section)",
            "<!doctype html>\(prose)\(section)",
            "<p>\(prose)<!DOCTYPE html>\(prose)</p>\(section)",
        ] {
            cut.append(try check(body))
        }
        expectMostCut(cut)
    }

    /// `<` that starts no markup, and references where a cut may start.
    @Test func strayLessThanAndReferencesAtTheCut() throws {
        var cut: [Bool] = []
        let a44 = String(repeating: "a", count: 44)
        for body in [
            "<p>1 < 2 \(prose) 3 <3 4 <é 5 < p 6 <_x> 7 <:x> \(prose)</p>\(section)",
            "<p>\(a44)&a-bcdef-ghi;\(prose)</p>\(section)",
            "<p>\(a44)&a.b_c:d;\(prose)</p>\(section)",
            "<p>\(a44)&amp\(prose)</p>\(section)",
            "<p>\(a44)&#x\(String(repeating: "0", count: 50))41;\(prose)</p>\(section)",
            "<p>\(a44)&#\(String(repeating: "0", count: 50))65;\(prose)</p>\(section)",
            "<p>\(a44)&\(String(repeating: "b", count: 50));\(prose)</p>\(section)",
            "<p>\(a44)&#8217\(prose)</p>\(section)",
            "<p>\(a44)&#0;&#xD800;&#1114112;\(prose)</p>\(section)",
            "<p>&nbsp;\(prose)</p>\(section)",
            "<p>&#0;\(prose)</p>\(section)",
            "<p>Deeper&#32;\(String(repeating: " ", count: 60))Commentary \(prose)</p>\(section)",
            "<p>Deeper&nbsp;Commentary \(prose)</p><ul><li><a href=\"/en/commentary/exo+32:30\">E</a></li></ul>",
        ] {
            cut.append(try check(body))
        }
        expectMostCut(cut)
    }

    /// Line ends and characters a cut stops at, or that libxml2 drops.
    @Test func lineEndsAndOddCharacters() throws {
        let crlf = prose.replacingOccurrences(of: ". ", with: ".\r\n")
        let cr = prose.replacingOccurrences(of: ". ", with: ".\r")
        let lf = prose.replacingOccurrences(of: ". ", with: ".\n")
        var cut: [Bool] = []
        for text in [
            crlf, cr, lf, lf + "\u{FFFD}" + lf, lf + "\u{FEFF}" + lf, lf + "\u{C}" + lf, lf + "\u{1}" + lf,
            String(repeating: "x", count: 50) + "\u{F8FF}" + lf,
            String(decoding: Array(lf.utf8) + [0xEF, 0xBF, 0xBE] + Array(lf.utf8) + [0xEF, 0xBF, 0xBF], as: UTF8.self),
            "\u{A0}" + lf, "\u{3000}" + lf, "\u{1F600}" + lf, "\u{85}" + lf,
        ] {
            cut.append(try check("<p>\(text)</p>\(section)<p>\(text)</p>\n\(section)"))
            cut.append(try check("\(text)\(section)\(text)<h1>Exodus</h1>"))
        }
        expectMostCut(cut)
    }

    private let filler = "<p>" + String(repeating: "Filler words to pass the first kilobyte. ", count: 30) + "</p>\n"

    /// NUL bytes past the sniffer's first kilobyte end libxml2's parse where they start a
    /// piece of content or stop an attribute; inside text they are a space.
    @Test func nulBytesPastTheStart() throws {
        var cut: [Bool] = []
        for body in [
            "<p>\(prose)\u{0}\(prose)</p>\(section)",
            "<p>\(prose)</p>\u{0}\(prose)\(section)",
            "<p>\(prose)&amp;x\u{0}\(prose)</p>\(section)",
            "<p>\(prose)&amp;\u{1}\(prose)</p>\(section)",
            "<p>\(prose)&amp;\u{FFFE}\(prose)</p>\(section)",
            "<p title=\"a\u{0}\">\(prose)</p>\(section)",
            "<script>\(prose)\u{0}\(prose)</script>\(section)",
            "<script>\(prose)\u{0}</scriptx>\(prose)</script>\(section)",
        ] {
            cut.append(try check(filler + body))
        }
        expectMostCut(cut)
    }

    /// Found in review: libxml2 reads a NUL byte as a space inside a run of text, but
    /// as the end of the page where it starts a piece of content, as it does right after a
    /// reference (htmlParseContentInternal: `CUR == 0` ends the loop; htmlCurrentChar returns
    /// a space for a NUL before the end). A text cut stopped at the NUL (a control) and kept
    /// it, but removed the reference before it: lean, the NUL followed the mark inside a run
    /// of text and was a space, and libxml2 read on; whole, the page ends at the NUL. The
    /// lean scan found the "Deeper Commentary" section and its link, the whole one not.
    /// Cuts now stop at `&`.
    @Test func aCutThatRemovesAReferenceBeforeANulByte() throws {
        for reference in ["&amp;", "&#8217;", "&", "&nbsp", "&#xFDD0;"] {
            let html = page(filler + "<p>\(prose)\(reference)\u{0}and more.</p>\n\(section)")
            expectSame(html)
            #expect(try wholeScan(Array(html.utf8)).get().sections == [], "\(reference)")
        }
    }

    /// Where text is read: titles, h1s in and out of chrome, links, and blocks built from
    /// several runs.
    @Test func whereTextIsRead() throws {
        var cut: [Bool] = []
        for body in [
            "<header><h1>\(prose)</h1></header><p>\(prose)</p><h1>Exodus \(prose)</h1>\(section)",
            "<header><h1>\(prose)</h1></header><header><h1>Other</h1></header><p>\(prose)</p>\(section)",
            "<h1>Exodus</h1><h1>\(prose)</h1>\(section)",
            "<title>\(prose)</title><p>\(prose)</p>\(section)",
            "<p>Deeper <b>\(String(repeating: " ", count: 60))</b> Commentary \(prose)</p>\(section)",
            "<p>Deeper <i>Comm</i>entary Covering this Verse: \(prose)</p><ul><li><a href=\"/en/x\">X</a></li></ul>",
            "<p><strong><a href=\"/en/a\">Deeper Commentary \(prose)</a></strong></p>\(section)",
            "<p><b>Other Relevant Commentaries</b> \(prose)</p><ul><li><a href=\"/en/x\">X</a></li></ul>",
            "<p><a href=\"/en/a\">A</a> Deeper Commentary \(prose)</p><ul><li><a href=\"/en/x\">X</a></li></ul>",
            "<div>Related Commentaries \(prose)<br><a href=\"/en/x\">\(prose)</a></div>",
            "<div>\(String(repeating: "Deeper Commentary ", count: 20))<a href=\"/en/x\">X</a></div>",
            "<h2>Other Relevant Commentaries:</h2><ul><li><a href=\"/en/x\">X</a> \(prose)</li></ul>",
        ] {
            cut.append(try check(body))
        }
        expectMostCut(cut)
    }

    /// Text outside any element, before `<body>` and in `<head>`: libxml2 implies `<p>` (and
    /// `<body>`) at its first non-blank chunk, blank chunks of 1,000 bytes included.
    @Test func textWhereLibxml2ImpliesAParagraph() throws {
        let blanks = String(repeating: " ", count: 2_500)
        for html in [
            "<html><head>\(blanks)\(prose)<title>T</title></head><body>\(section)</body></html>",
            "<html>\(blanks)\(prose)\(section)</html>",
            "<html><head><title>T</title></head>\(blanks)x\(blanks)\(prose)\(section)</html>",
            "<p>\(section)</p></body></html>\(prose)\(section)",
            "\(prose)<html><body>\(section)</body></html>",
        ] {
            let bytes = Array(html.utf8)
            #expect(leanScan(bytes) == wholeScan(bytes), "\(html.prefix(200))")
        }
    }

    /// Pages of random pieces, the shapes above among them (deterministic).
    @Test func randomPagesOfTrickyPieces() {
        let pieces = [
            "<p>", "</p>", "<div>", "</div>", "<h2>", "</h2>", "<b>", "</b>", "<strong>", "</strong>",
            "<a href=\"/en/commentary/exo+32:30\">", "</a>", "<ul><li>", "</li></ul>", "<br>", "<script>", "</script>",
            "</scriptx>", "<noscript>", "</noscript>", "<style>", "</style>", "<body>", "<!-- ", " -->", " --!>", "<!x ",
            "<? ", "</ ", "<!DOCTYPE html SYSTEM \"", "<p .a=\"", "<p title=\"", "\"", ">", "<", "&#xFDD0;", "&#64976;",
            "&amp;", "&a-b", "<nav>", "</nav>", "<header>", "</header>", "<title>", "</title>", "<h1>", "</h1>",
            "<template>", "</template>", "<textarea>", "\n", "\r\n", "\u{FFFD}", prose, prose + prose,
            "Deeper Commentary Covering this Verse:", "Other Relevant Commentaries", "Deeper", " ",
        ]
        var generator = SplitMix(seed: 75)
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 40) + 1
            let html = page((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
            let bytes = Array(html.utf8)
            #expect(leanScan(bytes) == wholeScan(bytes), "\(html)")
        }
    }
}
