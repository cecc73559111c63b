extension CanonArcSVG {
    /// The arcs, in a group per colour: related, deeper, then the broken links on top.
    ///
    /// Coordinates are integer tenths of a pixel from the axis, in a group that scales them to
    /// pixels and flattens them vertically (strokes keep their width: `non-scaling-stroke`). An arc
    /// is `M<left> 0a1 1 0 0 1 <width> 0`: radii too small for the ends are scaled up to a half
    /// circle, as SVG requires, which keeps a whole canon's 70,000 arcs small. The arcs of one
    /// chapter, kind and link count share one path and one tooltip that names every target.
    func writeArcs(_ view: CanonView, _ layout: CanonLayout, to output: inout some TextOutputStream) {
        let scale = "0.1 \(Self.decimal(layout.flattening, places: 4))"
        output.write("<g id=\"arcs\" fill=\"none\" transform=\"translate(0 \(Tenths.text(layout.axis))) scale(\(scale))\">\n")
        // The more arcs, the fainter one link: 35 % for a few hundred, down to 5 % for a whole canon.
        let faintest = max(5, min(35, 35 * 1_500 / max(view.arcs.count, 1)))
        let groups: [(String, (CanonView.Arc) -> Int)] = [
            (Palette.related, { $0.kind == .related ? $0.count - $0.broken : 0 }),
            (Palette.deeper, { $0.kind == .deeper ? $0.count - $0.broken : 0 }),
            (Palette.broken, { $0.broken }),
        ]
        for (colour, drawn) in groups {
            output.write(
                "<g stroke=\"\(colour)\" stroke-width=\"0.6\" stroke-opacity=\"\(Self.opacity(faintest, count: 1))\">\n")
            var batches = SameCountArcs(faintest: faintest)
            for arc in view.arcs {
                let count = drawn(arc)
                guard count > 0 else { continue }
                guard colour == Palette.broken else {
                    if batches.source != arc.source { batches.flush(view, to: &output) }
                    batches.add(arc, count: count, Self.path(arc, layout))
                    continue
                }
                // A broken link stays visible even alone: at least 1.2 px.
                output.write(
                    "<path d=\"\(Self.path(arc, layout))\" stroke-width=\"\(Tenths.text(min(12 + 6 * Self.log2(count), 50)))\" "
                        + "stroke-opacity=\"\(Self.opacity(min(2 * faintest, 90), count: count))\"><title>\(Markup.escaped(Self.tooltip(arc, view)))</title></path>\n"
                )
            }
            batches.flush(view, to: &output)
            output.write("</g>\n")
        }
        output.write("</g>\n")
    }

    /// The arcs of one source chapter and kind, gathered into a path per link count.
    private struct SameCountArcs {
        let faintest: Int
        var source: Int?
        var kind: LinkKind = .deeper
        var batches: [Int: (targets: [Int], path: String)] = [:]

        mutating func add(_ arc: CanonView.Arc, count: Int, _ subpath: String) {
            source = arc.source
            kind = arc.kind
            batches[count, default: ([], "")].targets.append(arc.target)
            batches[count, default: ([], "")].path += subpath
        }

        /// Writes a path per count, fewest links first; a count above one sets its width and opacity.
        mutating func flush(_ view: CanonView, to output: inout some TextOutputStream) {
            defer { self = SameCountArcs(faintest: faintest) }
            guard let source else { return }
            for count in batches.keys.sorted() {
                guard let batch = batches[count] else { continue }
                let names = batch.targets.map { view.chapters[$0].label }.joined(separator: ", ")
                let each = batch.targets.count == 1 ? "" : " each"
                let links = CanonArcSVG.counted(count, "\(kind.rawValue) link")
                let tip = "\(view.chapters[source].label) → \(names): \(links)\(each)"
                let log = CanonArcSVG.log2(count)
                let style =
                    count == 1
                    ? ""
                    : " stroke-width=\"\(Tenths.text(min(6 + 6 * log, 50)))\" "
                        + "stroke-opacity=\"\(CanonArcSVG.opacity(faintest, count: count))\""
                output.write("<path d=\"\(batch.path)\"\(style)><title>\(Markup.escaped(tip))</title></path>\n")
            }
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

    /// The opacity of an arc of `count` links when one link is `faintest` percent: `0.35`.
    static func opacity(_ faintest: Int, count: Int) -> String {
        let percent = min(faintest + 8 * log2(count), 90)
        return percent < 10 ? "0.0\(percent)" : "0.\(percent)"
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
