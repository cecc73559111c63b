extension Finding {
    /// A stable fingerprint of `baselineKey`: its 64-bit FNV-1a hash over UTF-8, as 16 lowercase
    /// hex digits. Unlike `hashValue` it is the same in every run and on every platform, which
    /// is what lets GitHub code scanning (SARIF `partialFingerprints`) follow a finding from
    /// run to run while the line it is on moves.
    public var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in baselineKey.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
