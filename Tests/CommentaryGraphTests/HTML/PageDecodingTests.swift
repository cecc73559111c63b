import Testing

@testable import CommentaryGraph

@Suite("Encodings")
struct PageDecodingTests {
    /// A page in ASCII with `middle` (raw bytes) as the text of its one related link.
    static func bytes(head: String = "", link middle: [UInt8], after: [UInt8] = []) -> [UInt8] {
        Array("<html><head>\(head)<title>T</title></head><body><h2>Related Commentaries</h2><p><a href=\"/a\">".utf8)
            + middle + Array("</a>. ".utf8) + after + Array("</p><p><a href=\"/b\">B</a></p></body></html>".utf8)
    }

    @Test func windows1252WithoutCharsetIsDecodedByTable() throws {
        // God’s word – A B, then café: 0x92, 0x96, 0xA0 and 0xE9 are not valid UTF-8.
        let page = try HTMLPageScanner(profile: .theBibleSays).scan(
            Self.bytes(
                link: Array("God".utf8) + [0x92] + Array("s word ".utf8) + [0x96, 0x20, 0x41, 0xA0, 0x42],
                after: Array("caf".utf8) + [0xE9]))
        #expect(page.encoding == .windows1252)
        #expect(page.links.first?.text == "God’s word – A B")
    }

    @Test func declaredWindows1252IsDecodedAndLibxml2KeepsOurUTF8() throws {
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        let page = try HTMLPageScanner(profile: .theBibleSays).scan(Self.bytes(head: head, link: [0x93, 0x41, 0x94, 0x20, 0x96]))
        #expect(page.encoding == .windows1252)
        #expect(page.links.first?.text == "“A” –")
    }

    static let declarations = [
        "<meta charset=\"windows-1252\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
        "",
    ]

    @Test(arguments: declarations)
    func libxml2ReadsOurUTF8WhateverThePageDeclares(declaration: String) throws {
        // UTF-8 bytes under a windows-1252 declaration (or none): if libxml2 obeyed the meta or
        // fell back to Latin-1, ’ would come out as â€™ or â and two C1 controls.
        let html = "<html><head>\(declaration)</head><body><p>God’s word – now</p></body></html>"
        let recorder = TextRecorder()
        _ = try LibXML2Parser.parse(utf8: Array(html.utf8), handler: recorder)
        #expect(String(decoding: recorder.text, as: UTF8.self) == "God’s word – now")
    }

    @Test func latin1AndASCIILabelsAreReadAsWindows1252() {
        for label in ["ISO-8859-1", "latin1", "us-ascii"] {
            let bytes = Array("<meta charset=\"\(label)\"><p>".utf8) + [0x80]
            #expect(decodeHTML(bytes).encoding == .windows1252)
            #expect(decodeHTML(bytes).utf8.suffix(3) == [0xE2, 0x82, 0xAC])  // €
        }
    }

    @Test func aUTF8BOMWinsOverTheMetaCharset() throws {
        let page = try HTMLPageScanner(profile: .theBibleSays).scan(
            [0xEF, 0xBB, 0xBF] + Self.bytes(head: "<meta charset=\"windows-1252\">", link: Array("God’s".utf8)))
        #expect(page.encoding == .utf8BOM)
        #expect(page.links.map(\.text) == ["God’s", "B"])
    }

    @Test(arguments: [false, true])
    func utf16WithABOMIsDecoded(bigEndian: Bool) throws {
        let html = "<html><body><h2>Deeper Commentary</h2><p><a href=\"/é\">God’s 𝄞</a>. Sum.</p></body></html>"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in html.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += bigEndian ? pair.reversed() : pair
        }
        let page = try HTMLPageScanner(profile: .theBibleSays).scan(bytes)
        #expect(page.encoding == (bigEndian ? .utf16BE : .utf16LE))
        #expect(page.links == [ScannedLink(kind: .deeper, href: "/é", text: "God’s 𝄞", line: 1)])
    }

    @Test func undefinedWindows1252BytesDoNotCutThePage() throws {
        let page = try HTMLPageScanner(profile: .theBibleSays).scan(
            Self.bytes(head: "<meta charset=\"windows-1252\">", link: [0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x92]))
        #expect(page.links.map(\.text) == ["A\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}’", "B"])
    }

    @Test func invalidBytesUnderAUTF8MetaAreRepairedNotReadAsLatin1() throws {
        let page = try HTMLPageScanner(profile: .theBibleSays).scan(
            Self.bytes(head: "<meta charset=\"utf-8\">", link: [0x41, 0xFF, 0x42], after: Array("God’s".utf8)))
        #expect(page.encoding == .utf8)
        #expect(page.links.first?.text == "A\u{FFFD}B")
    }

    @Test func validUTF8WithoutCharsetStaysUTF8() {
        let bytes = Array("<p>God’s – 𝄞</p>".utf8)
        #expect(decodeHTML(bytes) == (bytes, .utf8))
    }

    @Test func metaCharsetIsFoundInBothFormsAndOnlyNearTheStart() {
        #expect(declaredCharset(Array("<META CHARSET = 'UTF-8' >".utf8)) == "utf-8")
        #expect(
            declaredCharset(Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">".utf8))
                == "iso-8859-1")
        #expect(declaredCharset(Array("<meta name=\"description\" content=\"charset\">".utf8)) == nil)
        let late = String(repeating: " ", count: 2100) + "<meta charset=\"windows-1252\">"
        #expect(declaredCharset(Array(late.utf8)) == nil)
    }

    @Test func utf8ValidationRejectsMalformedSequences() {
        #expect(isValidUTF8(Array("plain ASCII that is longer than eight bytes, then é and 𝄞".utf8)))
        for bad: [UInt8] in [
            [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80], [0x80], [0xF5],
        ] {
            #expect(!isValidUTF8(Array("12345678".utf8) + bad), "\(bad)")
        }
    }
}

/// Collects the text events of a parse.
final class TextRecorder: HTMLEventHandler {
    var text: [UInt8] = []
    func internName(_ name: String) -> Int { 0 }
    func wantsDetails(of element: Int) -> Bool { false }
    func startElement(_ name: Int, attributes: [HTMLAttribute], line: Int) {}
    func endElement(_ name: Int) {}
    func text(_ bytes: UnsafeBufferPointer<UInt8>) { text.append(contentsOf: bytes) }
    func rawText(_ bytes: UnsafeBufferPointer<UInt8>) { text.append(contentsOf: bytes) }
}
