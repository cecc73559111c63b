import Foundation
import Testing

@testable import CommentaryGraph

@Suite("Page cache")
struct PageCacheTests {
    /// A site of four pages in the wget layout.
    static func site() throws -> TemporaryFolder {
        try TemporaryFolder([
            "thebiblesays.com/en/commentary/exo+32:30": samplePage("Exodus 32:30-35", related: ["exo+32:1"]),
            "thebiblesays.com/en/commentary/exo+32:1": samplePage("Exodus 32:1-6", related: ["exo+32:30", "num+14:11"]),
            "thebiblesays.com/en/synopsis/exo+32:31": samplePage("Exodus 32:31", deeper: "exo+32:30"),
            "thebiblesays.com/en/synopsis/exo+32:2.html": samplePage("Exodus 32:2", deeper: "exo+32:1"),
        ])
    }

    static func workspace(_ folder: TemporaryFolder, jobs: Int = 2, profile: SiteProfile = .theBibleSays) throws -> Workspace {
        var config = VersegraphConfig()
        config.profile = profile
        return try Workspace(config: config, inputs: [folder.path], options: .init(jobs: jobs))
    }

    /// Everything the outputs are made of, as bytes: equal documents mean equal runs.
    static func outputs(_ corpus: Corpus) -> [String] {
        let graph = corpus.graph()
        return [
            GraphFormat.json.exporter.export(graph), GraphFormat.dot.exporter.export(graph),
            CheckFormat.json.formatter().format(IntegrityChecker(config: VersegraphConfig()).check(corpus)),
            CoverageFormat.json.formatter().format(CoverageReport(corpus: corpus)),
        ]
    }

    @Test func aWarmRunReadsNothingAndGivesTheSameBytes() throws {
        let folder = try Self.site()
        let workspace = try Self.workspace(folder)
        let cold = try workspace.load(cache: PageCache(fingerprint: workspace.cacheFingerprint))
        #expect(cold.files.fromCache == 0)
        let stored = try #require(cold.cache)
        #expect(stored.count == 4)
        // Through the file format, as the command line stores it.
        let reloaded = try PageCache(decoding: stored.encoded(), fingerprint: workspace.cacheFingerprint)
        let warm = try workspace.load(cache: reloaded)
        #expect(warm.files.fromCache == 4)
        #expect(Self.outputs(warm.corpus) == Self.outputs(cold.corpus))
        #expect(warm.cache?.encoded() == stored.encoded())
    }

    @Test func editedDeletedAndAddedPagesAreReadAgainAndTheRestComesFromTheCache() throws {
        let folder = try Self.site()
        let workspace = try Self.workspace(folder)
        let first = try workspace.load(cache: PageCache(fingerprint: workspace.cacheFingerprint))
        try folder.write(
            "thebiblesays.com/en/commentary/exo+32:1",
            samplePage("Exodus 32:1-6", related: ["exo+32:30", "exo+32:7"]))  // edited
        try folder.remove("thebiblesays.com/en/synopsis/exo+32:2.html")  // deleted
        try folder.write("thebiblesays.com/en/synopsis/exo+32:3", samplePage("Exodus 32:3", deeper: "exo+32:1"))  // added
        try folder.touch("thebiblesays.com/en/synopsis/exo+32:31", at: Date(timeIntervalSince1970: 1_000_000))  // touched
        let second = try workspace.load(cache: first.cache)
        #expect(second.files.fromCache == 2, "the untouched page, and the touched one by its content hash")
        #expect(second.cache?.count == 4)
        for jobs in [1, 3] {
            let fresh = try Self.workspace(folder, jobs: jobs).load()
            #expect(Self.outputs(second.corpus) == Self.outputs(fresh.corpus), "jobs \(jobs)")
        }
        let third = try workspace.load(cache: second.cache)
        #expect(third.files.fromCache == 4)
    }

