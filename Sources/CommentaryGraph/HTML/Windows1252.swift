/// Windows-1252 decoding by table, so that no byte ever stops the decoder.
///
/// iconv (which libxml2 would use) stops at the five bytes cp1252 leaves undefined and cuts
/// the page there; here they become U+FFFD, and the rest of the page survives.
enum Windows1252 {
    /// The Unicode scalar of each byte 0x80...0xFF.
    static let upperHalf: [UInt16] = {
        let c1: [UInt16] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,  // 88-8F
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,  // 98-9F
        ]
        // 0xA0...0xFF are the Latin-1 characters of the same number.
        return c1 + (0xA0...0xFF).map { UInt16($0) }
    }()

    /// `bytes` read as Windows-1252, as UTF-8.
    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        let table = upperHalf
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let scalar = table[Int(byte &- 0x80)]
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12)))
                out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return out
    }
}
