/// A JSON value, written with sorted keys and two-space indentation.
///
/// A small writer rather than `JSONEncoder`: the bytes must not depend on the platform's
/// Foundation (older Darwin encoders print `"key" : value` and `[\n\n]`), and the layout matches
/// Python's `json.dumps(indent=2, sort_keys=True, ensure_ascii=False)`, so the tests can check
/// it against Python byte for byte.
public enum JSONText: Sendable, Hashable {
    /// A string.
    case string(String)
    /// An integer.
    case int(Int)
    /// A number written exactly as given (`87.50`): for reports that fix their decimals.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    case array([JSONText])
    /// An object; written with its keys sorted.
    case object([String: JSONText])

    /// The pretty-printed document, ending with a newline.
    public var document: String { document(inlineScalarArrays: false) }

    /// The pretty-printed document, ending with a newline; with `inlineScalarArrays`, arrays
    /// of strings and numbers stay on one line (`"missing": ["Exod.1.1-Exod.1.22"]`), which
    /// keeps long reports readable.
    public func document(inlineScalarArrays: Bool) -> String {
        var text = ""
        write(to: &text, indent: "", inlineScalarArrays: inlineScalarArrays)
        text += "\n"
        return text
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// The value on one line with no spaces (JSON Lines), without a trailing newline.
    public var compact: String {
        var text = ""
        write(to: &text, indent: nil)
        return text
    }

    /// An array of strings.
    public static func strings(_ values: [String]) -> JSONText { .array(values.map(JSONText.string)) }

    /// An object of string values.
    public static func strings(_ values: [String: String]) -> JSONText {
        .object(values.mapValues(JSONText.string))
    }

    /// `value` as a JSON string literal, quotes included.
    public static func quoted(_ value: String) -> String {
        var text = ""
        quote(value, into: &text)
        return text
    }

    /// Writes the value; a nil `indent` writes it on one line.
    private func write(to text: inout String, indent: String?, inlineScalarArrays: Bool = false) {
        switch self {
        case .string(let value): JSONText.quote(value, into: &text)
        case .int(let value): text += String(value)
        case .number(let value): text += value
        case .bool(let value): text += value ? "true" : "false"
        case .null: text += "null"
        case .array(let items) where inlineScalarArrays && indent != nil && items.allSatisfy(\.isScalar):
            text += "[" + items.map(\.compact).joined(separator: ", ") + "]"
        case .array(let items):
            guard !items.isEmpty else {
                text += "[]"
                return
            }
            let inner = indent.map { $0 + "  " }
            text += "["
            for (index, item) in items.enumerated() {
                text += (index == 0 ? "" : ",") + (inner.map { "\n" + $0 } ?? "")
                item.write(to: &text, indent: inner, inlineScalarArrays: inlineScalarArrays)
            }
            text += indent.map { "\n" + $0 } ?? ""
            text += "]"
        case .object(let members):
            guard !members.isEmpty else {
                text += "{}"
                return
            }
            let inner = indent.map { $0 + "  " }
            text += "{"
            // Byte order of the UTF-8 keys equals code-point order, which is what Python sorts by.
            let keys = members.keys.sorted { $0.precedesInUTF8($1) }
            for (index, key) in keys.enumerated() {
                text += (index == 0 ? "" : ",") + (inner.map { "\n" + $0 } ?? "")
                JSONText.quote(key, into: &text)
                text += inner == nil ? ":" : ": "
                members[key]?.write(to: &text, indent: inner, inlineScalarArrays: inlineScalarArrays)
            }
            text += indent.map { "\n" + $0 } ?? ""
            text += "}"
        }
    }

    /// Writes `value` as a JSON string: quotes, backslashes and control characters escaped,
    /// slashes and non-ASCII text left as they are.
    private static func quote(_ value: String, into text: inout String) {
        text += "\""
        // Most strings (ids, paths, labels) need no escape: append them whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            text += value
            text += "\""
            return
        }
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
