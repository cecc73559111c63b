import Scripture

/// A whole site on one axis: every chapter of the books in scope, in canonical order, with its
/// verse count and covered verses, and the links between chapters aggregated per (source
/// chapter, target chapter, kind). What `canon.svg` and `graph.html` draw.
///
/// A passage belongs to the chapter it starts in; a link is counted from the chapter of the
/// linking page's passage to the chapter of its target passage.
public struct CanonView: Sendable, Hashable {
    /// One chapter bar.
    public struct Chapter: Sendable, Hashable {
        /// The book.
        public var book: Book
        /// The chapter, from 1.
        public var chapter: Int
        /// Whether each verse is covered by some page: `covered[0]` is verse 1. Its count is
        /// the chapter's verse count.
        public var covered: [Bool]
        /// How many pages have a passage that starts in the chapter.
        public var pages: Int
        /// How many links leave pages whose passage starts in the chapter.
        public var linksOut: Int
        /// How many links lead to passages that start in the chapter.
        public var linksIn: Int
        /// How many of `linksOut` a check rule reports as broken.
        public var brokenOut: Int

        /// A chapter with every field given.
        public init(
            book: Book, chapter: Int, covered: [Bool], pages: Int, linksOut: Int, linksIn: Int, brokenOut: Int
        ) {
            self.book = book
            self.chapter = chapter
            self.covered = covered
            self.pages = pages
            self.linksOut = linksOut
            self.linksIn = linksIn
            self.brokenOut = brokenOut
        }

        /// The number of verses.
        public var verses: Int { covered.count }
        /// The number of covered verses.
        public var coveredVerses: Int { covered.reduce(0) { $0 + ($1 ? 1 : 0) } }
        /// `Exodus 32`, or `Jude` for a book of one chapter.
        public var label: String {
            book.hasSingleChapter ? book.displayName : "\(book.displayName) \(chapter)"
        }
    }

    /// The links of one kind from one chapter to another (or to itself).
    public struct Arc: Sendable, Hashable {
        /// The index of the source chapter in `chapters`.
        public var source: Int
        /// The index of the target chapter in `chapters`.
        public var target: Int
        /// `deeper` or `related`.
        public var kind: LinkKind
        /// How many links.
        public var count: Int
        /// How many of them a check rule reports as broken.
        public var broken: Int

        /// An arc with every field given.
        public init(source: Int, target: Int, kind: LinkKind, count: Int, broken: Int) {
            self.source = source
            self.target = target
            self.kind = kind
            self.count = count
            self.broken = broken
        }
    }

    /// The versification that numbers the chapters and verses.
    public var versification: Versification
    /// The chapters of the books in scope, in canonical order.
    public var chapters: [Chapter]
    /// The arcs, sorted by source chapter, target chapter, then kind.
    public var arcs: [Arc]
    /// How many links of the corpus have no target passage or a target outside the scope.
    public var linksOutsideScope: Int

    /// A view of these parts, arcs put in order.
    public init(versification: Versification, chapters: [Chapter], arcs: [Arc], linksOutsideScope: Int = 0) {
        self.versification = versification
        self.chapters = chapters
        self.arcs = arcs.sorted { ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind) }
        self.linksOutsideScope = linksOutsideScope
    }

    /// The books in scope, in canonical order, each with the range of its chapters' indices.
    public var books: [(book: Book, chapters: Range<Int>)] {
        var result: [(book: Book, chapters: Range<Int>)] = []
        var start = 0
        for index in chapters.indices where index == chapters.count - 1 || chapters[index + 1].book != chapters[index].book {
            result.append((chapters[index].book, start..<index + 1))
            start = index + 1
        }
        return result
    }
}
