import CommentaryGraph

/// The page cache file of `--cache DIR` (`DIR/pages.v1`): read at the start of a run, written
/// atomically at its end. A missing file is an empty cache; a damaged, foreign or stale one
/// is reported and replaced, never trusted and never a failure.
struct PageCacheStore {
    let folder: String
    let fingerprint: UInt64
    /// How many threads decode the cache.
    var jobs = 1

    var path: String { folder + "/pages.v1" }

    /// True when no cache file is there (first run, or removed): an unchanged cache must
    /// still be written then.
    var isMissing: Bool { (try? FileSystem.status(path))?.kind != .regular }

    /// The cache stored for this fingerprint, or an empty one.
    func load(quiet: Bool) -> PageCache {
        let empty = PageCache(fingerprint: fingerprint)
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path)
        } catch {
            if case .system(let problem) = error, problem.errno == .noSuchFileOrDirectory { return empty }
            warn("cannot read the page cache \(path): \(error.reason); reading every page", quiet: quiet)
            return empty
        }
        do {
            return try PageCache(decoding: bytes, fingerprint: fingerprint, jobs: jobs)
        } catch .stale {
            if !quiet {
                StandardStreams.err("versegraph: the page cache \(path) was made by another version or profile; rebuilding it\n")
            }
        } catch {
            warn("ignoring the page cache \(path): \(error); rebuilding it", quiet: quiet)
        }
        return empty
    }

    /// Stores `cache`; a failure is reported and the run goes on (the outputs do not depend
    /// on the cache).
    func save(_ cache: PageCache, quiet: Bool) {
        do {
            try CacheFolder.write(cache.encoded(), to: path, in: folder)
        } catch {
            warn("the page cache \(path) was not written: \(error.reason)", quiet: quiet)
        }
    }

    private func warn(_ message: String, quiet: Bool) {
        if !quiet { StandardStreams.err("versegraph: warning: \(message)\n") }
    }
}
