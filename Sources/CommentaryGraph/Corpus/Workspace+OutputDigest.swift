extension Workspace.Load {
    /// One hash of everything a build makes its outputs from: the pages' records (and the
    /// versegraph version, profile and versification they were read with, through the
    /// cache's fingerprint), what became of every file, the configuration keys the outputs
    /// read, and the command's own `settings`. Equal digests give byte-identical outputs,
    /// so a build whose digest is the last one's need not make them again.
    ///
    /// Nil without a page cache: the records' hashes live there.
    public func outputDigest(config: VersegraphConfig, settings: [String]) -> UInt64? {
        guard let cache else { return nil }
        var parts = [
            "outputs \(Self.outputDigestRevision)", VersegraphTool.version, String(cache.fingerprint),
            String(cache.recordsDigest), "|", config.profile.yaml,
        ]
        parts += ["|"] + config.rules.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        parts += ["|"] + config.ignoredURLs + ["|"] + config.ignoredFiles
        parts += ["|", String(files.found), String(files.pages)]
        parts += files.skipped.map { "\($0.file)\u{1}\($0.reason)" }
        parts += ["|"] + files.ignored.map { "\($0.file)\u{1}\($0.reason.rawValue)" }
        parts += ["|"] + settings
        return ContentHash.xxh64(Array(parts.joined(separator: "\u{0}").utf8))
    }

    /// Bumped whenever the digest's parts change.
    static let outputDigestRevision = 1
}
