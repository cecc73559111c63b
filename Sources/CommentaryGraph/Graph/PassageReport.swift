import Scripture

/// What the corpus says about one passage: the pages that cover it and the links that leave
/// or reach the passages overlapping it. Behind `versegraph show`.
public struct PassageReport: Sendable {
    /// A page that covers some of the passage.
    public struct Cover: Hashable, Sendable {
        /// The page's passage.
        public var range: VerseRange
        /// The page's kind.
        public var kind: PageKind?
        /// The page's path.
        public var path: String
    }

    /// A link from or to a passage overlapping the one asked about.
    public struct Link: Hashable, Sendable {
        /// The linking page's passage.
        public var source: VerseRange
        /// The link's target passage, when known.
        public var target: VerseRange?
        /// The href, as written.
        public var href: String
        /// `deeper` or `related`.
        public var kind: LinkKind
        /// The linking file and line.
        public var path: String
        /// The line of the link.
        public var line: Int
        /// True when the corpus has the target page.
        public var targetPresent: Bool
    }

    /// The passage asked about.
    public var range: VerseRange
    /// Pages whose passage overlaps it, in canonical order.
    public var covers: [Cover]
    /// Links from pages whose passage overlaps it.
    public var outgoing: [Link]
    /// Links to passages overlapping it, from pages whose passage does not.
    public var incoming: [Link]

    /// The report for `range` in `corpus`.
    public init(range: VerseRange, corpus: Corpus) {
        self.range = range
        var covers: [Cover] = []
        var outgoing: [Link] = []
        var incoming: [Link] = []
        for (page, targets) in zip(corpus.pages, corpus.targets) {
            guard let source = page.passage else { continue }
            let covering = source.overlaps(range)
            if covering { covers.append(Cover(range: source, kind: page.kind, path: page.file)) }
            for (link, target) in zip(page.links, targets) {
                let entry = Link(
                    source: source, target: target.range, href: link.href, kind: link.kind, path: page.file,
                    line: link.line, targetPresent: target.page != nil)
                if covering {
                    outgoing.append(entry)
                } else if let reached = target.range, reached.overlaps(range) {
                    incoming.append(entry)
                }
            }
        }
        let order: (Link, Link) -> Bool = { ($0.source, $0.path, $0.line) < ($1.source, $1.path, $1.line) }
        self.covers = covers.sorted { ($0.range, $0.path) < ($1.range, $1.path) }
        self.outgoing = outgoing.sorted(by: order)
        self.incoming = incoming.sorted(by: order)
    }

    /// A plain-text report.
    public var text: String {
        var lines = ["\(range.label) (\(range.osisID))", ""]
        lines.append(covers.isEmpty ? "No page covers it." : "Covered by \(covers.count) page\(covers.count == 1 ? "" : "s"):")
        for cover in covers {
            lines.append(
                "  \((cover.kind?.rawValue ?? "page").padding(10)) \(cover.range.label.padding(22)) \(TerminalText.safe(cover.path))"
            )
        }
        for (title, links) in [("Links out", outgoing), ("Links in", incoming)] {
            lines.append("")
            lines.append(links.isEmpty ? "\(title): none." : "\(title) (\(links.count)):")
            for link in links {
                let target = link.target?.label ?? link.href
                let missing = link.targetPresent ? "" : "  [no such page in the corpus]"
                lines.append(
                    "  \(link.source.label.padding(22)) -\(link.kind.rawValue)-> \(target.padding(22)) \(TerminalText.safe(link.path)):\(link.line)\(missing)"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON.
    public var json: String {
        func link(_ link: Link) -> JSONText {
            .object([
                "source": .string(link.source.osisID), "target": link.target.map { .string($0.osisID) } ?? .null,
                "href": .string(link.href), "kind": .string(link.kind.rawValue), "file": .string(link.path),
                "line": .int(link.line), "target_present": .bool(link.targetPresent),
            ])
        }
        return JSONText.object([
            "passage": .string(range.osisID), "label": .string(range.label),
            "covered_by": .array(
                covers.map { cover in
                    .object([
                        "passage": .string(cover.range.osisID), "kind": cover.kind.map { .string($0.rawValue) } ?? .null,
                        "file": .string(cover.path),
                    ])
                }),
            "outgoing": .array(outgoing.map(link)), "incoming": .array(incoming.map(link)),
        ]).document
    }
}

extension String {
    /// The string padded with spaces to `width` characters (never cut).
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
