import Scripture

/// The pages read from the inputs, indexed by URL so that links find their target pages.
///
/// Pages are kept sorted by path (then file), so everything derived from a corpus is the
/// same whatever order the files were found or parsed in.
public struct Corpus: Sendable {
    /// The pages, sorted by path then file.
    public let pages: [CommentaryPage]
    /// The files that could not be read as pages, sorted by file.
    public let skipped: [SkippedFile]
    private let byURL: [SiteURL: [Int]]

    /// A corpus of `pages` (in any order).
    public init(pages: [CommentaryPage], skipped: [SkippedFile] = []) {
        self.pages = pages.sorted { ($0.path, $0.file) < ($1.path, $1.file) }
        self.skipped = skipped.sorted { $0.file < $1.file }
        var byURL: [SiteURL: [Int]] = [:]
        for (index, page) in self.pages.enumerated() {
            // A page answers to its declared URL and to the URL its mirror path stands for.
            for url in Set([page.url, page.mirrorURL].compactMap { $0 }) { byURL[url, default: []].append(index) }
        }
        self.byURL = byURL
    }

    /// The indices of the pages that answer to `url`.
    public func pages(at url: SiteURL) -> [Int] { byURL[url] ?? [] }

    /// Where a link leads: the target page when the corpus has it, and the target passage:
    /// the target page's passage, else the passage the link text names, else the one the
    /// URL encodes.
    public func target(of link: PageLink) -> LinkTarget {
        let page = link.url.flatMap { pages(at: $0).first }
        if let page, let passage = pages[page].passage {
            return LinkTarget(page: page, range: passage, basis: .page)
        }
        if let passage = link.textPassage {
            return LinkTarget(page: page, range: passage, basis: .linkText)
        }
        if let passage = link.url?.passage() {
            return LinkTarget(page: page, range: passage, basis: .url)
        }
        return LinkTarget(page: page, range: nil, basis: .none)
    }
}

/// Where a link leads.
public struct LinkTarget: Hashable, Sendable {
    /// What the target passage was taken from.
    public enum Basis: String, Hashable, Sendable {
        /// The target page is in the corpus and has a passage.
        case page
        /// The link text names the passage.
        case linkText
        /// The URL encodes it (`exo+32:30`: for a commentary, its first verse only).
        case url
        /// Nothing tells it.
        case none
    }

    /// The index of the target page in `Corpus.pages`, when the corpus has it.
    public var page: Int?
    /// The target passage, when anything tells it.
    public var range: VerseRange?
    /// What `range` was taken from.
    public var basis: Basis
}

/// A file that could not be read as a page.
public struct SkippedFile: Hashable, Sendable {
    /// The file as the user can reach it.
    public var file: String
    /// Why it was skipped.
    public var reason: SkipReason

    /// A skipped file and its reason.
    public init(file: String, reason: SkipReason) {
        self.file = file
        self.reason = reason
    }
}

/// Why a file was skipped.
public enum SkipReason: Hashable, Sendable, CustomStringConvertible {
    /// The file could not be read (permissions, a broken link, a folder).
    case unreadable(String)
    /// The file was read but is not a page.
    case page(PageReadError)

    /// A short name for counting reasons in a summary: "empty", "not HTML", ...
    public var category: String {
        switch self {
        case .unreadable: "unreadable"
        case .page(.empty): "empty"
        case .page(.notHTML): "not HTML"
        case .page(.parserFailed): "parser failed"
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let message): "cannot read the file: \(message)"
        case .page(let error): error.description
        }
    }
}
