import Dispatch
import Testing

@testable import CommentaryGraph

@Suite("Bad input and threads")
struct HTMLScannerRobustnessTests {
    @Test(arguments: [[], Array(" \n\t ".utf8), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE]] as [[UInt8]])
    func emptyInputThrowsEmpty(bytes: [UInt8]) {
        #expect(throws: PageReadError.empty) { try HTMLPageScanner(profile: .theBibleSays).scan(bytes) }
    }

    @Test func theParserRefusesAnEmptyBufferWithoutCrashing() {
        #expect(throws: PageReadError.empty) { try LibXML2Parser.parse(utf8: [], handler: TextRecorder()) }
    }

    /// Decision: data with NUL bytes near its start is refused as not HTML; other junk is
    /// parsed in recovery mode and yields a page without links. Neither may crash.
    @Test func binaryJunkWithNULBytesIsNotHTML() {
        var generator = SplitMix(seed: 1)
        let junk = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        #expect(throws: PageReadError.self) { try HTMLPageScanner(profile: .theBibleSays).scan(junk) }
        do {
            _ = try HTMLPageScanner(profile: .theBibleSays).scan(junk)
        } catch {
            guard case .notHTML = error else {
                Issue.record("unexpected \(error)")
                return
            }
        }
    }

    /// Issue 9: random bytes without NUL (so "decoded" as Windows-1252) became an
    /// `unparsed-page` instead of a file skipped as not HTML.
    @Test func randomBytesWithoutNULAreNotHTML() throws {
        var generator = SplitMix(seed: 9)
        let junk = (0..<8192).compactMap { _ -> UInt8? in
            let byte = UInt8(truncatingIfNeeded: generator.next())
            return byte == 0 ? nil : byte
        }
        #expect(throws: PageReadError.self) { try HTMLPageScanner(profile: .theBibleSays).scan(junk) }
        do {
            _ = try HTMLPageScanner(profile: .theBibleSays).scan(junk)
        } catch {
            #expect(error.description.contains("control characters"), "\(error)")
        }
    }

    @Test func aFewControlBytesInARealPageAreNotJunk() throws {
        let page = "<html><head><title>Exodus 32:31 meaning</title></head><body>\u{1B}a\u{7}b\u{8}</body></html>"
        _ = try HTMLPageScanner(profile: .theBibleSays).scan(Array(page.utf8))
    }

    @Test func otherJunkNeverCrashesAndYieldsNoLinks() throws {
        var generator = SplitMix(seed: 42)
        let alphabet = Array("<>/=\"' abhp!-&;#\n".utf8) + [0x92, 0xC3, 0xA9, 0xFF]
        for _ in 0..<300 {
            let count = Int(generator.next() % 3000) + 1
            let junk = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            do {
                let page = try HTMLPageScanner(profile: .theBibleSays).scan(junk)
                #expect(page.links.isEmpty)
            } catch {
                #expect(error == .empty || error == .notHTML(reason: "it contains no HTML tag"))
            }
        }
    }

    /// Random pages made of the pieces real pages are made of: whatever the order, every
    /// link found lies in a section whose heading was seen, has a usable href, and no more
    /// links are found than were written.
    @Test func shuffledPagePiecesKeepTheInvariants() throws {
        var generator = SplitMix(seed: 7)
        let pieces = [
            "<h2>Deeper Commentary Covering this Verse:</h2>", "<h3>Other Relevant Commentaries:</h3>",
            "<a href=\"/en/commentary/exo+32:1\">Exodus 32:1-6 meaning</a>", "</a>", "<li>", "</li>", "<ul>",
            "</ul>", "<div>", "</div>", "<p>", "</p>", "<nav>", "</nav>", "<script>var a = '<a href=x>';", "</script>",
            "<!-- <a href=\"/c\">c</a> -->", "&nbsp;", "text ", "<a href=\"/cdn-cgi/l/email-protection#1\">e</a>",
            "<strong>", "</strong>", "<br>", "\u{92}", "<a href=\"#top\">top</a>",
        ]
        for _ in 0..<400 {
            let chosen = (0..<Int(generator.next() % 60) + 1).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
            let html = "<html><body>" + chosen.joined() + "</body></html>"
            let page = try HTMLPageScanner(profile: .theBibleSays).scan(Array(html.utf8))
            let written = chosen.filter { $0.hasPrefix("<a href=\"/en/") }.count
            #expect(page.links.count <= written, "\(html)")
            for link in page.links {
                #expect(page.sections.contains(link.kind), "\(html)")
                #expect(link.href == "/en/commentary/exo+32:1", "\(html)")
            }
            if !chosen.contains(where: { $0.contains("Deeper") }) { #expect(!page.sections.contains(.deeper)) }
        }
    }

    @Test func plainTextIsNotHTML() {
        #expect(throws: PageReadError.notHTML(reason: "it contains no HTML tag")) {
            try HTMLPageScanner(profile: .theBibleSays).scan(Array("Deeper Commentary: 3 < 4 and 5 > 2".utf8))
        }
    }

    @Test func errorMessagesSayWhatToDo() {
        #expect(PageReadError.empty.description.contains("fetch it again"))
        #expect(PageReadError.notHTML(reason: "it contains no HTML tag").description.contains("no HTML tag"))
    }

    @Test func scanningInParallelGivesTheSerialResults() throws {
        let base = String(decoding: try fixture("synopsis-exodus-32-31.html"), as: UTF8.self)
        let pages: [[UInt8]] = (0..<200).map { i in
            Array(base.replacingOccurrences(of: "exo+32:15", with: "exo+\(i):15").utf8)
        }
        let scanner = HTMLPageScanner(profile: .theBibleSays)
        let serial = try pages.map { try scanner.scan($0) }
        let results = ResultBox(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { i in
            results.set(i, try? scanner.scan(pages[i]))
        }
        #expect(results.values == serial.map { $0 })
        #expect(Set(serial.map { $0.links[1].href }).count == 200)
    }
}

/// Results written from many threads, one slot each.
private final class ResultBox: @unchecked Sendable {
    private var slots: [ScannedPage?]
    private let lock = DispatchQueue(label: "results")
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ page: ScannedPage?) { lock.sync { slots[i] = page } }
    var values: [ScannedPage?] { lock.sync { slots } }
}

/// A small deterministic random number generator.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
