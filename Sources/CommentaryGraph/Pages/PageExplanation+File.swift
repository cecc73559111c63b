import Scripture

/// Why `versegraph profile check` cannot explain a page.
public enum PageExplanationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file cannot be read.
    case unreadable(file: String, reason: String)
    /// The file is no HTML page.
    case notAPage(file: String, reason: String)
    /// The file is not under the root it was said to be in.
    case outsideRoot(file: String, root: String)
    /// The base URL is not an http(s) URL.
    case invalidBaseURL(String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "cannot read \(file): \(reason)"
        case .notAPage(let file, let reason): "\(file) is not a page: \(reason)"
        case .outsideRoot(let file, let root): "\(file) is not under --root \(root)"
        case .invalidBaseURL(let text): "the base URL \"\(text)\" is not an http or https URL"
        }
    }
}

extension PageExplanation {
    /// How the profile of `config` reads the page in `file`. Its mirror path is its path
    /// below `root`; without a root, from its first folder that looks like a host name
    /// (`Inputs/thebiblesays.com/en/…` is `thebiblesays.com/en/…`), else its file name.
    public init(
        file: String, root: String?, config: VersegraphConfig, baseURL: String?, versification: Versification?
    ) throws(PageExplanationError) {
        var base: SiteURL?
        if let text = baseURL ?? config.baseURL {
            guard let url = SiteURL(text, profile: config.profile) else { throw .invalidBaseURL(text) }
            base = url
        }
        let bytes: [UInt8]
        do { bytes = try FileSystem.readFile(file) } catch { throw .unreadable(file: file, reason: error.reason) }
        let scanned: ScannedPage
        do { scanned = try HTMLPageScanner(profile: config.profile).scan(bytes) } catch {
            throw .notAPage(file: file, reason: "\(error)")
        }
        let interpreter = PageInterpreter(
            profile: config.profile, versification: versification ?? config.versification ?? .kjv, baseURL: base)
        self.init(scanned: scanned, path: try Self.mirrorPath(of: file, root: root), file: file, interpreter: interpreter)
    }

    static func mirrorPath(of file: String, root: String?) throws(PageExplanationError) -> String {
        let parts = file.split(separator: "/").map(String.init)
        if let root {
            let rootParts = root.split(separator: "/").map(String.init).filter { $0 != "." }
            let mine = parts.filter { $0 != "." }
            guard mine.count > rootParts.count, Array(mine.prefix(rootParts.count)) == rootParts else {
                throw .outsideRoot(file: file, root: root)
            }
            return mine.dropFirst(rootParts.count).joined(separator: "/")
        }
        let looksLikeHost: (String) -> Bool = { name in
            name.contains(".") && !name.hasPrefix(".") && !name.lowercased().hasSuffix(".html")
                && !name.lowercased().hasSuffix(".htm")
        }
        if let host = parts.dropLast().firstIndex(where: looksLikeHost) { return parts[host...].joined(separator: "/") }
        return parts.last ?? file
    }
}
