import Scripture
import Yams

/// What `versegraph.yml` says: the site's layout, where a mirror lives, the versification,
/// rule severities, and files or URLs to ignore.
///
/// ```yaml
/// site:                      # optional: without it, the built-in TheBibleSays profile
///   preset: thebiblesays     # start from a built-in profile; without one, every required key
///   related_headings: ["See also"]
/// base_url: https://example.org
/// versification: kjv
/// rules:
///   orphan-page: off         # or error, warning, note
/// ignore:
///   files: ["drafts/**"]
///   urls: ["/passage/num*"]
/// ```
///
/// A whole profile (`name`, `hosts`, `passage_urls`, `book_codes`, `deeper_headings`,
/// `related_headings` required) is described in the README, under "Other sites".
public struct VersegraphConfig: Sendable, Hashable {
    /// The site's profile: TheBibleSays' when nothing else is configured.
    public var profile: SiteProfile = .theBibleSays
    /// The URL a mirror's root stands for, when its folders do not start with the host.
    public var baseURL: String?
    /// The versification, when the file sets one.
    public var versification: Versification?
    /// Rule ids mapped to a severity name or `off`.
    public var rules: [String: String] = [:]
    /// Glob patterns of files to leave out (matched against paths relative to the input).
    public var ignoredFiles: [String] = []
    /// Glob patterns of link URLs to leave out of checks (matched against the URL path or
    /// the whole normalised URL).
    public var ignoredURLs: [String] = []

    /// The built-in configuration.
    public init() {}

    /// Parses the YAML text of a configuration file; `source` names it in errors.
    public init(yaml: String, source: String) throws(ConfigError) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw .invalidYAML(file: source, message: "\(error)")
        }
        guard let root else { return }  // an empty file is the built-in configuration
        var reader = ConfigReader(file: source)
        try reader.read(root, into: &self)
    }
}

/// Why a configuration file could not be used.
public enum ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, message: String)
    /// The file is not valid YAML.
    case invalidYAML(file: String, message: String)
    /// A key is unknown or has a value of the wrong kind.
    case invalidValue(file: String, line: Int, key: String, message: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let message): "\(file): cannot read the configuration: \(message)"
        case .invalidYAML(let file, let message): "\(file): not valid YAML: \(message)"
        case .invalidValue(let file, let line, let key, let message): "\(file):\(line): \(key): \(message)"
        }
    }
}

extension VersegraphConfig {
    /// Reads and parses the configuration file at `path`.
    public static func load(from path: String) throws(ConfigError) -> VersegraphConfig {
        let text: String
        do {
            text = try FileSystem.readText(path)
        } catch {
            throw .unreadable(file: path, message: error.reason)
        }
        return try VersegraphConfig(yaml: text, source: path)
    }
}
