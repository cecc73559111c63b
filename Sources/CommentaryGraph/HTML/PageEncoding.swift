/// The character encoding a page was read in, as decided before parsing.
///
/// The raw values are stable labels for reports.
public enum PageEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 without a byte-order mark: declared by a meta charset, or simply valid.
    /// Invalid bytes under a UTF-8 declaration were replaced by U+FFFD.
    case utf8 = "utf-8"
    /// UTF-8 with a byte-order mark (which wins over any meta charset).
    case utf8BOM = "utf-8-bom"
    /// UTF-16, little-endian, announced by its byte-order mark.
    case utf16LE = "utf-16le"
    /// UTF-16, big-endian, announced by its byte-order mark.
    case utf16BE = "utf-16be"
    /// Windows-1252: declared (ISO-8859-1, Latin-1 and US-ASCII labels included, as browsers
    /// read them) or assumed because the bytes are not valid UTF-8.
    case windows1252 = "windows-1252"
}
