/// What became of the files found under the inputs: the promise that every one is
/// accounted for.
public struct FileAccount: Sendable, Hashable {
    /// Files found: pages, candidates and files that could not be used.
    public var found: Int
    /// Pages read (from their files or the cache).
    public var pages: Int
    /// Of those, how many came from the cache.
    public var fromCache: Int
    /// Files that could not be used, with the reason.
    public var skipped: [SkippedFile]
    /// Files left out on purpose, with the reason.
    public var ignored: [IgnoredFile]

    /// How many skipped files each reason has, by category, sorted by category.
    public var skippedByReason: [(reason: String, count: Int)] {
        Dictionary(grouping: skipped, by: \.reason.category).map { ($0.key, $0.value.count) }.sorted { $0.0 < $1.0 }
    }
}

/// A file left out on purpose.
public struct IgnoredFile: Sendable, Hashable {
    /// Why a file was left out.
    public enum Reason: String, Sendable, Hashable {
        /// It matches a pattern of `ignore.files`.
        case ignoredByConfig = "matches ignore.files"
        /// Its name does not say it is a page and its first bytes are not HTML.
        case notHTML = "not an HTML page (no .html extension, and its first bytes are not HTML)"
    }

    /// The file as the user can reach it.
    public var file: String
    /// Why it was left out.
    public var reason: Reason
}
