import Foundation
import Testing

/// A temporary folder for a command-line test, removed when the value goes away: a place to
/// copy `Inputs/` into, write pages, links and output folders, and run `versegraph` in.
final class ScratchFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = VersegraphBinary.temporaryFile("scratch")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The absolute path of `relative` inside the folder.
    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Copies the repository's sample `Inputs/` to `relative` (by default `Inputs`, so that a
    /// run in this folder names its files exactly as the committed `Graphs/` do).
    func copyInputs(to relative: String = "Inputs") throws {
        try FileManager.default.copyItem(
            at: VersegraphBinary.root.appendingPathComponent("Inputs"), to: url.appendingPathComponent(relative))
    }

    /// Writes `bytes` to the file at `relative`, creating its folders.
    func write(_ relative: String, bytes: [UInt8]) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    /// Writes `text` to the file at `relative`, creating its folders.
    func write(_ relative: String, _ text: String) throws { try write(relative, bytes: Array(text.utf8)) }

    /// Creates the folder `relative` (and its parents).
    func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(relative), withIntermediateDirectories: true)
    }

    /// Creates a symbolic link at `relative` whose target is `destination` (as written).
    func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }

    /// The bytes of the file at `relative`, or nil when there is none.
    func bytes(_ relative: String) -> Data? { FileManager.default.contents(atPath: path(relative)) }

    /// The names in the folder `relative`, hidden ones included, sorted.
    func names(in relative: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path(relative)).sorted()
    }

    /// Runs `versegraph arguments` with this folder as the current directory.
    func run(_ arguments: [String]) throws -> VersegraphBinary.Run {
        try VersegraphBinary.run(arguments, in: url)
    }
}

/// A minimal TheBibleSays-style page titled `title` ("Ruth 1:1"), with related links to
/// `related` (URL paths such as `/en/commentary/exo+32:30`).
func minimalPage(_ title: String, related: [String] = []) -> String {
    let items = related.map { "<li><a href=\"\($0)\">\($0)</a></li>" }.joined()
    return """
        <!doctype html><html><head><title>\(title) meaning</title></head>
        <body><h1>\(title) meaning</h1>
        <h2>Other Relevant Commentaries:</h2><ul>\(items)</ul></body></html>
        """
}

/// The node ids of a node-link JSON graph (`export --format json`, `graph.json`).
func nodeIDs(ofGraphJSON text: String) -> [String] {
    guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [] }
    return ((json["nodes"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
}

/// The "N pages read" count of a build's summary line, or nil when there is none.
func pagesRead(inSummary stderr: String) -> Int? {
    guard let range = stderr.range(of: #"\d+ pages? read"#, options: .regularExpression) else { return nil }
    return Int(stderr[range].prefix { $0.isNumber })
}
