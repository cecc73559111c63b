/// Where `canon.svg` puts things, in tenths of a pixel so that every coordinate is an exact
/// integer and the bytes never depend on floating-point printing.
///
/// Chapters sit side by side along a horizontal axis, one slot each; a chapter's bar hangs
/// below the axis, its length by verse count; arcs rise above it, from the middle of the
/// source chapter's slot to the middle of the target's. `graph.html` reads the same numbers
/// to map a click to a chapter and to draw highlighted arcs.
public struct CanonLayout: Sendable, Hashable {
    /// The width of one chapter's slot.
    public let slot: Int
    /// The x of the first slot's left edge.
    public let left: Int
    /// The y of the axis.
    public let axis: Int
    /// The length of one verse along a bar.
    public let verseLength: Int
    /// Vertical radius of an arc, in thousandths of its horizontal radius (arcs are flattened
    /// so that the widest one stays within `maxArcHeight`).
    public let flattening: Int
    /// The width of the whole drawing.
    public let width: Int
    /// The height of the whole drawing.
    public let height: Int

    static let maxArcHeight = 3_000
    static let barLength = 1_200
    static let labelSpace = 900
    static let top = 620
    static let minimumWidth = 7_200

    /// The layout of `view`.
    public init(_ view: CanonView) {
        let count = max(view.chapters.count, 1)
        // 16 px a chapter for a book or two, down to 1.5 px for the whole canon (1,189 chapters).
        slot = max(15, min(160, 16_000 / count / 5 * 5))
        left = 200
        // Never narrower than the heading and legend.
        width = max(left * 2 + slot * count, Self.minimumWidth)
        let longest = view.chapters.map(\.verses).max() ?? 1
        verseLength = max(1, Self.barLength / max(longest, 1))
        let widest = view.arcs.map { abs($0.target - $0.source) }.max() ?? 0
        let widestRadius = max(widest * slot / 2, 1)
        flattening = min(1_000, Self.maxArcHeight * 1_000 / widestRadius)
        let arcHeight = max(widestRadius * flattening / 1_000, slot)
        axis = Self.top + arcHeight + 100
        height = axis + longest * verseLength + Self.labelSpace
    }

    /// The x of the middle of chapter `index`'s slot.
    public func middle(of index: Int) -> Int { left + index * slot + slot / 2 }

    /// The y where book labels start.
    public var labelTop: Int { height - Self.labelSpace + 80 }
}

/// Tenths of a pixel written as SVG numbers: `125` is `12.5`, `120` is `12`.
enum Tenths {
    static func text(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
