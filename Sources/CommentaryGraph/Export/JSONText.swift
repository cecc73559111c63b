/// A JSON value, written with sorted keys and two-space indentation.
///
/// A small writer rather than `JSONEncoder`: the bytes must not depend on the platform's
/// Foundation (older Darwin encoders print `"key" : value` and `[\n\n]`), and the layout matches
/// Python's `json.dumps(indent=2, sort_keys=True, ensure_ascii=False)`, so the tests can check
/// it against Python byte for byte.
enum JSONText: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONText])
    case object([String: JSONText])

    /// The pretty-printed document, ending with a newline.
    var document: String {
        var text = ""
        write(to: &text, indent: "")
        text += "\n"
        return text
    }

    /// An array of strings.
    static func strings(_ values: [String]) -> JSONText { .array(values.map(JSONText.string)) }

    /// An object of string values.
    static func strings(_ values: [String: String]) -> JSONText {
        .object(values.mapValues(JSONText.string))
    }

    private func write(to text: inout String, indent: String) {
        switch self {
        case .string(let value): JSONText.quote(value, into: &text)
        case .int(let value): text += String(value)
        case .bool(let value): text += value ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else {
                text += "[]"
                return
            }
            let inner = indent + "  "
            text += "["
            for (index, item) in items.enumerated() {
                text += (index == 0 ? "\n" : ",\n") + inner
                item.write(to: &text, indent: inner)
            }
            text += "\n" + indent + "]"
        case .object(let members):
            guard !members.isEmpty else {
                text += "{}"
                return
            }
            let inner = indent + "  "
            text += "{"
            // Byte order of the UTF-8 keys equals code-point order, which is what Python sorts by.
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                text += (index == 0 ? "\n" : ",\n") + inner
                JSONText.quote(key, into: &text)
                text += ": "
                members[key]?.write(to: &text, indent: inner)
            }
            text += "\n" + indent + "}"
        }
    }

    /// Writes `value` as a JSON string: quotes, backslashes and control characters escaped,
    /// slashes and non-ASCII text left as they are.
    private static func quote(_ value: String, into text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
