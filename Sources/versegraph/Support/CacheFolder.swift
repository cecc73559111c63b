import CommentaryGraph

/// The `--cache DIR` folder, which the page cache and the build stamps share.
enum CacheFolder {
    /// Writes `bytes` atomically to `path` in `folder`, making the folder first when it is
    /// not there yet (the first run with a new cache).
    static func write(_ bytes: [UInt8], to path: String, in folder: String) throws(FileSystemError) {
        if (try? FileSystem.status(folder))?.kind != .folder { try FileSystem.makeFolders(folder) }
        let file = try AtomicFile(replacing: path)
        try file.write(bytes)
        try file.commit()
    }
}
