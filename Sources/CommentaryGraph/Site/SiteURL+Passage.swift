import Scripture

extension SiteURL {
    /// The page kind the URL's path says, by the profile's path prefixes (compared without
    /// case: the path is lower case).
    public func pageKind(profile: SiteProfile) -> PageKind? {
        if profile.synopsisPathPrefixes.contains(where: { path.utf8.hasLowercasedPrefix($0) }) { return .synopsis }
        if profile.commentaryPathPrefixes.contains(where: { path.utf8.hasLowercasedPrefix($0) }) { return .commentary }
        return nil
    }

    /// The passage the URL names by the profile's passage patterns (the first that matches
    /// with a passage `versification` has), or nil.
    public func passage(profile: SiteProfile, versification: Versification) -> VerseRange? {
        passageMatch(profile: profile, versification: versification)?.range
    }

    /// The passage the URL names and the pattern that read it.
    public func passageMatch(
        profile: SiteProfile, versification: Versification
    ) -> (
        range: VerseRange, pattern: URLPassagePattern
    )? {
        for pattern in profile.passageURLs {
            if let range = pattern.match(path: path, query: query, codes: profile.bookCodes)?.range(in: versification) {
                return (range, pattern)
            }
        }
        return nil
    }

    /// The URL a mirrored file stands for: `thebiblesays.com/en/synopsis/exo+32:31/index.html`
    /// under a mirror is `https://thebiblesays.com/en/synopsis/exo+32:31`. The first folder
    /// names the host when it looks like one (wget's layout); otherwise `baseURL` gives it.
    public init?(mirrorPath: String, baseURL: SiteURL?, profile: SiteProfile) {
        guard let served = URLBase.served(mirrorPath: mirrorPath, baseURL: baseURL) else { return nil }
        self.init(host: served.host, path: served.path, profile: profile)
    }
}

extension String.UTF8View {
    /// True when the bytes start with `prefix`, whose ASCII letters are compared lower case.
    fileprivate func hasLowercasedPrefix(_ prefix: String) -> Bool {
        var mine = makeIterator()
        for expected in prefix.utf8 {
            guard let byte = mine.next(), byte == (expected &- 0x41 < 26 ? expected | 0x20 : expected) else { return false }
        }
        return true
    }
}

extension URLBase {
    /// The base that relative links of the mirrored file at `mirrorPath` resolve against.
    public init?(mirrorPath: String, baseURL: SiteURL?, profile: SiteProfile) {
        guard let served = URLBase.served(mirrorPath: mirrorPath, baseURL: baseURL) else { return nil }
        self.init(
            host: SiteURL.canonicalHost(served.host, profile: profile),
            servedPath: PercentDecoding.decode(served.path).lowercased())
    }

    /// The host and path that a file of a mirror was served at.
    static func served(mirrorPath: String, baseURL: SiteURL?) -> (host: String, path: String)? {
        // Split on bytes: this runs for every page, and `/` and `.` are ASCII.
        let parts = mirrorPath.utf8.split(separator: 0x2F, omittingEmptySubsequences: true)
        if let first = parts.first, parts.count > 1, first.contains(0x2E), first.first != 0x2E,
            !hasHTMLSuffix(first)
        {
            let rest = parts.dropFirst().map { String(Substring($0)) }
            return (String(Substring(first)), "/" + rest.joined(separator: "/"))
        } else if let baseURL {
            let basePath = baseURL.path == "/" ? "" : baseURL.path
            return (baseURL.host, basePath + "/" + parts.map { String(Substring($0)) }.joined(separator: "/"))
        }
        return nil
    }

    /// True when `name` ends in `.html` or `.htm`, ASCII case ignored.
    private static func hasHTMLSuffix(_ name: Substring.UTF8View) -> Bool {
        let lower = name.suffix(5).map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        return lower.elementsEqual(".html".utf8) || lower.suffix(4).elementsEqual(".htm".utf8)
    }
}
