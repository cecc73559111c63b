/// Output bytes gathered for one large `write`: a writer puts its bytes straight into the
/// spare room at the end, with no `String` and no array per piece.
struct ByteBuffer {
    /// The allocated room; the first `count` bytes are the content.
    private var storage: [UInt8] = []
    /// How many bytes have been written.
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// Lets `body` write at most `maxCount` bytes at the end; it returns how many it wrote.
    mutating func write(atMost maxCount: Int, _ body: (UnsafeMutableRawPointer) -> Int) {
        if storage.count - count < maxCount {
            storage += repeatElement(0, count: max(count + maxCount, 2 * storage.count, 1 << 12) - storage.count)
        }
        let used = count
        count += storage.withUnsafeMutableBytes { body($0.baseAddress! + used) }
    }

    mutating func append(_ byte: UInt8) {
        write(atMost: 1) { pointer in
            pointer.storeBytes(of: byte, as: UInt8.self)
            return 1
        }
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        write(atMost: bytes.count) { pointer in
            pointer.copyMemory(from: source, byteCount: bytes.count)
            return bytes.count
        }
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    mutating func append(_ other: ByteBuffer) {
        other.withBytes { append(UnsafeRawBufferPointer($0)) }
    }

    /// Empties the buffer, keeping its room.
    mutating func removeAll() { count = 0 }

    /// Calls `body` with the content.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }
}
