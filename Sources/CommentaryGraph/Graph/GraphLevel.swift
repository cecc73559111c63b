/// How fine the nodes of an exported graph are: a node per distinct passage (the verse-range
/// graph itself), per chapter, or per book.
public enum GraphLevel: String, CaseIterable, Sendable {
    /// A node per distinct verse range.
    case passage
    /// A node per chapter (`Exod.32`); a passage belongs to the chapter it starts in.
    case chapter
    /// A node per book (`Exod`).
    case book
}

/// What a chapter or book node sums up.
public struct NodeSummary: Hashable, Sendable {
    /// The verses of the chapter or book.
    public var verses: Int
    /// How many of them some page covers.
    public var covered: Int
    /// How many pages have a passage that starts in the chapter or book.
    public var pages: Int

    /// A summary of these counts.
    public init(verses: Int, covered: Int, pages: Int) {
        self.verses = verses
        self.covered = covered
        self.pages = pages
    }
}
