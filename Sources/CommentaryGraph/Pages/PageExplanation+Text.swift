import Scripture

extension PageExplanation {
    /// The explanation as `versegraph profile check` prints it:
    ///
    /// ```
    /// page: Inputs/thebiblesays.com/en/synopsis/exo+32:31
    /// url: https://thebiblesays.com/en/synopsis/exo+32:31 (from the canonical link)
    ///   names Exodus 32:31 by /en/synopsis/{book}+{chapter}:{verse}
    /// passage: Exodus 32:31 (Exod.32.31), from the <h1> "Exodus 32:31 meaning"
    /// kind: synopsis (the URL path starts with /en/synopsis/)
    /// sections: deeper, related
    /// links: 2 of 3 are edges
    ///   line 120, deeper: "Exodus 32:30-35" -> /en/commentary/exo+32:30
    ///     url https://thebiblesays.com/en/commentary/exo+32:30: a commentary page, names Exodus 32:30 by …
    ///     text names Exodus 32:30-35
    ///     edge to the page at the URL if the inputs have it, else to Exodus 32:30-35 (its text)
    /// ```
    public func formatted() -> String {
        var lines = ["page: \(page.file)"]
        if let url = page.url {
            lines.append("url: \(url)" + (urlSource.map { " (from the \($0))" } ?? ""))
            if let urlPassage {
                lines.append("  names \(urlPassage.range.label) by \(urlPassage.pattern)")
            } else {
                lines.append("  names no passage by the profile's passage_urls")
            }
        } else {
            lines.append("url: none (no canonical link or og:url, and the path does not tell the host: try --base-url)")
        }
        if let passage = page.passage, let titleSource, let title = page.title {
            let pattern = titleSource.pattern.map { " by the title pattern \"\($0)\"" } ?? ""
            lines.append(
                "passage: \(passage.label) (\(passage.osisID)), from the \(titleSource.element) \"\(title)\"\(pattern)")
        } else {
            let errors = page.titleErrors.map { "\($0)" }.joined(separator: "; ")
            lines.append(
                "passage: none: no title names one" + (errors.isEmpty ? "" : " that exists (\(errors))")
                    + (page.title.map { "; first title \"\($0)\"" } ?? ""))
        }
        lines.append("kind: " + (page.kind.map { "\($0.rawValue) (\(kindSource ?? ""))" } ?? "unknown"))
        lines.append("sections: " + (page.sections.isEmpty ? "none" : page.sections.map(\.rawValue).joined(separator: ", ")))
        let edges = links.filter { $0.link != nil }.count
        lines.append("links: \(edges) of \(links.count) \(links.count == 1 ? "is an edge" : "are edges")")
        for link in links { lines += describe(link) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ link: Link) -> [String] {
        var lines = [
            "  line \(link.scanned.line), \(link.scanned.kind.rawValue): \"\(link.scanned.text)\" -> \(link.scanned.href)"
        ]
        if let url = link.url {
            let kind = link.urlKind.map { "a \($0.rawValue) page" } ?? "no page kind"
            let names = link.urlPassage.map { "names \($0.range.label) by \($0.pattern)" } ?? "names no passage"
            lines.append("    url \(url): \(kind), \(names)")
        } else {
            lines.append("    url: none (not a web link, or relative without a base)")
        }
        if let kept = link.link {
            if let named = kept.textPassage {
                lines.append("    text names \(named.label)")
            } else if let error = kept.textError {
                lines.append("    text names a passage that does not exist: \(error)")
            }
            let fallback =
                kept.textPassage.map { "\($0.label) (its text)" } ?? kept.urlPassage.map { "\($0.label) (its URL)" } ?? "none"
            lines.append("    edge to the page at the URL if the inputs have it, else to \(fallback)")
        } else {
            lines.append("    not an edge: the text names no passage, and the URL names none and is no page of the site's kinds")
        }
        return lines
    }
}
