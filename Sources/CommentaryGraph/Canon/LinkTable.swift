import Scripture

/// Every page and every listed link of a corpus, resolved once, with the links that `check`
/// found broken marked: the flat input of the canon arc view and the offline explorer.
///
/// A plain value so that another front end (a corpus index) can fill it directly. Pages are in
/// corpus order (by path); links are in page order, then document order.
public struct LinkTable: Sendable, Hashable {
    /// One page of the corpus.
    public struct Page: Sendable, Hashable {
        /// The file's path relative to its input folder (how graphs name it).
        public var path: String
        /// The page's URL, when it has one.
        public var url: String?
        /// Synopsis or commentary, when known.
        public var kind: PageKind?
        /// The page's passage, when its title names one.
        public var range: VerseRange?

        /// A page with every field given.
        public init(path: String, url: String?, kind: PageKind?, range: VerseRange?) {
            self.path = path
            self.url = url
            self.kind = kind
            self.range = range
        }
    }

    /// One link listed in a deeper or related section.
    public struct Link: Sendable, Hashable {
        /// The target passage, when anything tells it.
        public var target: VerseRange?
        /// The link's URL (or href, for non-web links) when the corpus lacks its target page;
        /// empty when `targetPage` is known (that page's URL names it).
        public var href: String
        /// The id of the first error rule of `check` that reports this link (`dangling-link`,
        /// `text-target-mismatch`, `invalid-reference`, `deeper-not-covering`); nil when none does.
        public var brokenBy: String?
        // The numbers in 32 bits, -1 for no target page: 72 bytes a link instead of 96, on a
        // whole site 137,000 links.
        /// The index of the linking page in `pages`.
        @Int32Stored public var source: Int
        /// The source line of the link.
        @Int32Stored public var line: Int
        @Int32Stored private var storedTargetPage: Int
        /// `deeper` or `related`.
        public var kind: LinkKind

        /// The index of the target page in `pages`, when the corpus has it.
        public var targetPage: Int? {
            get { storedTargetPage < 0 ? nil : storedTargetPage }
            set { storedTargetPage = max(newValue ?? -1, -1) }
        }

        /// A link with every field given.
        public init(
            source: Int, kind: LinkKind, target: VerseRange?, targetPage: Int?, href: String, line: Int,
            brokenBy: String?
        ) {
            self.source = source
            self.kind = kind
            self.target = target
            storedTargetPage = max(targetPage ?? -1, -1)  // a negative index is no page
            self.href = href
            self.line = line
            self.brokenBy = brokenBy
        }

        /// True when a check rule reports the link as wrong.
        public var isBroken: Bool { brokenBy != nil }
    }

    /// The pages, in corpus order.
    public var pages: [Page]
    /// The links, by source page then document order.
    public var links: [Link]

    /// A table of these pages and links.
    public init(pages: [Page], links: [Link]) {
        self.pages = pages
        self.links = links
    }

    /// The rules whose findings mark a link as broken, in the documented order.
    public static let brokenRules = ["dangling-link", "text-target-mismatch", "invalid-reference", "deeper-not-covering"]
}
