/// Text from the inputs (file names, link texts) made safe for a terminal or a CI log: a
/// newline or an escape character in a file name must not forge a line of its own (a
/// `::error` annotation, a finding) or drive the terminal. Control characters are written as
/// `\u{…}`; everything else is kept.
public enum TerminalText {
    /// `text` with its control characters (C0, DEL, C1) escaped.
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
    }
}
