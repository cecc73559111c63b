import Scripture
import Testing

@testable import CommentaryGraph

/// The page cache stores interpreted pages: whatever the interpreter made of a page, with
/// every kind of reference error, must come back from the cache format unchanged.
@Suite("Page cache records")
struct PageRecordCodingTests {
    static let exodus = Book(osisID: "Exod")!
    static let john = Book(osisID: "John")!

    /// One of each `ScriptureError` case, with payloads.
    static let everyError: [ScriptureError] = [
        .unknownBook("Hezekiah"), .noReference("Donate"),
        .chapterOutOfRange(book: exodus, chapter: 41, max: 40),
        .verseOutOfRange(book: exodus, chapter: 32, verse: 36, max: 35), .chapterZero(book: john),
        .verseZero(book: john, chapter: 3),
        .endBeforeStart(start: Verse(exodus, 32, 35), end: Verse(exodus, 32, 30, part: .b)),
        .rangeAcrossBooks(from: exodus, to: john), .unreadable("Exodus 32:31st"),
        .misusedSeparator(text: "John 3/16", separator: "/"), .ambiguousNumbers("Exodus 32 31 5"),
        .misspelledBook("Exodos", suggestion: exodus),
    ]

    static func roundTrip(_ page: CommentaryPage, versification: Versification = .kjv) throws -> CommentaryPage {
        var writer = ByteWriter()
        page.encode(into: &writer)
        var reader = ByteReader(writer.bytes)
        var strings = StringPool()
        let decoded = try CommentaryPage(
            decoding: &reader, file: page.file, versification: versification, strings: &strings)
        #expect(reader.isAtEnd)
        return decoded
    }

    @Test func everyErrorCaseComesBack() throws {
        for error in Self.everyError {
            var writer = ByteWriter()
            writer.write(error)
            var reader = ByteReader(writer.bytes)
            #expect(try reader.readScriptureError() == error)
            #expect(reader.isAtEnd)
        }
    }

    @Test func anInterpretedPageComesBackEqual() throws {
        let interpreter = PageInterpreter(profile: .theBibleSays, versification: .kjv)
        let scanned = ScannedPage(
            h1: "Exodus 32:36 meaning", h1Line: 12, title: "Exodus 32:30-35 meaning",
            canonicalURL: "https://thebiblesays.com/en/commentary/exo+32:30",
            links: [
                ScannedLink(kind: .deeper, href: "/en/commentary/exo+32:30", text: "Exodus 32:30-35 meaning", line: 20),
                ScannedLink(kind: .related, href: "../synopsis/exo+32:99", text: "Exodus 32:99 meaning", line: 21),
                ScannedLink(kind: .related, href: "https://example.org/x", text: "Acts 9:19b-25", line: 22),
            ], sections: [.deeper, .related, .related])
        let page = interpreter.page(from: scanned, path: "thebiblesays.com/en/synopsis/exo+32:31", file: "in/x")
        #expect(!page.titleErrors.isEmpty && page.links.contains { $0.textError != nil })
        #expect(page.mirrorURL != page.url)
        #expect(try Self.roundTrip(page) == page)
        // Every error, on the page and on links, and a page with nothing known.
        var errors = page
        errors.titleErrors = Self.everyError
        errors.links = Self.everyError.enumerated().map { index, error in
            PageLink(kind: .related, href: "#\(index)", url: nil, text: "", textPassage: nil, textError: error, line: index)
        }
        #expect(try Self.roundTrip(errors) == errors)
        let bare = CommentaryPage(
            path: "a.html", file: "a.html", url: nil, mirrorURL: nil, kind: nil, passage: nil, title: nil,
            titleErrors: [], links: [], sections: [])
        #expect(try Self.roundTrip(bare) == bare)
    }

    @Test func aRangeThatTheVersificationLacksIsRefused() throws {
        // 3 John 1:15 exists under RSV only: a record made under RSV is not KJV data.
        let interpreter = PageInterpreter(profile: .theBibleSays, versification: .rsv)
        let page = interpreter.page(from: ScannedPage(h1: "3 John 1:15"), path: "3jn.html", file: "3jn.html")
        #expect(page.passage != nil)
        #expect(try Self.roundTrip(page, versification: .rsv) == page)
        #expect(throws: ByteReader.Damaged.self) { try Self.roundTrip(page, versification: .kjv) }
    }

    @Test func equalStringsAreReadOnce() throws {
        var strings = StringPool()
        let host = strings.host(ArraySlice("thebiblesays.com".utf8))
        #expect(strings.host(ArraySlice("thebiblesays.com".utf8)) == host)
        #expect(strings.host(ArraySlice("example.org".utf8)) == "example.org")
        let text = "Exodus 32:30-35 meaning"
        let first = strings.text(ArraySlice(Array(text.utf8)))
        let second = strings.text(ArraySlice(Array(text.utf8)))
        #expect(first == text && second == text)
        // One storage: the two strings' UTF-8 starts at the same address.
        var (a, b) = (first, second)
        let same = a.withUTF8 { x in b.withUTF8 { y in x.baseAddress == y.baseAddress } }
        #expect(same)
        #expect(strings.text(ArraySlice("Exod 1".utf8)) == "Exod 1")
    }
}
