/// A file to read as a page.
public struct InputFile: Hashable, Sendable {
    /// The path relative to the input folder it was found in (the file name for a file input).
    public var path: String
    /// The path as the user can reach it: the input as given, then `path`.
    public var file: String
    /// True when the name does not say the file is a page (no `.html` or `.htm`: what wget
    /// saves for `exo+32:31`), so its first bytes decide.
    public var needsSniffing: Bool

    /// A file found at `path` under its input, reachable as `file`.
    public init(path: String, file: String, needsSniffing: Bool = false) {
        self.path = path
        self.file = file
        self.needsSniffing = needsSniffing
    }
}

/// Why the inputs could not be listed.
public enum CorpusError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An input names nothing on disk.
    case inputNotFound(String)
    /// No page was found, or every page found was skipped: a run over nothing proves nothing.
    /// `skipped` says why each file found could not be used.
    case noPages(inputs: [String], skipped: [SkippedFile] = [])
    /// The base URL is not an http(s) URL.
    case invalidBaseURL(String)

    public var description: String {
        switch self {
        case .inputNotFound(let input) where input.unicodeScalars.contains("\u{FFFD}"):
            // The shell passed bytes that are not UTF-8; they reach the program already
            // replaced, so the name cannot be opened as given.
            "\(TerminalText.safe(input)): no such file or folder: the name as given is not UTF-8, which versegraph "
                + "cannot open; rename it, or give the folder that holds it (the file is then skipped with its reason)"
        case .inputNotFound(let input): "\(TerminalText.safe(input)): no such file or folder"
        case .noPages(let inputs, let skipped):
            "no pages found under \(inputs.joined(separator: ", "))"
                + (skipped.isEmpty ? "" : " (\(skipped.count) file\(skipped.count == 1 ? "" : "s") skipped)")
        case .invalidBaseURL(let text): "--base-url \"\(text)\" is not an http(s) URL"
        }
    }
}

/// What discovery found under the inputs: the files to read, and those it could not use.
public struct Discovery: Sendable {
    /// The page files, sorted by `file` (byte order).
    public var files: [InputFile]
    /// Files and folders that could not be used, with the reason, sorted by `file`.
    public var skipped: [SkippedFile]
}

/// Finds the pages under the inputs: files ending in `.html` or `.htm`, and files without
/// such an extension whose first bytes will tell (what a plain `wget --mirror` saves).
///
/// Nothing outside the inputs is read: a symbolic link whose target lies outside every input
/// folder is reported and passed over unless `followSymbolicLinks` is set. A link to a folder
/// inside the inputs is passed over (its files are read where they are), and a folder reached
/// twice through followed links is walked once. Hidden files and folders (`.git`) are passed
/// over.
public struct InputDiscovery: Sendable {
    /// Follow symbolic links that lead outside the input folders.
    public var followSymbolicLinks: Bool
    /// Folders never walked into, however they are reached (a build's own output folder).
    public var excludedFolders: [String]

    /// Discovery with these options.
    public init(followSymbolicLinks: Bool = false, excludedFolders: [String] = []) {
        self.followSymbolicLinks = followSymbolicLinks
        self.excludedFolders = excludedFolders
    }

    /// The page files under `inputs` (files or folders, searched recursively), sorted.
    public static func files(in inputs: [String]) throws(CorpusError) -> [InputFile] {
        try InputDiscovery().discover(inputs).files
    }

    /// Everything found under `inputs`.
    public func discover(_ inputs: [String]) throws(CorpusError) -> Discovery {
        var walk = FolderWalk(
            followSymbolicLinks: followSymbolicLinks,
            excluded: Set(excludedFolders.compactMap(FileSystem.realPath)))
        for input in inputs {
            guard let status = try? FileSystem.status(input), let real = FileSystem.realPath(input) else {
                throw .inputNotFound(input)
            }
            if status.kind == .folder {
                // A folder given on the command line is read even when it is a link.
                walk.roots.append(real)
            }
        }
        for input in inputs {
            let status = try? FileSystem.status(input)
            if status?.kind == .folder {
                walk.walk(folder: input, display: input.hasSuffix("/") ? String(input.dropLast()) : input, relative: "")
            } else {
                // A file named on the command line is read whatever its name says.
                let name = input.split(separator: "/").last.map(String.init) ?? input
                walk.found.append(InputFile(path: name, file: input))
            }
        }
        return Discovery(
            files: walk.found.sorted { $0.file.precedesInUTF8($1.file) },
            skipped: walk.skipped.sorted { $0.file.precedesInUTF8($1.file) })
    }

