import Foundation
import Testing

@testable import CommentaryGraph

@Suite struct CorpusLoaderTests {
    /// A folder of files named by their relative paths, removed when the test ends.
    final class Folder {
        let url: URL
        init(_ files: [String: [UInt8]]) throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("versegraph-\(UUID().uuidString)")
            for (path, bytes) in files {
                let file = url.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: file)
            }
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static let page = Array(
        """
        <!doctype html><html><head><title>Exodus 32:31 meaning</title></head>
        <body><h1>Exodus 32:31 meaning</h1><h2>Deeper Commentary Covering this Verse:</h2>
        <ul><li><a href="/en/commentary/exo+32:30">Exodus 32:30-35 meaning</a>. Moses offered.</li></ul></body></html>
        """.utf8)

    @Test func findsPagesByExtensionOrByTheirFirstBytes() throws {
        let folder = try Folder([
            "site.org/en/synopsis/exo+32:31": Self.page,
            "site.org/en/synopsis/exo+32:32.html": Self.page,
            "site.org/en/synopsis/exo+32:33.HTM": Self.page,
            "site.org/robots.txt": Array("User-agent: *".utf8),
            "site.org/logo.png": [0x89, 0x50, 0x4E, 0x47],
            "site.org/en/data": Array("{\"a\": 1}".utf8),
            ".git/HEAD.html": Self.page,
        ])
        // Names decide .html and .htm; a name without a page extension is a candidate whose
        // first bytes decide when it is read.
        let files = try InputDiscovery.files(in: [folder.url.path])
        #expect(
            files.map(\.path) == [
                "site.org/en/data", "site.org/en/synopsis/exo+32:31", "site.org/en/synopsis/exo+32:32.html",
                "site.org/en/synopsis/exo+32:33.HTM",
            ])
        #expect(files.map(\.needsSniffing) == [true, true, false, false])
        #expect(files[1].file == folder.url.path + "/site.org/en/synopsis/exo+32:31")
        let load = try Workspace(config: VersegraphConfig(), inputs: [folder.url.path], options: .init(jobs: 2)).load()
        #expect(load.corpus.pages.map(\.path) == Array(files.map(\.path).dropFirst()))
        #expect(load.files.ignored.map(\.reason) == [.notHTML])
        #expect(load.files.found == 4)
    }

    @Test func aMissingInputIsAnError() {
        #expect(throws: CorpusError.inputNotFound("/no/such/folder")) {
            try InputDiscovery.files(in: ["/no/such/folder"])
        }
    }

    @Test func badFilesAreSkippedWithTheirReasonAndTheRunGoesOn() throws {
        let folder = try Folder([
            "a/good.html": Self.page,
            "a/empty.html": [],
            "a/binary.html": [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10],
            "a/truncated.html": Array(Self.page.prefix(120)),
        ])
        let corpus = try SampleCorpus.loader().load([folder.url.path])
        #expect(corpus.pages.map(\.path).sorted() == ["a/good.html", "a/truncated.html"])
        #expect(
            corpus.skipped.map { "\(($0.file as NSString).lastPathComponent): \($0.reason.category)" } == [
                "binary.html: not HTML", "empty.html: empty",
            ])
        #expect(corpus.pages.first { $0.path == "a/good.html" }?.links.count == 1)
    }

    @Test func anUnreadableFileIsSkippedNotFatal() throws {
        let folder = try Folder(["a/good.html": Self.page])
        let missing = InputFile(path: "a/gone.html", file: folder.url.path + "/a/gone.html")
        let corpus = SampleCorpus.loader().load(files: [
            missing, InputFile(path: "a/good.html", file: folder.url.path + "/a/good.html"),
        ]).corpus
        #expect(corpus.pages.count == 1)
        #expect(corpus.skipped.first?.reason.category == "unreadable")
        #expect(corpus.skipped.first?.reason.description == "cannot read the file: No such file or directory")
    }

    @Test func aBrokenLinkInAMirrorIsReportedNotPassedOver() throws {
        let folder = try Folder(["site.org/en/synopsis/exo+32:31": Self.page])
        let link = folder.url.appendingPathComponent("site.org/en/synopsis/exo+32:32").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/no/such/file")
        let found = try InputDiscovery().discover([folder.url.path])
        #expect(found.files.map(\.path) == ["site.org/en/synopsis/exo+32:31"])
        #expect(found.skipped.map(\.file) == [link])
        #expect(found.skipped.first?.reason.category == "broken link")
    }

    @Test func aLinkToAFolderIsPassedOverAndALinkToAPageIsRead() throws {
        let folder = try Folder(["site.org/pages/a.html": Self.page])
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.url.appendingPathComponent("site.org/alias").path, withDestinationPath: "pages")
        try fm.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("site.org/b.html").path, withDestinationPath: "pages/a.html")
        let corpus = try SampleCorpus.loader().load([folder.url.path])
        #expect(corpus.skipped.isEmpty)
        #expect(corpus.pages.map(\.path).sorted() == ["site.org/b.html", "site.org/pages/a.html"])
    }

    @Test func aNamedPipeIsNeverWaitedOn() throws {
        let folder = try Folder([:])
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        let pipe = folder.url.appendingPathComponent("page.html").path
        #expect(mkfifo(pipe, 0o644) == 0)
        #expect(try InputDiscovery.files(in: [folder.url.path]).isEmpty, "a pipe in a folder is no page")
        let corpus = SampleCorpus.loader().load(files: [InputFile(path: "page.html", file: pipe)]).corpus
        #expect(corpus.skipped.first?.reason.description == "cannot read the file: not a regular file")
    }
}
