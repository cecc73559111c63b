extension SiteProfile {
    /// The built-in profiles by the name `preset:` and `--site` take, in the order
    /// `versegraph profiles` lists them.
    public static let builtIn: [(name: String, profile: SiteProfile)] = [("thebiblesays", .theBibleSays)]

    /// The built-in profile called `name` (ignoring case).
    public static func builtIn(named name: String) -> SiteProfile? {
        builtIn.first { $0.name == name.lowercased() }?.profile
    }

    /// TheBibleSays (thebiblesays.com and .app): synopsis pages at `/en/synopsis/exo+32:31`,
    /// passage commentaries at `/en/commentary/exo+32:30` (named by their first verse).
    public static let theBibleSays: SiteProfile = {
        var patterns: [URLPassagePattern] = []
        for kind in ["synopsis", "commentary"] {
            for tail in ["{chapter}:{verse}", "{chapter}:{verse}-{end}", "{chapter}"] {
                // Literal patterns, so parsing cannot fail.
                if let pattern = try? URLPassagePattern("/en/\(kind)/{book}+\(tail)") { patterns.append(pattern) }
            }
        }
        return SiteProfile(
            name: "TheBibleSays", hosts: ["thebiblesays.com", "thebiblesays.app"], passageURLs: patterns,
            bookCodes: .usfm, synopsisPathPrefixes: ["/en/synopsis/"], commentaryPathPrefixes: ["/en/commentary/"],
            deeperHeadings: ["Deeper Commentary"],
            relatedHeadings: ["Other Relevant Commentaries", "Related Commentaries", "Check out our other commentaries"],
            titlePatterns: [],
            ignoredContainers: ["nav", "header", "footer", "aside", "script", "style", "noscript", "template"],
            ignoredLinkPatterns: ["/cdn-cgi/l/email-protection", "mailto:", "javascript:"])
    }()
}
