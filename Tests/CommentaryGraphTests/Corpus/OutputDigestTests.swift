import Foundation
import Testing

@testable import CommentaryGraph

/// `Workspace.Load.outputDigest`: equal exactly when a build would write the same bytes.
@Suite("Output digest")
struct OutputDigestTests {
    static func digest(
        _ folder: TemporaryFolder, cache: PageCache?, config: VersegraphConfig = VersegraphConfig()
    )
        throws -> (UInt64?, PageCache?)
    {
        let workspace = try Workspace(config: config, inputs: [folder.path], options: .init(jobs: 2))
        let load = try workspace.load(cache: cache ?? PageCache(fingerprint: workspace.cacheFingerprint))
        return (load.outputDigest(config: config, settings: ["build"]), load.cache)
    }

    @Test func isNilWithoutAPageCache() throws {
        let folder = try PageCacheTests.site()
        let workspace = try Workspace(config: VersegraphConfig(), inputs: [folder.path], options: .init(jobs: 1))
        #expect(try workspace.load().outputDigest(config: VersegraphConfig(), settings: []) == nil)
    }

    @Test func staysWhenAPageIsOnlyTouchedAndChangesWhenItsLinksDo() throws {
        let folder = try PageCacheTests.site()
        let (first, cache) = try Self.digest(folder, cache: nil)
        let (warm, _) = try Self.digest(folder, cache: cache)
        #expect(first != nil && warm == first)
        try folder.touch("thebiblesays.com/en/synopsis/exo+32:31", at: Date(timeIntervalSince1970: 1_000_000))
        let (touched, _) = try Self.digest(folder, cache: cache)
        #expect(touched == first, "the same records give the same outputs")
        try folder.write(
            "thebiblesays.com/en/commentary/exo+32:1", samplePage("Exodus 32:1-6", related: ["exo+32:30", "exo+32:7"]))
        let (edited, _) = try Self.digest(folder, cache: cache)
        #expect(edited != first)
    }

    @Test func changesWithAPageAddedOrDeleted() throws {
        let folder = try PageCacheTests.site()
        let (first, cache) = try Self.digest(folder, cache: nil)
        try folder.write("thebiblesays.com/en/synopsis/exo+32:3", samplePage("Exodus 32:3", deeper: "exo+32:1"))
        let (added, _) = try Self.digest(folder, cache: cache)
        #expect(added != first)
        try folder.remove("thebiblesays.com/en/synopsis/exo+32:3")
        try folder.remove("thebiblesays.com/en/synopsis/exo+32:2.html")
        let (deleted, _) = try Self.digest(folder, cache: cache)
        #expect(deleted != first && deleted != added)
    }

    @Test func changesWithTheRulesTheIgnoredFilesAndTheProfile() throws {
        let folder = try PageCacheTests.site()
        let (plain, cache) = try Self.digest(folder, cache: nil)
        var rules = VersegraphConfig()
        rules.rules = ["orphan-page": "off"]
        var ignored = VersegraphConfig()
        ignored.ignoredFiles = ["**/exo+32:2.html"]
        var profile = VersegraphConfig()
        profile.profile.ignoredLinkPatterns = ["/donate"]
        let digests = try [rules, ignored, profile].map { try Self.digest(folder, cache: cache, config: $0).0 }
        #expect(Set(digests + [plain]).count == 4, "\(digests)")
    }
}
