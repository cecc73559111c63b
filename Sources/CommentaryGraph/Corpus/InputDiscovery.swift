import Foundation

/// A file to read as a page.
public struct InputFile: Hashable, Sendable {
    /// The path relative to the input folder it was found in (the file name for a file input).
    public var path: String
    /// The path as the user can reach it: the input as given, then `path`.
    public var file: String
}

/// Why the inputs could not be listed.
public enum CorpusError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An input names nothing on disk.
    case inputNotFound(String)

    public var description: String {
        switch self {
        case .inputNotFound(let input): "\(input): no such file or folder"
        }
    }
}

/// Finds the pages under the inputs: files ending in `.html` or `.htm`, and files without an
/// extension whose first bytes look like HTML (what a plain `wget --mirror` saves).
public enum InputDiscovery {
    /// The page files under `inputs` (files or folders, searched recursively), sorted by
    /// `file`. Hidden files and folders (`.git`) are passed over.
    public static func files(in inputs: [String]) throws(CorpusError) -> [InputFile] {
        var found: [InputFile] = []
        let manager = FileManager.default
        for input in inputs {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: input, isDirectory: &isFolder) else { throw .inputNotFound(input) }
            if !isFolder.boolValue {
                // A file named on the command line is read whatever its name says.
                found.append(InputFile(path: (input as NSString).lastPathComponent, file: input))
                continue
            }
            let root = URL(fileURLWithPath: input, isDirectory: true)
            guard
                let enumerator = manager.enumerator(
                    at: root, includingPropertiesForKeys: [.isRegularFileKey],
                    options: [.skipsHiddenFiles])
            else { continue }
            let rootPath = root.standardizedFileURL.path
            for case let url as URL in enumerator {
                let kind = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
                // Regular files, and symbolic links (a broken one is then reported as unreadable);
                // folders are walked into, and sockets and pipes are no pages.
                guard kind?.isRegularFile == true || kind?.isSymbolicLink == true else { continue }
                let full = url.standardizedFileURL.path
                guard full.hasPrefix(rootPath + "/") else { continue }
                let relative = String(full.dropFirst(rootPath.count + 1))
                guard isPageCandidate(relative, at: full) else { continue }
                let display = input.hasSuffix("/") ? input + relative : input + "/" + relative
                found.append(InputFile(path: relative, file: display))
            }
        }
        // Byte order, not locale order: the same on every machine.
        return found.sorted { $0.file.utf8.lexicographicallyPrecedes($1.file.utf8) }
    }

    static func isPageCandidate(_ relative: String, at path: String) -> Bool {
        let name = (relative as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension.lowercased()
        if ext == "html" || ext == "htm" { return true }
        // wget names pages after their URL: `exo+32:31` has no extension, and neither does
        // `exo+32.31` have a real one; so sniff any file whose "extension" is not a known kind.
        if !ext.isEmpty, ext.allSatisfy(\.isLetter), knownOtherExtensions.contains(ext) { return false }
        return looksLikeHTML(path)
    }

    private static let knownOtherExtensions: Set<String> = [
        "txt", "md", "css", "js", "json", "xml", "png", "jpg", "jpeg", "gif", "svg", "webp", "ico",
        "pdf", "zip", "gz", "woff", "woff2", "ttf", "map", "yml", "yaml", "csv", "tsv", "mp3", "mp4",
    ]

    /// True when the file's first kilobyte starts like an HTML document, or when it cannot
    /// be read at all: then reading it reports the reason instead of passing over it.
    static func looksLikeHTML(_ path: String) -> Bool {
        guard let head = FileBytes.prefix(path, count: 1024) else { return true }
        var text = String(decoding: head, as: UTF8.self).lowercased()
        text = String(text.drop { $0.isWhitespace || $0 == "\u{FEFF}" })
        guard text.hasPrefix("<") else { return false }
        return ["<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title"].contains { text.hasPrefix($0) }
            || text.contains("<html")
    }
}
