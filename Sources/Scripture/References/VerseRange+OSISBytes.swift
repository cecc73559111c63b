/// OSIS ids written as UTF-8 bytes straight into the caller's buffer: no `String`, no array
/// and no table lookup that needs a lock, for writers of many ids (`versegraph ref`).
extension VerseRange {
    /// The most bytes `writeOSIS(to:)` writes: two verse ids of at most 18 bytes, a `-`, and
    /// the scratch that whole-word stores may touch past the end.
    public static let osisByteCapacity = 48

    /// Writes the OSIS id's UTF-8 bytes (`Exod.32.30-Exod.32.35`) at `pointer`, which must have
    /// room for `osisByteCapacity` bytes, and returns how many it wrote (at most 37).
    public func writeOSIS(to pointer: UnsafeMutableRawPointer) -> Int {
        // Validated ranges have numbers of at most 3 digits; the room allows 5 (unchecked ones).
        precondition(max(start.chapter, start.verse, end.chapter, end.verse) < 100_000, "a verse number too large to write")
        var count = start.writeOSIS(to: pointer)
        if start != end {
            pointer.storeBytes(of: 0x2D, toByteOffset: count, as: UInt8.self)
            count += 1 + end.writeOSIS(to: pointer + count + 1)
        }
        return count
    }

    /// Appends the OSIS id's UTF-8 bytes to `bytes`, without building a `String`.
    public func appendOSIS(to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(byteCount: Self.osisByteCapacity, alignment: 8) { buffer in
            let count = writeOSIS(to: buffer.baseAddress!)
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
    }
}

extension Verse {
    /// Writes the OSIS id's bytes (`Exod.32.31`, `Acts.9.19!b`: at most 18) at `pointer`, with
    /// room for 24, and returns how many it wrote.
    @inline(__always)
    func writeOSIS(to pointer: UnsafeMutableRawPointer) -> Int {
        // The book id (at most 5 bytes, first byte lowest) and its "." in one store.
        let id = Book.packedOSISID(book.index)
        let idCount = (71 - id.leadingZeroBitCount) / 8
        pointer.storeBytes(of: (id | 0x2E << (idCount * 8)).littleEndian, as: UInt64.self)
        var i = idCount + 1
        i += Self.writeDecimal(chapter, to: pointer + i)
        pointer.storeBytes(of: 0x2E, toByteOffset: i, as: UInt8.self)
        i += 1 + Self.writeDecimal(verse, to: pointer + i + 1)
        if let part {
            pointer.storeBytes(of: 0x21, toByteOffset: i, as: UInt8.self)
            pointer.storeBytes(of: part == .a ? 0x61 : 0x62, toByteOffset: i + 1, as: UInt8.self)
            i += 2
        }
        return i
    }

    /// Writes `value` in decimal and returns how many digits: 1 to 3 for any chapter or verse
    /// that exists; a larger number (never valid) is written whole all the same.
    @inline(__always)
    private static func writeDecimal(_ value: Int, to pointer: UnsafeMutableRawPointer) -> Int {
        guard value >= 0, value < 1000 else {
            let digits = Array(String(value).utf8)
            pointer.copyMemory(from: digits, byteCount: digits.count)
            return digits.count
        }
        if value < 10 {
            pointer.storeBytes(of: UInt8(truncatingIfNeeded: 0x30 + value), as: UInt8.self)
            return 1
        }
        if value < 100 {
            let pair = UInt16(truncatingIfNeeded: 0x30 + value / 10) | UInt16(truncatingIfNeeded: 0x30 + value % 10) << 8
            pointer.storeBytes(of: pair.littleEndian, as: UInt16.self)
            return 2
        }
        pointer.storeBytes(of: UInt8(truncatingIfNeeded: 0x30 + value / 100), as: UInt8.self)
        pointer.storeBytes(of: UInt8(truncatingIfNeeded: 0x30 + value / 10 % 10), toByteOffset: 1, as: UInt8.self)
        pointer.storeBytes(of: UInt8(truncatingIfNeeded: 0x30 + value % 10), toByteOffset: 2, as: UInt8.self)
        return 3
    }
}

extension Book {
    /// The OSIS id's bytes (at most 5) packed into an integer, first byte lowest.
    static func packedOSISID(_ index: Int) -> UInt64 {
        packedOSISIDs.withUnsafeBufferPointer { $0[index] }
    }

    private static let packedOSISIDs: [UInt64] = all.map { book in
        book.osisID.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
