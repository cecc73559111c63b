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
                // Regular files, and symbolic links (a broken one is then reported as unreadable);
                // folders are walked into, and sockets and pipes are no pages.
                guard isFileOrLink(url.path) else { continue }
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

    /// Whether `path` is a regular file, a link to one, or a broken link, by `lstat`:
    /// Foundation's `URLResourceValues` costs about 300,000 instructions a file on Linux
    /// (measured).
    static func isFileOrLink(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return true
        case S_IFLNK:
            // A link to a file is one; a broken link is reported; a link to a folder or a
            // pipe is passed over like the folder or pipe itself.
            guard stat(path, &info) == 0 else { return true }
            return (info.st_mode & S_IFMT) == S_IFREG
        default: return false
        }
    }

    /// True when the file's first kilobyte starts like an HTML document, or when it cannot
    /// be read at all: then reading it reports the reason instead of passing over it.
    static func looksLikeHTML(_ path: String) -> Bool {
        guard let head = FileBytes.prefix(path, count: 1024) else { return true }
        if startsWithHTMLPrefix(head) { return true }
        var text = String(decoding: head, as: UTF8.self).lowercased()
        text = String(text.drop { $0.isWhitespace || $0 == "\u{FEFF}" })
        guard text.hasPrefix("<") else { return false }
        return ["<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title"].contains { text.hasPrefix($0) }
            || text.contains("<html")
    }

    private static let htmlPrefixes = ["<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title"]
        .map { Array($0.utf8) }

    /// A fast path of `looksLikeHTML` for the usual page, ASCII white space and then
    /// `<!DOCTYPE html` or another prefix (ASCII case ignored) followed by an ASCII byte:
    /// such a head gives true there too, at a fraction of the cost (`String.lowercased()` of
    /// the kilobyte alone is about 250,000 instructions). Every other head (non-ASCII
    /// before or right after the prefix, where characters could combine) goes the slow way.
    static func startsWithHTMLPrefix(_ head: [UInt8]) -> Bool {
        head.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count, bytes[i] == 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0D) { i += 1 }
            return htmlPrefixes.contains { prefix in
                guard i + prefix.count <= bytes.count else { return false }
                for k in prefix.indices {
                    let byte = bytes[i + k]
                    if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != prefix[k] { return false }
                }
                let after = i + prefix.count
                return after == bytes.count || bytes[after] < 0x80
            }
        }
    }
}
