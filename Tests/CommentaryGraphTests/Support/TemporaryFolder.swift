import Foundation

/// A folder of files named by their relative paths, removed when the value goes away.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init(_ files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("versegraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to the file at `path` (relative), creating its folders.
    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Removes the file at `path` (relative).
    func remove(_ path: String) throws { try FileManager.default.removeItem(at: url.appendingPathComponent(path)) }

    /// Sets the modification time of the file at `path` (relative) to `date`, content unchanged.
    func touch(_ path: String, at date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.appendingPathComponent(path).path)
    }
}

/// A small TheBibleSays-style page: its title, and related links to `targets` (URL keys such
/// as `exo+32:30`, linked as commentaries).
func samplePage(_ title: String, related targets: [String] = [], deeper: String? = nil) -> String {
    let deeperSection =
        deeper.map {
            "<h2>Deeper Commentary Covering this Verse:</h2><ul><li><a href=\"/en/commentary/\($0)\">\($0)</a></li></ul>"
        } ?? ""
    let items = targets.map { "<li><a href=\"/en/commentary/\($0)\">\($0)</a></li>" }.joined()
    return """
        <!doctype html><html><head><title>\(title) meaning</title></head>
        <body><h1>\(title) meaning</h1>\(deeperSection)
        <h2>Other Relevant Commentaries:</h2><ul>\(items)</ul></body></html>
        """
}
