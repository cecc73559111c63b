/// Whitespace folding and summary cutting for text gathered as UTF-8 bytes.
enum TextFolding {
    /// The longest summary kept, in characters, the ellipsis included.
    static let summaryLimit = 240

    /// `bytes` as a string with every run of white space (no-break and other Unicode spaces
    /// included) turned into one space, and none at either end. Invalid UTF-8 is repaired.
    static func fold(_ bytes: [UInt8]) -> String {
        fold(String(decoding: bytes, as: UTF8.self))
    }

    /// `text` with white space folded as in `fold(_:)`.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The summary of a link from the raw text that followed it: folded, leading separators
    /// (". ", "- ", ": ", dashes) dropped, cut at a word boundary with "…" if too long.
    static func summary(_ bytes: [UInt8]) -> String {
        let folded = fold(bytes)
        let separators: Set<Character> = [".", ",", ":", ";", "-", "–", "—", " "]
        let text = folded.drop(while: { separators.contains($0) })
        guard text.count > summaryLimit else { return String(text) }
        let head = text.prefix(summaryLimit - 1)
        var cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        // A word boundary leaves trailing punctuation like "," or ";" before the ellipsis.
        while let last = cut.last, last == " " || last == "," || last == ";" || last == ":" {
            cut = cut.dropLast()
        }
        return String(cut.isEmpty ? head : cut) + "…"
    }

    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
                || scalar.value == 0x0C || scalar.value == 0x0B
        }
        return scalar.properties.isWhitespace
    }
}

extension TextFolding {
    /// `text` without white space (Unicode spaces included) at either end.
    static func trim(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }
}