    /// Whether a name says what the file is: a page (`.html`, `.htm`), no page (a known other
    /// kind), or nothing (`exo+32:31`, `exo+32.31`: the first bytes decide).
    static func classify(name: String) -> NameClass {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return .unknown }
        let ext = String(decoding: name.utf8[name.utf8.index(after: dot)...], as: UTF8.self).lowercased()
        if ext == "html" || ext == "htm" { return .page }
        return knownOtherExtensions.contains(ext) ? .notPage : .unknown
    }

    enum NameClass { case page, notPage, unknown }

    private static let knownOtherExtensions: Set<String> = [
        "txt", "md", "css", "js", "json", "xml", "png", "jpg", "jpeg", "gif", "svg", "webp", "ico",
        "pdf", "zip", "gz", "woff", "woff2", "ttf", "map", "yml", "yaml", "csv", "tsv", "mp3", "mp4",
    ]
}

/// One walk over the input folders.
private struct FolderWalk {
    let followSymbolicLinks: Bool
    let excluded: Set<String>
    /// The real paths of the input folders: what "inside the inputs" means.
    var roots: [String] = []
    var found: [InputFile] = []
    var skipped: [SkippedFile] = []
    /// Folders walked so far, by device and inode, so that a link loop is walked once.
    private var visited: Set<[UInt64]> = []

    init(followSymbolicLinks: Bool, excluded: Set<String>) {
        self.followSymbolicLinks = followSymbolicLinks
        self.excluded = excluded
    }

    mutating func walk(folder: String, display: String, relative: String) {
        if let status = try? FileSystem.status(folder) {
            guard visited.insert([status.device, status.inode]).inserted else { return }
        }
        if !excluded.isEmpty, let real = FileSystem.realPath(folder), excluded.contains(real) { return }
        var entries: [FileSystem.FolderEntry]
        do {
            entries = try FileSystem.entries(ofFolder: folder)
            // Listing order depends on the file system; the walk must not (which of two paths
            // to one folder is walked decides the names of its pages).
            entries.sort { $0.name.lexicographicallyPrecedes($1.name) }
        } catch {
            skipped.append(SkippedFile(file: display, reason: .unreadable(error.reason)))
            return
        }
        for entry in entries where entry.name.first != UInt8(ascii: ".") {
            guard let name = String(validating: entry.name, as: UTF8.self) else {
                let shown = String(decoding: entry.name, as: UTF8.self)
                skipped.append(SkippedFile(file: display + "/" + shown, reason: .nameNotUTF8))
                continue
            }
            let path = folder + "/" + name
            let shown = display + "/" + name
            let inner = relative.isEmpty ? name : relative + "/" + name
            var kind = entry.kind
            if kind == nil { kind = (try? FileSystem.status(path, followLinks: false))?.kind }
            switch kind {
            case .folder?: walk(folder: path, display: shown, relative: inner)
            case .regular?: add(name: name, path: inner, display: shown)
            case .symbolicLink?: follow(link: path, name: name, display: shown, relative: inner)
            default: continue  // pipes, sockets and devices are no pages
            }
        }
    }

    private mutating func add(name: String, path: String, display: String) {
        switch InputDiscovery.classify(name: name) {
        case .page: found.append(InputFile(path: path, file: display))
        case .unknown: found.append(InputFile(path: path, file: display, needsSniffing: true))
        case .notPage: break
        }
    }

    private mutating func follow(link: String, name: String, display: String, relative: String) {
        guard let target = FileSystem.realPath(link), let status = try? FileSystem.status(target) else {
            if InputDiscovery.classify(name: name) != .notPage {
                skipped.append(SkippedFile(file: display, reason: .brokenLink))
            }
            return
        }
        let inside = roots.contains { target == $0 || target.hasPrefix($0 + "/") }
        switch status.kind {
        case .regular where inside || followSymbolicLinks:
            add(name: name, path: relative, display: display)
        case .folder where inside:
            // Its files are read where they are; through the link they would be read twice.
            return
        case .folder where followSymbolicLinks:
            walk(folder: link, display: display, relative: relative)
        case .regular, .folder:
            if status.kind == .folder || InputDiscovery.classify(name: name) != .notPage {
                skipped.append(SkippedFile(file: display, reason: .linkOutsideInputs(target: target)))
            }
        default:
            return  // a link to a pipe or a device is passed over like its target
        }
    }
}
