import Scripture

extension SiteURL {
    /// The page kind the URL's path says, by the profile's path prefixes.
    public func pageKind(profile: SiteProfile) -> PageKind? {
        if profile.synopsisPathPrefixes.contains(where: { path.hasPrefix($0.lowercased()) }) { return .synopsis }
        if profile.commentaryPathPrefixes.contains(where: { path.hasPrefix($0.lowercased()) }) { return .commentary }
        return nil
    }

    /// The passage encoded in the last path segment, `exo+32:31` (a USFM book code, `+`,
    /// chapter and verse). For a commentary URL this is the passage's first verse only.
    public func passage(versification: Versification = .kjv) -> VerseRange? {
        guard let segment = path.split(separator: "/").last,
            let plus = segment.firstIndex(where: { $0 == "+" || $0 == " " }),
            let book = Book(usfmCode: String(segment[..<plus]))
        else { return nil }
        let reference = "\(book.osisID) \(segment[segment.index(after: plus)...])"
        return try? ReferenceParser(versification: versification).parseRange(reference)
    }

    /// The URL a mirrored file stands for: `thebiblesays.com/en/synopsis/exo+32:31/index.html`
    /// under a mirror is `https://thebiblesays.com/en/synopsis/exo+32:31`. The first folder
    /// names the host when it looks like one (wget's layout); otherwise `baseURL` gives it.
    public init?(mirrorPath: String, baseURL: SiteURL?, profile: SiteProfile) {
        let parts = mirrorPath.split(separator: "/", omittingEmptySubsequences: true)
        if let first = parts.first, parts.count > 1, first.contains("."), !first.hasPrefix("."),
            !first.lowercased().hasSuffix(".html"), !first.lowercased().hasSuffix(".htm")
        {
            self.init(host: String(first), path: "/" + parts.dropFirst().joined(separator: "/"), profile: profile)
        } else if let baseURL {
            let basePath = baseURL.path == "/" ? "" : baseURL.path
            self.init(host: baseURL.host, path: basePath + "/" + parts.joined(separator: "/"), profile: profile)
        } else {
            return nil
        }
    }
}
