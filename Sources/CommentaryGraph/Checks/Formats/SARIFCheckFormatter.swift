/// A SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: one run whose driver
/// lists the rules that ran, each with its `shortDescription`, `fullDescription` and a
/// `helpUri` to its section of the README (`RuleHelp`), and a result per finding.
///
/// Each result carries `partialFingerprints["versegraph/v1"]`, the finding's `fingerprint`
/// (a hash of everything but its line), so code scanning keeps tracking an alert when edits
/// above it move its line. File paths are written as URI references (`uri`), relative ones
/// staying relative so that a viewer resolves them against the checkout.
public struct SARIFCheckFormatter: CheckFormatter {
    /// The SARIF schema the log declares.
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The key of the fingerprint in `partialFingerprints`; the suffix versions the hash.
    public static let fingerprintKey = "versegraph/v1"

    /// A SARIF formatter.
    public init() {}

    /// The pretty-printed log, ending with a newline.
    public func format(_ report: CheckReport) -> String {
        // Every result needs a rule to point at: rules that a hand-made report forgot to list
        // are added after the ones that ran, so `ruleIndex` is always valid.
        var rules = report.rules
        let listed = Set(rules.map(\.id))
        let unlisted = Set(report.findings.map(\.rule)).subtracting(listed).sorted()
        let severities = Dictionary(report.findings.map { ($0.rule, $0.severity) }, uniquingKeysWith: min)
        rules += unlisted.map { RuleDescription(id: $0, defaultSeverity: severities[$0] ?? .error, summary: $0) }
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = position }
        let driver: [String: JSONText] = [
            "name": .string(VersegraphTool.name), "version": .string(VersegraphTool.version),
            "rules": .array(rules.map(Self.rule)),
        ]
        let run: JSONText = .object([
            "tool": .object(["driver": .object(driver)]),
            "results": .array(report.findings.map { Self.result($0, ruleIndex: index[$0.rule] ?? 0) }),
        ])
        return JSONText.object([
            "$schema": .string(Self.schema), "version": .string("2.1.0"), "runs": .array([run]),
        ]).document
    }

    private static func rule(_ rule: RuleDescription) -> JSONText {
        .object([
            "id": .string(rule.id),
            "shortDescription": .object(["text": .string(rule.summary)]),
            "fullDescription": .object(["text": .string(RuleHelp.fullDescription(of: rule))]),
            "helpUri": .string(RuleHelp.uri(of: rule)),
            "defaultConfiguration": .object(["level": .string(rule.defaultSeverity.rawValue)]),
        ])
    }

    private static func result(_ finding: Finding, ruleIndex: Int) -> JSONText {
        let location: JSONText = .object([
            "physicalLocation": .object([
                "artifactLocation": .object(["uri": .string(uri(ofPath: finding.file))]),
                "region": .object(["startLine": .int(finding.line), "startColumn": .int(finding.column)]),
            ])
        ])
        return .object([
            "ruleId": .string(finding.rule), "ruleIndex": .int(ruleIndex),
            // SARIF's levels are named like versegraph's severities: error, warning, note.
            "level": .string(finding.severity.rawValue),
            "message": .object(["text": .string(finding.message)]),
            "locations": .array([location]),
            "partialFingerprints": .object([fingerprintKey: .string(finding.fingerprint)]),
        ])
    }

    /// A file path as a URI reference (RFC 3986, which SARIF's `uri` requires).
    ///
    /// Bytes outside RFC 3986's path characters are percent-encoded as UTF-8: a space becomes
    /// `%20`, `%` becomes `%25`; `+`, `:` and `@` stay. One exception for `:`: in the first
    /// segment of a relative path it would make the text before it a scheme (`exo+32:10`
    /// reads as scheme `exo+32`), so there it becomes `%3A`. Absolute paths become `file://`
    /// URIs.
    static func uri(ofPath path: String) -> String {
        var encoded = path.hasPrefix("/") ? "file://" : ""
        var inFirstSegment = !path.hasPrefix("/")
        for byte in path.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte == UInt8(ascii: "/") { inFirstSegment = false }
            let keep =
                byte < 0x80
                && (character.isLetter || character.isNumber || "-._~!$&'()*+,;=@/".contains(character)
                    || (character == ":" && !inFirstSegment))
            if keep {
                encoded.append(character)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return encoded
    }
}
