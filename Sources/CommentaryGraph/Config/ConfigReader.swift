import Scripture
import Yams

/// Walks the YAML tree of a configuration file, so that an unknown key or a wrong value is
/// reported with its line rather than silently ignored.
struct ConfigReader {
    let file: String

    mutating func read(_ root: Node, into config: inout VersegraphConfig) throws(ConfigError) {
        for (key, keyNode, value) in try mapping(root, key: "(top level)") {
            switch key {
            case "site": config.profile = try readSite(value, at: keyNode)
            case "base_url": config.baseURL = try string(value, key: key)
            case "versification":
                let name = try string(value, key: key)
                guard let versification = Versification(rawValue: name.lowercased()) else {
                    throw invalid(value, key, "expected kjv or rsv, found \"\(name)\"")
                }
                config.versification = versification
            case "rules":
                for (rule, ruleNode, setting) in try mapping(value, key: key) {
                    // A misspelt rule id would otherwise silently change nothing.
                    guard IntegrityChecker.ruleIDs.contains(rule) else {
                        throw invalid(
                            ruleNode, "rules.\(rule)",
                            "unknown rule; expected one of \(IntegrityChecker.ruleIDs.joined(separator: ", "))")
                    }
                    let severity = try string(setting, key: "rules.\(rule)").lowercased()
                    guard ["off", "error", "warning", "note"].contains(severity) else {
                        throw invalid(setting, "rules.\(rule)", "expected off, error, warning or note, found \"\(severity)\"")
                    }
                    config.rules[rule] = severity
                }
            case "ignore":
                for (kind, kindNode, patterns) in try mapping(value, key: key) {
                    switch kind {
                    case "files": config.ignoredFiles = try strings(patterns, key: "ignore.files")
                    case "urls": config.ignoredURLs = try strings(patterns, key: "ignore.urls")
                    default: throw invalid(kindNode, "ignore.\(kind)", "unknown key; expected files or urls")
                    }
                }
            default:
                throw invalid(keyNode, key, "unknown key; expected site, base_url, versification, rules or ignore")
            }
        }
    }

    /// The entries of a mapping: each key's text, the key's node (for its line) and the value.
    func mapping(_ node: Node, key: String) throws(ConfigError) -> [(String, Node, Node)] {
        guard let mapping = node.mapping else { throw invalid(node, key, "expected a mapping of keys to values") }
        var pairs: [(String, Node, Node)] = []
        for (name, value) in mapping {
            guard let text = name.scalar?.string else { throw invalid(name, key, "keys must be plain text") }
            pairs.append((text, name, value))
        }
        return pairs
    }

    func string(_ node: Node, key: String) throws(ConfigError) -> String {
        guard let text = node.scalar?.string else { throw invalid(node, key, "expected a single value") }
        return text
    }

    func strings(_ node: Node, key: String) throws(ConfigError) -> [String] {
        if let text = node.scalar?.string { return [text] }
        guard let sequence = node.sequence else { throw invalid(node, key, "expected a list of values") }
        var values: [String] = []
        for item in sequence { values.append(try string(item, key: key)) }
        return values
    }

    func invalid(_ node: Node, _ key: String, _ message: String) -> ConfigError {
        .invalidValue(file: file, line: (node.mark?.line ?? 0), key: key, message: message)
    }
}
