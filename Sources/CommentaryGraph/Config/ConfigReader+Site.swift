import Scripture
import Yams

extension ConfigReader {
    /// The keys of `site:` that a profile without a preset must give.
    static let requiredSiteKeys = ["name", "hosts", "passage_urls", "book_codes", "deeper_headings", "related_headings"]
    /// Every key of `site:`.
    static let siteKeys =
        ["preset"] + requiredSiteKeys + [
            "synopsis_paths", "commentary_paths", "title_patterns", "ignored_containers", "ignored_links",
        ]

    /// The profile a `site:` block describes: its `preset` (a built-in profile) with the
    /// keys given on top, or, without a preset, only the keys given (the required ones all).
    func readSite(_ node: Node, at keyNode: Node) throws(ConfigError) -> SiteProfile {
        let pairs = try mapping(node, key: "site")
        var profile = SiteProfile.empty
        if let preset = pairs.first(where: { $0.0 == "preset" }) {
            let name = try string(preset.2, key: "site.preset")
            guard let builtIn = SiteProfile.builtIn(named: name) else {
                throw invalid(
                    preset.2, "site.preset",
                    "unknown profile \"\(name)\"; expected one of \(SiteProfile.builtIn.map(\.name).joined(separator: ", "))")
            }
            profile = builtIn
        }
        for (key, keyNode, value) in pairs {
            let path = "site.\(key)"
            switch key {
            case "preset": continue
            case "name": profile.name = try string(value, key: path)
            case "hosts": profile.hosts = try nonEmpty(strings(value, key: path), value, path).map { $0.lowercased() }
            case "passage_urls":
                profile.passageURLs = try patterns(value, key: path, URLPassagePattern.init)
                guard !profile.passageURLs.isEmpty else { throw invalid(value, path, "expected at least one pattern") }
            case "book_codes": profile.bookCodes = try bookCodes(value, key: path)
            case "deeper_headings": profile.deeperHeadings = try strings(value, key: path)
            case "related_headings": profile.relatedHeadings = try strings(value, key: path)
            case "synopsis_paths": profile.synopsisPathPrefixes = try strings(value, key: path)
            case "commentary_paths": profile.commentaryPathPrefixes = try strings(value, key: path)
            case "title_patterns": profile.titlePatterns = try patterns(value, key: path, TitlePattern.init)
            case "ignored_containers": profile.ignoredContainers = try strings(value, key: path).map { $0.lowercased() }
            case "ignored_links": profile.ignoredLinkPatterns = try strings(value, key: path)
            default:
                throw invalid(keyNode, path, "unknown key; expected \(Self.siteKeys.joined(separator: ", "))")
            }
        }
        let hasPreset = pairs.contains { $0.0 == "preset" }
        if !hasPreset, let missing = Self.requiredSiteKeys.first(where: { key in !pairs.contains { $0.0 == key } }) {
            throw invalid(
                keyNode, "site",
                "missing required key \(missing) (a profile without a preset starts from nothing; or start from a built-in one with preset: \(SiteProfile.builtIn.map(\.name).joined(separator: " or ")))"
            )
        }
        return profile
    }

    private func nonEmpty(_ values: [String], _ node: Node, _ key: String) throws(ConfigError) -> [String] {
        guard !values.isEmpty else { throw invalid(node, key, "expected at least one value") }
        return values
    }

    /// Each item of a list read as a pattern; a bad one is reported at its own line.
    private func patterns<Pattern>(
        _ node: Node, key: String, _ parse: (String) throws(URLPatternError) -> Pattern
    ) throws(ConfigError) -> [Pattern] {
        let items = node.sequence.map(Array.init) ?? [node]
        var patterns: [Pattern] = []
        for item in items {
            let text = try string(item, key: key)
            do {
                patterns.append(try parse(text))
            } catch {
                throw invalid(item, key, error.description)
            }
        }
        return patterns
    }

    /// `usfm`, `osis`, `english`, or a mapping of the site's codes to OSIS book ids.
    private func bookCodes(_ node: Node, key: String) throws(ConfigError) -> BookCodes {
        if let name = node.scalar?.string {
            guard let codes = BookCodes(named: name) else {
                throw invalid(
                    node, key,
                    "expected \(BookCodes.names.joined(separator: ", ")) or a mapping of codes to OSIS book ids, found \"\(name)\""
                )
            }
            return codes
        }
        var table: [String: Book] = [:]
        for (code, _, value) in try mapping(node, key: key) {
            let osis = try string(value, key: "\(key).\(code)")
            guard let book = Book(osisID: osis) else {
                throw invalid(value, "\(key).\(code)", "\"\(osis)\" is not an OSIS book id (Gen, Exod, 1John, …)")
            }
            table[code.lowercased()] = book
        }
        guard !table.isEmpty else { throw invalid(node, key, "expected at least one code") }
        return .table(table)
    }
}
