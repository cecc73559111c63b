extension CanonArcSVG {
    /// The arcs, in a group per colour: related, deeper, then the broken links on top.
    ///
    /// Coordinates are integer tenths of a pixel from the axis, in a group that scales them to
    /// pixels and flattens them vertically (strokes keep their width: `non-scaling-stroke`). An arc
    /// is `M<left> 0a1 1 0 0 1 <width> 0`: radii too small for the ends are scaled up to a half
    /// circle, as SVG requires, which keeps a whole canon's 70,000 arcs small. The arcs of one
    /// link each from one chapter share one path and one tooltip that names every target.
    func writeArcs(_ view: CanonView, _ layout: CanonLayout, to output: inout some TextOutputStream) {
        let scale = "0.1 \(Self.decimal(layout.flattening, places: 4))"
        output.write("<g id=\"arcs\" fill=\"none\" transform=\"translate(0 \(Tenths.text(layout.axis))) scale(\(scale))\">\n")
        let groups: [(String, (CanonView.Arc) -> Int)] = [
            (Palette.related, { $0.kind == .related ? $0.count - $0.broken : 0 }),
            (Palette.deeper, { $0.kind == .deeper ? $0.count - $0.broken : 0 }),
            (Palette.broken, { $0.broken }),
        ]
        for (colour, drawn) in groups {
            output.write("<g stroke=\"\(colour)\" stroke-width=\"0.6\" stroke-opacity=\"0.35\">\n")
            var single = SingleLinkArcs()
            for arc in view.arcs {
                let count = drawn(arc)
                guard count > 0 else { continue }
                if count == 1, colour != Palette.broken {
                    if single.source != arc.source { single.flush(view, to: &output) }
                    single.add(arc, Self.path(arc, layout))
                    continue
                }
                let opacity = colour == Palette.broken ? 90 : min(35 + 8 * Self.log2(count), 90)
                // A broken link stays visible even alone: at least 1.2 px.
                let width = Tenths.text(min((colour == Palette.broken ? 12 : 6) + 6 * Self.log2(count), 50))
                output.write(
                    "<path d=\"\(Self.path(arc, layout))\" stroke-width=\"\(width)\" stroke-opacity=\"0.\(opacity)\">"
                        + "<title>\(Markup.escaped(Self.tooltip(arc, view)))</title></path>\n")
            }
            single.flush(view, to: &output)
            output.write("</g>\n")
        }
        output.write("</g>\n")
    }

    /// The arcs of one link each from one source chapter, gathered into one path.
    private struct SingleLinkArcs {
        var source: Int?
        var kind: LinkKind = .deeper
        var targets: [Int] = []
        var path = ""

        mutating func add(_ arc: CanonView.Arc, _ subpath: String) {
            source = arc.source
            kind = arc.kind
            targets.append(arc.target)
            path += subpath
        }

        mutating func flush(_ view: CanonView, to output: inout some TextOutputStream) {
            defer { self = SingleLinkArcs() }
            guard let source else { return }
            let names = targets.map { view.chapters[$0].label }.joined(separator: ", ")
            let each = targets.count == 1 ? "" : " each"
            let tip = "\(view.chapters[source].label) → \(names): 1 \(kind.rawValue) link\(each)"
            output.write("<path d=\"\(path)\"><title>\(Markup.escaped(tip))</title></path>\n")
        }
    }

    /// The path of an arc from the middle of one chapter's slot to the other's, in the arcs'
    /// group. A chapter's links to itself make a small loop over its own slot, higher with more.
    static func path(_ arc: CanonView.Arc, _ layout: CanonLayout) -> String {
        let from = layout.middle(of: min(arc.source, arc.target))
        let to = layout.middle(of: max(arc.source, arc.target))
        guard from == to else { return "M\(from) 0a1 1 0 0 1 \(to - from) 0" }
        let half = max(layout.slot * 35 / 100, 5)
        let rise = max(layout.slot / 2, 30) + 15 * log2(arc.count)
        // The group flattens heights by `flattening`; a loop's rise is undone from that.
        return "M\(from - half) 0a\(half) \(rise * 1_000 / max(layout.flattening, 1)) 0 0 1 \(2 * half) 0"
    }

    /// `value` / 10^places written as a decimal: `decimal(452, places: 4)` is `0.0452`.
    static func decimal(_ value: Int, places: Int) -> String {
        var divisor = 1
        for _ in 0..<places { divisor *= 10 }
        let fraction = String(value % divisor)
        let padded = String(repeating: "0", count: places - fraction.count) + fraction
        return "\(value / divisor).\(padded)"
    }
}
