import ArgumentParser
import CommentaryGraph
import Foundation
import Scripture

/// What a command that reads pages works with: the configuration and the corpus.
struct Session {
    let config: VersegraphConfig
    let versification: Versification
    let corpus: Corpus

    /// Loads the configuration and reads the pages; what goes wrong before any page is read
    /// (a missing input, a broken configuration) exits with status 64.
    static func open(_ options: InputOptions) throws -> Session {
        try ExitCodes.asUsageError { try Session(options) }
    }

    /// Loads the configuration and reads the pages, reporting progress on a terminal.
    init(_ options: InputOptions) throws {
        let config = try options.loadConfig()
        let versification = options.resolvedVersification(config)
        var baseURL: SiteURL?
        if let text = options.baseURL ?? config.baseURL {
            guard let url = SiteURL(text, profile: config.profile) else {
                throw ValidationError("--base-url \"\(text)\" is not an http(s) URL.")
            }
            baseURL = url
        }
        let loader = CorpusLoader(
            scanner: HTMLPageScanner(profile: config.profile),
            interpreter: PageInterpreter(profile: config.profile, versification: versification, baseURL: baseURL),
            jobs: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let showProgress = !options.quiet && StandardStreams.errIsTerminal
        let files = try InputDiscovery.files(in: options.resolvedInputs)
            .filter { file in !config.ignoredFiles.contains { GlobPattern($0).matches(file.path) } }
        let corpus = loader.load(files: files, progress: showProgress ? Progress.report : nil)
        if showProgress { StandardStreams.err("\r\u{1B}[K") }
        self.config = config
        self.versification = versification
        self.corpus = corpus
    }

    /// "47 pages read, 1 skipped (1 not HTML)".
    var readingSummary: String {
        var text = "\(corpus.pages.count) page\(corpus.pages.count == 1 ? "" : "s") read"
        if !corpus.skipped.isEmpty {
            let counts = Dictionary(grouping: corpus.skipped, by: \.reason.category)
                .map { "\($0.value.count) \($0.key)" }.sorted().joined(separator: ", ")
            text += ", \(corpus.skipped.count) skipped (\(counts))"
        }
        return text
    }

    /// Reports each skipped file on standard error, naming it and the reason.
    func reportSkipped(quiet: Bool) {
        guard !quiet else { return }
        for skipped in corpus.skipped {
            StandardStreams.err("versegraph: skipped \(skipped.file): \(skipped.reason)\n")
        }
    }
}

enum Progress {
    @Sendable static func report(done: Int, total: Int) {
        StandardStreams.err("\r\u{1B}[KReading pages \(done)/\(total)")
    }
}
