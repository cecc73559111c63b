import CommentaryGraph
import Foundation

/// The build stamp of `--cache DIR` for one output folder (`DIR/build-<hash>.v1`, the hash of
/// the folder's absolute path, so that builds into several folders share a cache): read
/// before a build, written after it. A missing, damaged or foreign stamp only means the
/// outputs are made again.
struct BuildStampStore {
    let folder: String
    let path: String

    init(cacheFolder: String, outputFolder: String) {
        folder = cacheFolder
        let absolute = URL(fileURLWithPath: outputFolder, isDirectory: true).standardizedFileURL.path
        path = cacheFolder + "/" + BuildStamp.fileName(forOutputFolder: absolute)
    }

    /// The stamp stored, if any can be read.
    func load() -> BuildStamp? {
        guard let bytes = try? FileSystem.readFile(path) else { return nil }
        return try? BuildStamp(decoding: bytes)
    }

    /// Stores `stamp`; a failure is reported and the run goes on (the next one rebuilds).
    func save(_ stamp: BuildStamp, quiet: Bool) {
        do throws(FileSystemError) {
            try CacheFolder.write(stamp.encoded(), to: path, in: folder)
        } catch {
            if !quiet { StandardStreams.err("versegraph: warning: the build stamp \(path) was not written: \(error.reason)\n") }
        }
    }
}
