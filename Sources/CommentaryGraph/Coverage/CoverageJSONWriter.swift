/// A JSON value written by `CoverageJSONWriter`. Percents are a case of their own because the
/// format promises exactly two decimals (`87.50`), which `JSONEncoder` cannot be told to write.
enum CoverageJSONValue {
    case object([String: CoverageJSONValue])
    case array([CoverageJSONValue])
    case string(String)
    case int(Int)
    /// A number with exactly two decimals, given in hundredths as text (`"87.50"`).
    case fixed(String)

    var isScalar: Bool {
        switch self {
        case .object, .array: false
        case .string, .int, .fixed: true
        }
    }
}

/// Writes JSON deterministically: keys sorted, two-space indentation, arrays of scalars on one
/// line (`"missing": ["Exod.1.1-Exod.1.22"]`) so that long reports stay readable.
enum CoverageJSONWriter {
    static func write(_ value: CoverageJSONValue) -> String {
        var text = ""
        write(value, indent: "", into: &text)
        return text + "\n"
    }

    private static func write(_ value: CoverageJSONValue, indent: String, into text: inout String) {
        let inner = indent + "  "
        switch value {
        case .string(let string): text += quoted(string)
        case .int(let number): text += "\(number)"
        case .fixed(let number): text += number
        case .array(let items) where items.isEmpty: text += "[]"
        case .array(let items) where items.allSatisfy(\.isScalar):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += ", " }
                write(item, indent: inner, into: &text)
            }
            text += "]"
        case .array(let items):
            text += "[\n"
            for (index, item) in items.enumerated() {
                text += inner
                write(item, indent: inner, into: &text)
                text += index < items.count - 1 ? ",\n" : "\n"
            }
            text += indent + "]"
        case .object(let members) where members.isEmpty: text += "{}"
        case .object(let members):
            text += "{\n"
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                text += inner + quoted(key) + ": "
                if let member = members[key] { write(member, indent: inner, into: &text) }
                text += index < keys.count - 1 ? ",\n" : "\n"
            }
            text += indent + "}"
        }
    }

    /// A JSON string literal; escapes quotes, backslashes and control characters.
    static func quoted(_ string: String) -> String {
        var text = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}
