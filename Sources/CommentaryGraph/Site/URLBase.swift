/// What relative links in a document are resolved against: its host and its folder.
///
/// A normalised `SiteURL` has lost its trailing slash, but the slash decides the folder: a
/// page saved by wget as `exo+32:1/index.html` was served at `/en/commentary/exo+32:1/`, so
/// its `../exo+32:7` means `/en/commentary/exo+32:7`. Bases are therefore made from the
/// document's real location when it is known.
public struct URLBase: Hashable, Sendable {
    /// The host.
    public var host: String
    /// The folder, ending with `/`.
    public var directory: String

    /// The base of a document served at `url` (whose path names a file, not a folder).
    public init(_ url: SiteURL) {
        host = url.host
        directory = URLBase.directory(of: url.path)
    }

    /// The base of a document at `path` on `host`, as served: `/a/b/index.html` and `/a/b/`
    /// are in folder `/a/b/`, `/a/b` is in `/a/`.
    public init(host: String, servedPath: String) {
        self.host = host
        directory = URLBase.directory(of: servedPath)
    }

    /// The base that a `<base href>` sets, resolved against the document's own base. The
    /// folder is taken from the href as written, before `index.html`, `.` or `..` are
    /// normalised away: `…/en/commentary/` and `…/en/commentary/index.html` are both in
    /// `/en/commentary/`, and `…/commentary/x/..` is `/en/commentary/` too.
    public init?(href: String, relativeTo base: URLBase?, profile: SiteProfile) {
        guard let url = SiteURL(href, base: base, profile: profile) else { return nil }
        var raw = Substring(href.trimmingASCIISpaces)
        if let cut = raw.firstIndex(where: { $0 == "#" || $0 == "?" }) { raw = raw[..<cut] }
        var path: String
        if let scheme = raw.firstRange(of: "://") {
            let rest = raw[scheme.upperBound...]
            path = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
        } else if raw.hasPrefix("//") {
            let rest = raw.dropFirst(2)
            path = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
        } else if raw.hasPrefix("/") {
            path = String(raw)
        } else {
            path = (base?.directory ?? "/") + raw
        }
        if path.hasSuffix("/.") || path.hasSuffix("/..") { path += "/" }
        let folder = SiteURL.normalizedPath(URLBase.directory(of: path))
        self.init(host: url.host, servedPath: folder == "/" ? "/" : folder + "/")
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "/" }
        return String(path[...slash])
    }
}