    @Test func aProfileThatChangesExtractionInvalidatesTheCache() throws {
        let folder = try Self.site()
        let workspace = try Self.workspace(folder)
        let first = try workspace.load(cache: PageCache(fingerprint: workspace.cacheFingerprint))
        var profile = SiteProfile.theBibleSays
        profile.relatedHeadings = ["See also"]
        let other = try Self.workspace(folder, profile: profile)
        #expect(other.cacheFingerprint != workspace.cacheFingerprint)
        let second = try other.load(cache: first.cache)
        #expect(second.files.fromCache == 0)
        #expect(second.corpus.pages.allSatisfy { !$0.links.contains { $0.kind == .related } })
        #expect(throws: PageCacheError.stale) {
            try PageCache(decoding: first.cache!.encoded(), fingerprint: other.cacheFingerprint)
        }
    }

    @Test func theVersificationOrBaseURLInvalidatesTheCache() throws {
        // The records are interpreted pages: what interpretation depends on keys them too.
        let folder = try Self.site()
        let workspace = try Self.workspace(folder)
        let first = try workspace.load(cache: PageCache(fingerprint: workspace.cacheFingerprint))
        let rsv = try Workspace(config: VersegraphConfig(), inputs: [folder.path], options: .init(jobs: 2, versification: .rsv))
        let based = try Workspace(
            config: VersegraphConfig(), inputs: [folder.path],
            options: .init(jobs: 2, baseURL: "https://thebiblesays.com/mirror"))
        for other in [rsv, based] {
            #expect(other.cacheFingerprint != workspace.cacheFingerprint)
            #expect(throws: PageCacheError.stale) {
                try PageCache(decoding: first.cache!.encoded(), fingerprint: other.cacheFingerprint)
            }
            #expect(try other.load(cache: first.cache).files.fromCache == 0)
        }
    }

    @Test func theSameFilesReachedFromAnotherInputFolderAreReadAgain() throws {
        // A record holds the page's path in its input folder, which the mirror URL comes from.
        let folder = try Self.site()
        let workspace = try Self.workspace(folder)
        let first = try workspace.load(cache: PageCache(fingerprint: workspace.cacheFingerprint))
        let inner = try Workspace(
            config: VersegraphConfig(), inputs: [folder.path + "/thebiblesays.com"], options: .init(jobs: 2))
        let second = try inner.load(cache: first.cache)
        #expect(second.files.fromCache == 0)
        #expect(Self.outputs(second.corpus) == Self.outputs(try inner.load().corpus))
        #expect(try inner.load(cache: second.cache).files.fromCache == 4)
    }

    /// Records say their length, so that a cache of a whole site decodes on several threads;
    /// it decodes to the same entries whatever their number.
    @Test func aLargeCacheDecodesTheSameOnOneThreadOrTwo() throws {
        let folder = try Self.site()
        let workspace = try Self.workspace(folder)
        let small = try #require(try workspace.load(cache: PageCache(fingerprint: workspace.cacheFingerprint)).cache)
        let samples = small.entries.values.sorted { $0.page.file < $1.page.file }
        var entries: [String: PageCache.Entry] = [:]
        for index in 0..<1_500 {
            var entry = samples[index % samples.count]
            entry.page.file = "page-\(index).html"
            entry.recordHash = PageCache.recordHash(of: entry.page)
            entries[entry.page.file] = entry
        }
        var large = PageCache(fingerprint: workspace.cacheFingerprint)
        large.replaceEntries(entries, versification: .kjv)
        let bytes = large.encoded()
        let one = try PageCache(decoding: bytes, fingerprint: workspace.cacheFingerprint, jobs: 1)
        let two = try PageCache(decoding: bytes, fingerprint: workspace.cacheFingerprint, jobs: 2)
        // More jobs than slices of records (`-j 64` on a small site) is fine too.
        let many = try PageCache(decoding: bytes, fingerprint: workspace.cacheFingerprint, jobs: 64)
        #expect(many.recordsDigest == one.recordsDigest)
        #expect(one.count == 1_500)
        #expect(two.recordsDigest == one.recordsDigest)
        #expect(two.recordsDigest == large.recordsDigest)
        #expect(two.encoded() == bytes)
        #expect(two.entries["page-1499.html"]?.page == entries["page-1499.html"]?.page)
    }

    @Test func aDamagedOrForeignCacheIsRefused() throws {
        let folder = try Self.site()
        let workspace = try Self.workspace(folder)
        let bytes = try #require(try workspace.load(cache: PageCache(fingerprint: workspace.cacheFingerprint)).cache).encoded()
        let fingerprint = workspace.cacheFingerprint
        #expect(throws: PageCacheError.damaged) { try PageCache(decoding: Array(bytes.dropLast(20)), fingerprint: fingerprint) }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x55
        #expect(throws: PageCacheError.damaged) { try PageCache(decoding: flipped, fingerprint: fingerprint) }
        #expect(throws: PageCacheError.foreign) { try PageCache(decoding: Array("{\"a\": 1}".utf8), fingerprint: fingerprint) }
        #expect(throws: PageCacheError.foreign) { try PageCache(decoding: [], fingerprint: fingerprint) }
        // Every truncation is refused, none crashes.
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(throws: PageCacheError.self) {
                try PageCache(decoding: Array(bytes.prefix(length)), fingerprint: fingerprint)
            }
        }
    }
}
