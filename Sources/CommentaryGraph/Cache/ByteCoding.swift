/// Appends values to a byte buffer in the page cache's format: unsigned LEB128 integers,
/// strings as a length and their UTF-8 bytes.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    mutating func write(_ value: Int64) { write(UInt64(bitPattern: value)) }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write(raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// Empties the writer, keeping its storage for the next use.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// The bytes written, followed by their XXH64 (little-endian), handed over without a copy.
    consuming func finishWithChecksum() -> [UInt8] {
        let checksum = ContentHash.xxh64(bytes)
        withUnsafeBytes(of: checksum.littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }
}

/// Reads what `ByteWriter` wrote; every read checks the bounds, so a damaged or truncated
/// file is an error, never a crash.
struct ByteReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private(set) var offset: Int
    private let end: Int

    /// Reads `bytes` from `offset` up to `end` (the end of `bytes` when nil).
    init(_ bytes: [UInt8], offset: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.end = min(end ?? bytes.count, bytes.count)
    }

    var isAtEnd: Bool { offset == end }

    /// How many bytes are left to read.
    var remaining: Int { end - offset }

    mutating func readUInt64() throws(Damaged) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readInt() throws(Damaged) -> Int { Int(truncatingIfNeeded: Int64(bitPattern: try readUInt64())) }

    mutating func readInt64() throws(Damaged) -> Int64 { Int64(bitPattern: try readUInt64()) }

    mutating func readBool() throws(Damaged) -> Bool {
        guard offset < end, bytes[offset] <= 1 else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func readString() throws(Damaged) -> String {
        let count = try readInt()
        guard count >= 0, count <= end - offset else { throw Damaged() }
        let text = bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<offset + count]), as: UTF8.self)
        }
        offset += count
        return text
    }

    mutating func readOptionalString() throws(Damaged) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func readRaw(_ count: Int) throws(Damaged) -> ArraySlice<UInt8> {
        guard count >= 0, count <= end - offset else { throw Damaged() }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }
}

extension ByteReader {
    /// A reader of the fields of a file `ByteWriter.finishWithChecksum()` made, after its
    /// header: throws `.foreign` when it does not start with `magic` and `revision`, and
    /// `.damaged` when its checksum does not match.
    init(checkedFile bytes: [UInt8], magic: [UInt8], revision: UInt64) throws(PageCacheError) {
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else { throw .foreign }
        let end = bytes.count - 8
        let storedChecksum = bytes.suffix(8).withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        let checksum = bytes.withUnsafeBytes { ContentHash.xxh64(UnsafeRawBufferPointer(rebasing: $0[..<end])) }
        self.init(bytes, offset: magic.count, end: end)
        // A file too short to hold its revision is a truncated one, not another format.
        guard let stored = try? readUInt64() else { throw .damaged }
        guard stored == revision else { throw .foreign }
        guard checksum == storedChecksum else { throw .damaged }
    }
}
