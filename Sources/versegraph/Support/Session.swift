import ArgumentParser
import CommentaryGraph
import Foundation
import Scripture

/// What a command that reads pages works with: the configuration, the corpus and what became
/// of every file. The pipeline itself is the library's `Workspace`; this only wires the
/// command line to it, keeps the page cache file and reports on standard error.
struct Session {
    let config: VersegraphConfig
    let versification: Versification
    let corpus: Corpus
    let files: FileAccount
    let jobs: Int
    /// With a page cache and `outputSettings`, the digest of everything outputs made with
    /// those settings depend on (`Workspace.Load.outputDigest`).
    let outputDigest: UInt64?

    /// Loads the configuration and reads the pages; what goes wrong before any page is read
    /// (a missing input, a broken configuration, no page at all) exits with status 64.
    static func open(
        _ options: InputOptions, excluding excludedFolders: [String] = [], outputSettings: [String]? = nil
    ) throws -> Session {
        try ExitCodes.asUsageError { try Session(options, excluding: excludedFolders, outputSettings: outputSettings) }
    }

    private init(_ options: InputOptions, excluding excludedFolders: [String], outputSettings: [String]?) throws {
        let config = try options.loadConfig()
        let jobs = options.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let workspace = try Workspace(
            config: config, inputs: options.resolvedInputs,
            options: Workspace.Options(
                jobs: jobs, versification: options.versification, baseURL: options.baseURL,
                maxPageSize: options.maxPageSize, followSymbolicLinks: options.followSymlinks,
                excludedFolders: excludedFolders))
        let store = options.cache.map { PageCacheStore(folder: $0, fingerprint: workspace.cacheFingerprint, jobs: jobs) }
        let cache = store?.load(quiet: options.quiet)
        let display = !options.quiet && StandardStreams.errIsTerminal ? ProgressDisplay(label: "Reading pages") : nil
        var progressReport: (@Sendable (Int, Int) -> Void)?
        if let display { progressReport = { done, total in display.update(done, total) } }
        let load: Workspace.Load
        do {
            load = try workspace.load(cache: cache, progress: progressReport)
        } catch {
            display?.finish()
            // Why nothing could be read is the first thing to know.
            if case .noPages(_, let skipped) = error, !options.quiet { Self.report(skipped: skipped) }
            throw error
        }
        display?.finish()
        if let store, let updated = load.cache, load.cacheChanged || store.isMissing {
            store.save(updated, quiet: options.quiet)
        }
        self.config = config
        self.versification = workspace.versification
        self.corpus = load.corpus
        self.files = load.files
        self.jobs = jobs
        self.outputDigest = outputSettings.flatMap { load.outputDigest(config: config, settings: $0) }
        reportFiles(verbose: options.verbose, quiet: options.quiet)
    }

    /// "47 pages read (12 from the cache)", or when not every file found is a page, "50 files
    /// found: 47 pages read, 1 skipped (1 not HTML), 2 ignored".
    var readingSummary: String {
        var text = files.found == files.pages ? "" : "\(files.found) file\(files.found == 1 ? "" : "s") found: "
        text += "\(files.pages) page\(files.pages == 1 ? "" : "s") read"
        if files.fromCache > 0 { text += " (\(files.fromCache) from the cache)" }
        if !files.skipped.isEmpty {
            let counts = files.skippedByReason.map { "\($0.count) \($0.reason)" }.joined(separator: ", ")
            text += ", \(files.skipped.count) skipped (\(counts))"
        }
        if !files.ignored.isEmpty { text += ", \(files.ignored.count) ignored" }
        return text
    }

    /// Names each skipped file on standard error with the reason; with `verbose`, each
    /// ignored file too.
    private func reportFiles(verbose: Bool, quiet: Bool) {
        guard !quiet else { return }
        Self.report(skipped: files.skipped)
        guard verbose else { return }
        for ignored in files.ignored {
            StandardStreams.err("versegraph: ignored \(TerminalText.safe(ignored.file)): \(ignored.reason.rawValue)\n")
        }
    }
}

extension Session {
    /// Names each skipped file on standard error with the reason.
    static func report(skipped: [SkippedFile]) {
        for file in skipped {
            StandardStreams.err("versegraph: skipped \(TerminalText.safe(file.file)): \(file.reason)\n")
        }
    }
}
