import Foundation
import Scripture
import Testing

@testable import CommentaryGraph

/// `graph.html` of the sample corpus, opened in headless Chromium: what the page shows for a
/// reference (given as its permalink, or typed text put in the box through the hash) is what
/// `versegraph show` reports for it.
@Suite(.serialized) struct CanonExplorerPageTests {
    static let links = LinkTable(
        corpus: SampleCorpus.corpus, check: IntegrityChecker(config: VersegraphConfig()).check(SampleCorpus.corpus))

    static let html: String = {
        let view = CanonView(links: links, graph: SampleCorpus.corpus.graph(), versification: .kjv)
        return CanonExplorerPage(title: "Sample").document(view, links: links)
    }()

    /// The page's DOM after its script ran, opened at `graph.html#<hash>`; `then`, a script run
    /// after the page's own, acts on the page as a user would.
    static func dom(hash: String, then actions: String = "") throws -> String {
        let page = actions.isEmpty ? html : html.replacingOccurrences(of: "</body>", with: "<script>\(actions)</script></body>")
        let file = try ExternalTool.temporaryFile(page, extension: "html")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try ExternalTool.run([
            "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000", "--dump-dom",
            "file://\(file.path)#\(hash)",
        ])
        run.expectSuccess(needing: "Chromium (apt-get install chromium)")
        return run.stdout
    }

    /// The text of the element with this id.
    static func text(_ id: String, in dom: String) -> String? {
        guard let start = dom.range(of: "id=\"\(id)\"") else { return nil }
        let rest = dom[start.upperBound...]
        guard let open = rest.firstIndex(of: ">"), let close = rest[open...].firstIndex(of: "<") else { return nil }
        return String(rest[rest.index(after: open)..<close])
    }

    @Test(arguments: [
        ("Exod.32.31", "Exodus 32:31"), ("Exodus%2032:31", "Exodus 32:31"), ("Exod.32", "Exodus 32"),
        ("ps%20106:19-23", "Psalm 106:19-23"), ("Exod.32.30-Exod.32.35", "Exodus 32:30-35"),
        ("Matthew%205-7", "Matthew 5-7"), ("Jude%203", "Jude 3"), ("1%20John%203:16-18", "1 John 3:16-18"),
        ("Gen%201:1-2:3", "Genesis 1:1-2:3"), ("Ps%2023", "Psalm 23"), ("Jude.1", "Jude 1-25"),
    ])
    func showsTheCountsShowReports(hash: String, reference: String) throws {
        let range = try ReferenceParser().parseRange(reference)
        let report = PassageReport(range: range, corpus: SampleCorpus.corpus)
        let dom = try Self.dom(hash: hash)
        #expect(Self.text("vg-title", in: dom) == "\(range.label) (\(Self.osis(range)))")
        #expect(Self.text("n-covers", in: dom) == String(report.covers.count))
        #expect(Self.text("n-out", in: dom) == String(report.outgoing.count))
        #expect(Self.text("n-in", in: dom) == String(report.incoming.count))
        let broken = Self.links.links.filter { link in
            guard link.isBroken else { return false }
            let source = Self.links.pages[link.source].range
            return source?.overlaps(range) == true || link.target?.overlaps(range) == true
        }
        #expect(Self.text("n-broken", in: dom) == String(broken.count))
        // Each covering page is listed with its URL as a link.
        for cover in report.covers {
            let page = try #require(SampleCorpus.corpus.pages.first { $0.file == cover.path })
            #expect(dom.contains("href=\"\(page.url!.description)\""), "\(page.path)")
        }
    }

    /// Typing a reference in the box and pressing Enter shows it and puts its permalink in the
    /// address; the same answer as opening the permalink.
    @Test func typingAReferenceShowsItAndSetsThePermalink() throws {
        let dom = try Self.dom(
            hash: "Exod.32.31",
            then: """
                document.getElementById("vg-ref").value = "Psalm 106:19-23";
                document.getElementById("vg-form").requestSubmit();
                setTimeout(function () { document.body.setAttribute("data-hash", location.hash); }, 100);
                """)
        let report = PassageReport(range: try ReferenceParser().parseRange("Psalm 106:19-23"), corpus: SampleCorpus.corpus)
        #expect(dom.contains("data-hash=\"#Ps.106.19-Ps.106.23\""))
        #expect(Self.text("vg-title", in: dom) == "Psalm 106:19-23 (Ps.106.19-Ps.106.23)")
        #expect(Self.text("n-covers", in: dom) == String(report.covers.count))
        #expect(Self.text("n-out", in: dom) == String(report.outgoing.count))
        #expect(Self.text("n-in", in: dom) == String(report.incoming.count))
    }

    /// Clicking a chapter's bar shows the chapter.
    @Test func clickingABarShowsItsChapter() throws {
        let dom = try Self.dom(
            hash: "",
            then: """
                var bars = Array.prototype.slice.call(document.querySelectorAll("#bars > g"));
                var bar = bars.filter(function (g) { return g.firstChild.textContent.indexOf("Exodus 32:") === 0; })[0];
                var box = bar.querySelector("rect").getBoundingClientRect();
                document.querySelector("#vg-canon svg").dispatchEvent(new MouseEvent("click", {
                  clientX: box.left + box.width / 2, clientY: box.top + 2, bubbles: true }));
                setTimeout(function () { document.body.setAttribute("data-hash", location.hash); }, 100);
                """)
        let report = PassageReport(range: try ReferenceParser().parseRange("Exodus 32"), corpus: SampleCorpus.corpus)
        #expect(dom.contains("data-hash=\"#Exod.32\""))
        #expect(Self.text("vg-title", in: dom) == "Exodus 32 (Exod.32)")
        #expect(Self.text("n-covers", in: dom) == String(report.covers.count))
        #expect(Self.text("n-out", in: dom) == String(report.outgoing.count))
    }

    @Test func showsTheBrokenLinksRule() throws {
        let dom = try Self.dom(hash: "Exod.32.10")
        #expect(dom.contains("broken: dangling-link"))
        #expect(dom.contains("https://thebiblesays.com/en/commentary/num+14:11 (not in the corpus)"))
    }

    @Test func aReferenceThatDoesNotExistIsExplained() throws {
        let dom = try Self.dom(hash: "Exodus%2041:1")
        #expect(Self.text("vg-error", in: dom) == "chapter 41 does not exist: Exodus has 40 chapters")
        #expect(dom.contains("<section id=\"vg-result\" hidden=\"\">"))
    }

    @Test func aHashThatIsNoReferenceIsExplained() throws {
        let dom = try Self.dom(hash: "100%")
        #expect(Self.text("vg-error", in: dom) == "not a reference: “100%”")
    }

    /// Nothing is fetched: no external script, style, font or image.
    @Test func isSelfContained() throws {
        for needle in ["<script src", "<link", "@import", "url(", "<img", "<iframe"] {
            #expect(!Self.html.contains(needle), "\(needle)")
        }
        #expect(Self.html.components(separatedBy: "</script>").count == 3, "the data and the code, each closed once")
    }

    /// The OSIS form the page puts in the hash: `Exod.32` for a whole chapter.
    static func osis(_ range: VerseRange) -> String {
        range.isWholeChapters() && range.start.chapter == range.end.chapter
            ? "\(range.book.osisID).\(range.start.chapter)" : range.osisID
    }
}
