/// Why a page links to another: the one deeper commentary that covers it, or a related one.
public enum LinkKind: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Listed under "Deeper Commentary Covering this Verse".
    case deeper
    /// Listed under "Other Relevant Commentaries" (or the profile's other related headings).
    case related

    /// `deeper` before `related`, the order of a page's sections.
    public static func < (lhs: LinkKind, rhs: LinkKind) -> Bool { lhs == .deeper && rhs == .related }
}

/// What a page is: a per-verse synopsis or a passage commentary.
public enum PageKind: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// A per-verse page (`/en/synopsis/exo+32:31`).
    case synopsis
    /// A passage page (`/en/commentary/exo+32:30`, "Exodus 32:30-35 meaning").
    case commentary

    public static func < (lhs: PageKind, rhs: PageKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
