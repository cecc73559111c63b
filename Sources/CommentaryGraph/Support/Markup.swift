/// Escaping for XML and HTML, shared by every writer of markup (GraphML, JUnit, the HTML
/// coverage page).
public enum Markup {
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00..<0x20, 0x26, 0x3C, 0x3E, 0x22, 0x27, 0xEF: true
        default: false
        }
    }

    /// `text` escaped for XML text and attribute values. Characters XML 1.0 forbids (control
    /// characters other than tab and line breaks) become U+FFFD, since no reader would accept
    /// the document otherwise.
    public static func escaped(_ text: String) -> String {
        // Most text needs no escape: return it as it is. (0xEF leads U+FFFE and U+FFFF.)
        if !text.utf8.contains(where: needsEscape) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            // A raw carriage return would be read back as a line feed.
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "\u{00}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
