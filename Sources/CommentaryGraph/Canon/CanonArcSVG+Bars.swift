import Scripture

extension CanonArcSVG {
    /// The chapter bars: a light bar a chapter, its covered runs drawn over it.
    func writeBars(_ view: CanonView, _ layout: CanonLayout, to output: inout some TextOutputStream) {
        let px = Tenths.text
        let gap = layout.slot >= 40 ? 10 : 0
        output.write("<g id=\"bars\">\n")
        for (shade, entry) in view.books.enumerated() {
            for index in entry.chapters {
                let chapter = view.chapters[index]
                let x = px(layout.left + index * layout.slot + gap)
                let width = px(layout.slot - 2 * gap)
                output.write("<g><title>\(Markup.escaped(Self.tooltip(chapter)))</title>")
                output.write(
                    "<rect x=\"\(x)\" y=\"\(px(layout.axis))\" width=\"\(width)\" "
                        + "height=\"\(px(chapter.verses * layout.verseLength))\" fill=\"\(Palette.missing[shade % 2])\"/>")
                var verse = 0
                while verse < chapter.verses {
                    guard chapter.covered[verse] else {
                        verse += 1
                        continue
                    }
                    var end = verse
                    while end < chapter.verses, chapter.covered[end] { end += 1 }
                    output.write(
                        "<rect x=\"\(x)\" y=\"\(px(layout.axis + verse * layout.verseLength))\" width=\"\(width)\" "
                            + "height=\"\(px((end - verse) * layout.verseLength))\" fill=\"\(Palette.covered[shade % 2])\"/>")
                    verse = end
                }
                output.write("</g>\n")
            }
        }
        output.write("</g>\n")
    }

    /// Book names under the bars: across a book wide enough for its name, else turned to run
    /// downwards, left out where it would overlap the previous turned name (the bars' tooltips
    /// still name the book).
    func writeBookLabels(_ view: CanonView, _ layout: CanonLayout, to output: inout some TextOutputStream) {
        let px = Tenths.text
        var lastTurned = Int.min
        output.write("<g id=\"books\" font-size=\"10\" fill=\"#111827\">\n")
        for entry in view.books {
            let name = entry.book.title
            let start = layout.left + entry.chapters.lowerBound * layout.slot
            let span = entry.chapters.count * layout.slot
            let middle = start + span / 2
            let chapters = view.chapters[entry.chapters]
            let tip =
                "\(entry.book.title): \(Self.counted(chapters.count, "chapter")), "
                + "\(Self.grouped(chapters.reduce(0) { $0 + $1.verses })) verses, "
                + "\(Self.grouped(chapters.reduce(0) { $0 + $1.coveredVerses })) covered"
            let title = "<title>\(Markup.escaped(tip))</title>"
            if span >= (name.count * 60 + 40) {
                output.write(
                    "<text x=\"\(px(middle))\" y=\"\(px(layout.labelTop + 40))\" text-anchor=\"middle\">"
                        + "\(title)\(Markup.escaped(name))</text>\n")
            } else if middle >= lastTurned + 110 {
                lastTurned = middle
                output.write(
                    "<text transform=\"translate(\(px(middle - 35)) \(px(layout.labelTop))) rotate(90)\">"
                        + "\(title)\(Markup.escaped(name))</text>\n")
            }
        }
        output.write("</g>\n")
    }

    /// `Exodus 32: 35 verses, 35 covered; 40 pages; 212 links out, 198 in, 3 broken`.
    static func tooltip(_ chapter: CanonView.Chapter) -> String {
        var text =
            "\(chapter.label): \(counted(chapter.verses, "verse")), \(grouped(chapter.coveredVerses)) covered; "
            + "\(counted(chapter.pages, "page")); \(counted(chapter.linksOut, "link")) out, \(grouped(chapter.linksIn)) in"
        if chapter.brokenOut > 0 { text += ", \(grouped(chapter.brokenOut)) broken" }
        return text
    }
}
