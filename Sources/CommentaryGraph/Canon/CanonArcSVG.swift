import Scripture

/// Draws a `CanonView` as an arc diagram in SVG: the chapters of the books in scope along an
/// axis, each chapter a bar hanging below it (its length by verse count, covered verses dark,
/// missing ones light, books alternating in shade), and above it an arc per (source chapter,
/// target chapter, kind), thicker and more opaque with more links: deeper links blue, related
/// teal, links that `check` reports as errors red. Bars, arcs and book labels carry `<title>`
/// tooltips.
///
/// Drawn by versegraph itself (no Graphviz, no script), with integer coordinates in tenths of a
/// pixel, so the same view gives the same bytes.
public struct CanonArcSVG: Sendable {
    /// The heading of the drawing (the site's name).
    public var title: String

    /// A renderer with this heading.
    public init(title: String = "versegraph") { self.title = title }

    /// Colours, shared with `graph.html`.
    enum Palette {
        static let deeper = "#1d4ed8"
        static let related = "#0d9488"
        static let broken = "#dc2626"
        static let covered = ["#15803d", "#4ade80"]
        static let missing = ["#d4d4d8", "#e9e9ec"]
    }

    /// The whole document, ending with a newline.
    public func document(_ view: CanonView) -> String {
        var text = ""
        write(view, to: &text)
        return text
    }

    /// Writes the document into `output`.
    public func write(_ view: CanonView, to output: inout some TextOutputStream) {
        let layout = CanonLayout(view)
        let px = Tenths.text
        output.write(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(px(layout.width))\" height=\"\(px(layout.height))\" "
                + "viewBox=\"0 0 \(px(layout.width)) \(px(layout.height))\" "
                + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n")
        let summary = Self.summary(view)
        output.write("<title>\(Markup.escaped(title)): \(Markup.escaped(summary))</title>\n")
        output.write("<style>#arcs path{vector-effect:non-scaling-stroke}</style>\n")
        output.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        output.write("<text x=\"20\" y=\"22\" font-size=\"15\" font-weight=\"bold\">\(Markup.escaped(title))</text>\n")
        output.write("<text x=\"20\" y=\"38\" fill=\"#374151\">\(Markup.escaped(summary))</text>\n")
        writeLegend(to: &output)
        writeArcs(view, layout, to: &output)
        output.write(
            "<line x1=\"\(px(layout.left))\" y1=\"\(px(layout.axis))\" x2=\"\(px(layout.left + layout.slot * view.chapters.count))\" "
                + "y2=\"\(px(layout.axis))\" stroke=\"#6b7280\" stroke-width=\"0.5\"/>\n")
        writeBars(view, layout, to: &output)
        writeBookLabels(view, layout, to: &output)
        output.write("</svg>\n")
    }

    private func writeLegend(to output: inout some TextOutputStream) {
        var x = 20
        output.write("<g id=\"legend\">\n")
        for (colour, name) in [
            (Palette.deeper, "deeper links"), (Palette.related, "related links"),
            (Palette.broken, "links check reports as errors"),
        ] {
            output.write("<line x1=\"\(x)\" y1=\"51\" x2=\"\(x + 18)\" y2=\"51\" stroke=\"\(colour)\" stroke-width=\"3\"/>")
            output.write("<text x=\"\(x + 23)\" y=\"55\">\(name)</text>\n")
            x += 30 + name.count * 6
        }
        for (colour, name) in [(Palette.covered[0], "covered verses"), (Palette.missing[0], "verses no page covers")] {
            output.write("<rect x=\"\(x)\" y=\"45\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>")
            output.write("<text x=\"\(x + 17)\" y=\"55\">\(name)</text>\n")
            x += 27 + name.count * 6
        }
        output.write("</g>\n")
    }

    static func tooltip(_ arc: CanonView.Arc, _ view: CanonView) -> String {
        let ends = "\(view.chapters[arc.source].label) → \(view.chapters[arc.target].label)"
        var text = "\(ends): \(Self.counted(arc.count, "\(arc.kind.rawValue) link"))"
        if arc.broken > 0 { text += ", \(Self.grouped(arc.broken)) broken" }
        return text
    }

    /// ⌊log₂ n⌋ for n ≥ 1.
    static func log2(_ count: Int) -> Int { Int.bitWidth - count.leadingZeroBitCount - 1 }

    /// `1,213`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }

    /// `1 link`, `3 links`.
    static func counted(_ number: Int, _ noun: String) -> String {
        "\(grouped(number)) \(noun)\(number == 1 ? "" : "s")"
    }

    static func summary(_ view: CanonView) -> String {
        let verses = view.chapters.reduce(0) { $0 + $1.verses }
        let covered = view.chapters.reduce(0) { $0 + $1.coveredVerses }
        let links = view.arcs.reduce(0) { $0 + $1.count }
        let broken = view.arcs.reduce(0) { $0 + $1.broken }
        return "\(counted(view.books.count, "book")), \(counted(view.chapters.count, "chapter")), "
            + "\(grouped(verses)) verses, \(grouped(covered)) covered; "
            + "\(counted(links, "link")) between them, \(grouped(broken)) broken"
    }
}
