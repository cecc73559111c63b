/// Which pages count towards coverage: every page, or only pages of one kind.
public enum CoverageKind: String, CaseIterable, Sendable, Hashable {
    /// Any present page, whatever its kind.
    case any
    /// Only per-verse synopsis pages.
    case synopsis
    /// Only passage commentary pages.
    case commentary

    /// True when `node` is a present page that this kind counts.
    func counts(_ node: GraphNode) -> Bool {
        guard node.present else { return false }
        switch self {
        case .any: return true
        case .synopsis: return node.kinds.contains(.synopsis)
        case .commentary: return node.kinds.contains(.commentary)
        }
    }

    /// True when a page of `kind` counts.
    func counts(_ kind: PageKind?) -> Bool {
        switch self {
        case .any: true
        case .synopsis: kind == .synopsis
        case .commentary: kind == .commentary
        }
    }

    /// How reports name the pages they count: "pages of any kind", "synopsis pages", ...
    var pageNoun: String {
        switch self {
        case .any: "pages of any kind"
        case .synopsis: "synopsis pages"
        case .commentary: "commentary pages"
        }
    }
}
