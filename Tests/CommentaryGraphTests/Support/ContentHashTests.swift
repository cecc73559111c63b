import Testing

@testable import CommentaryGraph

@Suite("XXH64 content hash")
struct ContentHashTests {
    /// Reference values from the xxHash reference implementation (Python's `xxhash.xxh64`,
    /// seed 0), covering each tail length and the 32-byte stripes.
    static let vectors: [(text: [UInt8], hash: UInt64)] = [
        ([], 0xEF46_DB37_51D8_E999),
        (Array("a".utf8), 0xD24E_C4F1_A98C_6E5B),
        (Array("abc".utf8), 0x44BC_2CF5_AD77_0999),
        (Array("0123456789abcdef0123456789abcdef!".utf8), 0x8AFF_F4DA_AC4E_677E),
        ((0..<768).map { UInt8($0 % 256) }, 0x8E03_C838_C596_036F),
    ]

    @Test func matchesTheReference() {
        for vector in Self.vectors {
            #expect(ContentHash.xxh64(vector.text) == vector.hash, "\(vector.text.count) bytes")
        }
    }
}
