#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// HTML's white space between attributes and around values: space, tab, newline, form feed
/// and carriage return. One definition for the byte scanners that look at a page before
/// libxml2 does (the charset sniffer and the parse budget).
@inline(__always)
func isHTMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
}

/// The index of the first `byte` in `bytes` at or after `start` (`memchr`).
@inline(__always)
func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard start < bytes.count, let base = bytes.baseAddress,
        let found = memchr(base + start, Int32(byte), bytes.count - start)
    else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
}

/// Eight bytes at a time, for the byte scanners: whether a word of eight bytes (loaded
/// unaligned from a page) may hold a byte of a kind. Either answer is cheap; "maybe" can be
/// wrong for a byte after one that is of the kind (a borrow carries), "no" never is.
enum EightBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether `word` may hold a byte below `limit` (at most 0x80).
    @inline(__always)
    static func mayHoldByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highs != 0
    }

    /// Whether `word` may hold `byte`.
    @inline(__always)
    static func mayHold(_ byte: UInt8, in word: UInt64) -> Bool {
        mayHoldByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }
}
