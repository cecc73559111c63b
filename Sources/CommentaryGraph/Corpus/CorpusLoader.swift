/// Reads page files into a `Corpus`, in parallel: each worker claims a file, then reads,
/// scans and interprets it into a small record in the file's own slot, with no shared state
/// while it works. The corpus is the same whatever the number of workers or the cache.
public struct CorpusLoader: Sendable {
    /// The default `maxPageSize`: far above any real page (they are 30 to 100 KB).
    public static let defaultMaxPageSize = 20 * 1024 * 1024

    /// Reads the HTML.
    public var scanner: HTMLPageScanner
    /// Interprets what was read.
    public var interpreter: PageInterpreter
    /// How many files are worked on at once.
    public var jobs: Int
    /// A file larger than this is skipped without being read.
    public var maxPageSize: Int

    /// A loader with a scanner and interpreter for one site.
    public init(
        scanner: HTMLPageScanner, interpreter: PageInterpreter, jobs: Int, maxPageSize: Int = defaultMaxPageSize
    ) {
        self.scanner = scanner
        self.interpreter = interpreter
        self.jobs = max(1, jobs)
        self.maxPageSize = maxPageSize
    }

    /// Reads every page under `inputs`.
    public func load(_ inputs: [String]) throws(CorpusError) -> Corpus {
        load(files: try InputDiscovery().discover(inputs).files).corpus
    }

    /// What one load produced.
    public struct Outcome: Sendable {
        /// The pages.
        public var corpus: Corpus
        /// The cache for the next run: a record for every page read, from this run or the
        /// last; nil when no cache was given.
        public var cache: PageCache?
        /// How many pages came from the cache unread (unchanged status) or unparsed (same
        /// content hash).
        public var fromCache: Int
        /// Files whose name did not say they were pages and whose first bytes are not HTML.
        public var notPages: [InputFile]
        /// False when the cache given is the cache returned: every page was unchanged, and no
        /// file was added or removed, so there is nothing to store.
        public var cacheChanged: Bool
    }

    /// Reads the given files, taking unchanged ones from `cache`. `progress` is called with
    /// (done, total) now and then, from worker threads.
    public func load(
        files: [InputFile], cache: PageCache? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> Outcome {
        let slots = SlotArray<FileOutcome>(count: files.count)
        Parallel.forEach(count: files.count, jobs: jobs) { index in
            slots.store(read(files[index], cache: cache), at: index)
            if let progress, index % 64 == 63 { progress(index + 1, files.count) }
        }
        progress?(files.count, files.count)
        var pages: [CommentaryPage] = []
        var skipped: [SkippedFile] = []
        var notPages: [InputFile] = []
        var entries: [String: PageCache.Entry] = [:]
        var fromCache = 0
        var unchanged = 0
        pages.reserveCapacity(files.count)
        let keepsCache = cache != nil
        // Each outcome is moved out of its slot, so that the pages are never held twice.
        for (index, file) in files.enumerated() {
            switch slots.take(at: index) {
            case .page(let entry, let cached, let untouched):
                pages.append(entry.page)
                if keepsCache { entries[file.file] = entry }
                if cached { fromCache += 1 }
                if untouched { unchanged += 1 }
            case .skipped(let reason): skipped.append(SkippedFile(file: file.file, reason: reason))
            case .notAPage: notPages.append(file)
            }
        }
        var updated = cache
        updated?.replaceEntries(entries, versification: interpreter.versification)
        let corpus = Corpus(pages: pages, skipped: skipped, versification: interpreter.versification, jobs: jobs)
        let changed = cache.map { unchanged != $0.count || entries.count != $0.count } ?? false
        return Outcome(corpus: corpus, cache: updated, fromCache: fromCache, notPages: notPages, cacheChanged: changed)
    }

    /// What became of one file.
    private enum FileOutcome: Sendable {
        /// A page in its cache record (whose file status is zero when no cache is kept),
        /// whether it came from the cache, and whether its record is unchanged (not even its
        /// status).
        case page(PageCache.Entry, cached: Bool, untouched: Bool)
        case skipped(SkipReason)
        case notAPage
    }

    /// Reads one file; never throws, so that one bad file never stops the run.
    private func read(_ file: InputFile, cache: PageCache?) -> FileOutcome {
        let status = cache == nil ? nil : try? FileSystem.status(file.file)
        if let status, let entry = cache?.entry(for: file.file, status: status), entry.page.path == file.path {
            return .page(entry, cached: true, untouched: true)
        }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(file.file, limit: maxPageSize)
        } catch {
            switch error {
            case .system(let problem): return .skipped(.unreadable(problem.reason))
            case .notRegularFile: return .skipped(.notRegularFile)
            case .tooLarge(let size, let limit): return .skipped(.tooLarge(size: size, limit: limit))
            }
        }
        if file.needsSniffing, !HTMLSniffer.startsLikeHTML(bytes) { return .notAPage }
        let hash = status == nil ? 0 : ContentHash.xxh64(bytes)
        if let status, let old = cache?.anyEntry(for: file.file), old.page.path == file.path,
            old.size == Int64(bytes.count), old.contentHash == hash
        {
            // Touched or copied, not changed: the old record holds, under the new status.
            let entry = PageCache.Entry(
                size: old.size, modified: status.modified, inode: status.inode, contentHash: hash, page: old.page,
                recordHash: old.recordHash)
            return .page(entry, cached: true, untouched: false)
        }
        let scanned: ScannedPage
        do {
            scanned = try scanner.scan(bytes)
        } catch {
            return .skipped(.page(error))
        }
        let page = interpreter.page(from: scanned, path: file.path, file: file.file)
        // The record's hash only matters to a cache, which a run without one never writes.
        let entry = PageCache.Entry(
            size: Int64(bytes.count), modified: status?.modified ?? 0, inode: status?.inode ?? 0, contentHash: hash,
            page: page, recordHash: cache == nil ? 0 : PageCache.recordHash(of: page))
        return .page(entry, cached: false, untouched: false)
    }
}
