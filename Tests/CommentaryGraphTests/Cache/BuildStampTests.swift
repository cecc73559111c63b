import Foundation
import Testing

@testable import CommentaryGraph

@Suite("Build stamp")
struct BuildStampTests {
    /// A folder holding two outputs and the stamp of their writing.
    static func written() throws -> (TemporaryFolder, BuildStamp) {
        let folder = try TemporaryFolder(["graph.json": "{}", "check.json": "[]"])
        let stamp = try BuildStamp(
            digest: 0xfeed_beef, outputs: ["graph.json", "check.json"], in: folder.path, nodes: 3, edges: 2,
            findings: "1 error, 0 warnings, 0 notes")
        return (folder, stamp)
    }

    @Test func roundTripsThroughItsFileFormat() throws {
        let (_, stamp) = try Self.written()
        #expect(stamp.outputs.map(\.name) == ["graph.json", "check.json"])
        #expect(stamp.outputs.allSatisfy { $0.size == 2 && $0.inode != 0 })
        #expect(try BuildStamp(decoding: stamp.encoded()) == stamp)
    }

    @Test func aDamagedOrForeignStampIsRefused() throws {
        let (_, stamp) = try Self.written()
        var bytes = stamp.encoded()
        bytes[bytes.count / 2] ^= 0xff
        #expect(throws: PageCacheError.damaged) { try BuildStamp(decoding: bytes) }
        #expect(throws: PageCacheError.self) { try BuildStamp(decoding: Array(stamp.encoded().dropLast(3))) }
        #expect(throws: PageCacheError.foreign) { try BuildStamp(decoding: Array("not a stamp at all".utf8)) }
        #expect(throws: PageCacheError.foreign) { try BuildStamp(decoding: []) }
        // The header and a checksum but no revision: cut short, as the page cache says too.
        let headerOnly = BuildStamp.magic + Array(repeating: 0, count: 8)
        #expect(throws: PageCacheError.damaged) { try BuildStamp(decoding: headerOnly) }
        #expect(throws: PageCacheError.damaged) {
            try PageCache(decoding: PageCache.magic + Array(repeating: 0, count: 8), fingerprint: 0)
        }
    }

    @Test func anOutputRewrittenTouchedOrRemovedIsNoLongerVouchedFor() throws {
        let (folder, stamp) = try Self.written()
        #expect(stamp.outputsAreUnchanged(in: folder.path))
        try folder.write("graph.json", "[]")  // same size, rewritten
        #expect(!stamp.outputsAreUnchanged(in: folder.path))

        let (touched, touchedStamp) = try Self.written()
        try touched.touch("check.json", at: Date(timeIntervalSince1970: 1_000_000))
        #expect(!touchedStamp.outputsAreUnchanged(in: touched.path))

        let (removed, removedStamp) = try Self.written()
        try removed.remove("check.json")
        #expect(!removedStamp.outputsAreUnchanged(in: removed.path))
    }

    @Test func eachOutputFolderHasItsOwnStampFile() {
        let one = BuildStamp.fileName(forOutputFolder: "/site/Graphs")
        #expect(one.hasPrefix("build-") && one.hasSuffix(".v1") && one.count == "build-".count + 16 + 3)
        #expect(one == BuildStamp.fileName(forOutputFolder: "/site/Graphs"))
        #expect(one != BuildStamp.fileName(forOutputFolder: "/site/Graphs2"))
    }
}
