/// An ordered list of verse ranges, as written: `Exodus 32:30-35; 33:1-6` or `John 3:16, 18`.
public struct Passage: Hashable, Sendable {
    /// The ranges in the order they were written.
    public var ranges: [VerseRange]

    /// A passage of the given ranges.
    public init(_ ranges: [VerseRange]) { self.ranges = ranges }

    /// A passage of one range.
    public init(_ range: VerseRange) { self.ranges = [range] }

    /// True when some range of the passage contains `verse`.
    public func contains(_ verse: Verse) -> Bool { ranges.contains { $0.contains(verse) } }

    /// True when some range of the passage contains all of `range`.
    public func contains(_ range: VerseRange) -> Bool { ranges.contains { $0.contains(range) } }

    /// The OSIS ids of the ranges joined by `,`: `Exod.32.30-Exod.32.35,Exod.33.1-Exod.33.6`.
    public var osisID: String { ranges.map(\.osisID).joined(separator: ",") }
}
