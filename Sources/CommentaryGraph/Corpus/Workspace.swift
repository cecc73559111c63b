import Scripture

/// The whole pipeline of a command that reads pages, with every key of the configuration
/// applied: discover the files under the inputs, leave out `ignore.files`, read, scan and
/// interpret each page in parallel (unchanged ones from a page cache), and index the corpus
/// once.
public struct Workspace: Sendable {
    /// What a command line can set on top of `versegraph.yml`.
    public struct Options: Sendable {
        /// How many threads read pages (at least 1).
        public var jobs: Int
        /// The versification; nil takes the configuration's, else KJV.
        public var versification: Versification?
        /// The URL a mirror's root stands for; nil takes the configuration's.
        public var baseURL: String?
        /// Pages larger than this many bytes are skipped unread.
        public var maxPageSize: Int
        /// Follow symbolic links that lead outside the inputs.
        public var followSymbolicLinks: Bool
        /// Folders never read as input (a build's own output folder).
        public var excludedFolders: [String]

        /// Options with the defaults of the command line.
        public init(
            jobs: Int, versification: Versification? = nil, baseURL: String? = nil,
            maxPageSize: Int = CorpusLoader.defaultMaxPageSize, followSymbolicLinks: Bool = false,
            excludedFolders: [String] = []
        ) {
            self.jobs = jobs
            self.versification = versification
            self.baseURL = baseURL
            self.maxPageSize = maxPageSize
            self.followSymbolicLinks = followSymbolicLinks
            self.excludedFolders = excludedFolders
        }
    }

    /// What one run read, and what became of every file found.
    public struct Load: Sendable {
        /// The pages, indexed.
        public var corpus: Corpus
        /// The cache to store for the next run, when one was given.
        public var cache: PageCache?
        /// False when `cache` is the one given, unchanged: there is nothing to store.
        public var cacheChanged: Bool
        /// Every file found, with its fate.
        public var files: FileAccount
    }

    /// The configuration in force.
    public let config: VersegraphConfig
    /// The versification every reference is read under.
    public let versification: Versification
    /// The inputs (files or folders).
    public let inputs: [String]
    private let discovery: InputDiscovery
    private let loader: CorpusLoader
    private let ignoredFiles: [GlobPattern]

    /// A workspace over `inputs`; throws when the base URL is not an http(s) URL.
    public init(config: VersegraphConfig, inputs: [String], options: Options) throws(CorpusError) {
        let versification = options.versification ?? config.versification ?? .kjv
        var baseURL: SiteURL?
        if let text = options.baseURL ?? config.baseURL {
            guard let url = SiteURL(text, profile: config.profile) else { throw .invalidBaseURL(text) }
            baseURL = url
        }
        self.config = config
        self.versification = versification
        self.inputs = inputs
        self.discovery = InputDiscovery(
            followSymbolicLinks: options.followSymbolicLinks, excludedFolders: options.excludedFolders)
        self.loader = CorpusLoader(
            scanner: HTMLPageScanner(profile: config.profile),
            interpreter: PageInterpreter(profile: config.profile, versification: versification, baseURL: baseURL),
            jobs: options.jobs, maxPageSize: options.maxPageSize)
        self.ignoredFiles = config.ignoredFiles.map(GlobPattern.init)
    }

    /// The fingerprint a page cache for this workspace must carry.
    public var cacheFingerprint: UInt64 { loader.cacheFingerprint }

    /// Discovers and reads the pages. Throws when an input does not exist, or when no page
    /// at all could be read: a run over nothing proves nothing, and must not pass a CI gate.
    public func load(cache: PageCache? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(CorpusError) -> Load {
        let found = try discovery.discover(inputs)
        var files: [InputFile] = []
        var ignored: [IgnoredFile] = []
        for file in found.files {
            if ignoredFiles.contains(where: { $0.matches(file.path) }) {
                ignored.append(IgnoredFile(file: file.file, reason: .ignoredByConfig))
            } else {
                files.append(file)
            }
        }
        // A cache made for other extraction settings is not trusted: start a new one.
        let usable = cache.map { $0.fingerprint == cacheFingerprint ? $0 : PageCache(fingerprint: cacheFingerprint) }
        let outcome = loader.load(files: files, cache: usable, progress: progress)
        ignored += outcome.notPages.map { IgnoredFile(file: $0.file, reason: .notHTML) }
        let skipped = (found.skipped + outcome.corpus.skipped).sorted { $0.file < $1.file }
        guard !outcome.corpus.pages.isEmpty else { throw .noPages(inputs: inputs, skipped: skipped) }
        let account = FileAccount(
            found: found.files.count + found.skipped.count, pages: outcome.corpus.pages.count,
            fromCache: outcome.fromCache, skipped: skipped,
            ignored: ignored.sorted { $0.file < $1.file })
        // A cache of other settings was replaced by an empty one, so it counts as changed there.
        return Load(corpus: outcome.corpus, cache: outcome.cache, cacheChanged: outcome.cacheChanged, files: account)
    }
}
