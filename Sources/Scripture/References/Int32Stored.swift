/// An `Int` property kept in 32 bits, for records a whole site holds by the hundred thousand
/// (verses, graph edges, link tables): half the room of an `Int`. A value beyond 32 bits is
/// kept as the nearest 32-bit one; the numbers kept so (chapters, verses, lines, counts) are
/// far below, and a chapter or verse clamped so stays as invalid as it was (no versification
/// has 2^31 chapters, and a negative one is no chapter).
@propertyWrapper
public struct Int32Stored: Hashable, Sendable {
    @usableFromInline var stored: Int32

    @inlinable
    public init(wrappedValue: Int) { stored = Int32(clamping: wrappedValue) }

    @inlinable
    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(clamping: newValue) }
    }
}
