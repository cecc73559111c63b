/// Why a page could not be read. Each message says what was found and what to do.
public enum PageReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file has no content (zero bytes, a byte-order mark alone, or only whitespace).
    case empty
    /// The bytes are not an HTML page: binary data, or text without a single tag.
    case notHTML(reason: String)
    /// Parsing the page would take libxml2 far longer than any real page does (see
    /// `ParseBudget`); it is skipped rather than left to stall the run.
    case tooComplex(reason: String)
    /// libxml2 could not parse the page at all (not merely found errors in it).
    case parserFailed(String)

    /// A message a user can act on.
    public var description: String {
        switch self {
        case .empty:
            "the page is empty; the download probably failed, so fetch it again"
        case .notHTML(let reason):
            "this is not an HTML page: \(reason); check that the file is a saved web page"
        case .tooComplex(let reason):
            "the page is built to be slow to parse: \(reason); it was not parsed"
        case .parserFailed(let message):
            "the HTML parser gave up: \(message)"
        }
    }
}
