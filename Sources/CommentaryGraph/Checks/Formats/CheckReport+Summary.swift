extension CheckReport {
    /// The counts of every severity, such as `3 errors, 2 warnings, 1 note` or
    /// `1 error, 0 warnings, 0 notes`. All three are always there so that scripts can rely on
    /// the shape.
    public var countsText: String {
        [(Severity.error, "error"), (.warning, "warning"), (.note, "note")]
            .map { severity, noun in CheckWording.counted(count(severity), noun) }
            .joined(separator: ", ")
    }

    /// The last line of a text report: `3 errors, 2 warnings, 1 note in 47 pages`, or
    /// `no problems found in 47 pages`.
    public var summaryText: String {
        let pages = CheckWording.counted(pagesChecked, "page")
        return findings.isEmpty ? "no problems found in \(pages)" : "\(countsText) in \(pages)"
    }
}

/// Wording shared by the check formats.
enum CheckWording {
    /// `1 note`, `2 notes`, `0 notes`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// `message` with every line after the first indented, so that in a line-per-finding
    /// report a line break in a message cannot pass for the start of another finding.
    static func indentingContinuations(_ message: String) -> String {
        message.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .joined(separator: "\n    ")
    }
}
