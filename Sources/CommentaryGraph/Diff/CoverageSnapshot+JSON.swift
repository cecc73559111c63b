import Foundation
import Scripture

extension CoverageSnapshot {
    /// Reads a `coverage --format json` report (`coverage.json`); `source` names it in errors.
    ///
    /// It needs `kind`, `scope`, `versification` and `books`, each book with its OSIS `book`
    /// id, its `verses` (which must match the versification) and its `missing` OSIS ranges;
    /// every verse of a book that is not missing is covered. Chapters and percents are not
    /// read: they follow from the rest.
    public init(json: String, source: String) throws(ReportFileError) {
        let root = try ReportJSON.root(json: json, source: source, expected: "coverage")
        guard let items = root["books"] as? [Any], let kind = root["kind"] as? String,
            let scope = root["scope"] as? String, let versificationID = root["versification"] as? String
        else { throw .notAReport(file: source, expected: "coverage") }
        guard let versification = Versification(rawValue: versificationID) else {
            throw .invalidEntry(
                file: source, what: "field", index: 0, message: "unknown versification \"\(versificationID)\"")
        }
        var books: [BookSnapshot] = []
        for (index, item) in items.enumerated() {
            func problem(_ message: String) -> ReportFileError {
                .invalidEntry(file: source, what: "book", index: index, message: message)
            }
            guard let object = item as? [String: Any], let id = object["book"] as? String else {
                throw problem("not an object with a \"book\" id")
            }
            guard let book = Book(osisID: id) else { throw problem("\"\(id)\" is not an OSIS book id") }
            let expected = versification.verseCount(of: book)
            guard let verses = object["verses"] as? Int, verses == expected else {
                throw problem("\(id) should have \(expected) verses in the \(versificationID) versification")
            }
            guard let missing = object["missing"] as? [Any] else { throw problem("no \"missing\" list") }
            var covered = [Bool](repeating: true, count: verses)
            for entry in missing {
                guard let text = entry as? String, let range = Self.range(text, of: book, in: versification),
                    let first = versification.position(of: range.start), let last = versification.position(of: range.end)
                else { throw problem("\(String(describing: entry)) is not an OSIS range of \(id)") }
                for position in first...last { covered[position] = false }
            }
            books.append(BookSnapshot(book: book, covered: covered))
        }
        self.init(kind: kind, scope: scope, versification: versification, books: books)
    }

    /// An OSIS range such as `Exod.1.1-Exod.32.6` or `Exod.32.31`, within `book`.
    private static func range(_ text: String, of book: Book, in versification: Versification) -> VerseRange? {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false).map(verse)
        guard ends.count == 1 || ends.count == 2, let start = ends[0], let end = ends[ends.count - 1],
            start.book == book, let range = try? VerseRange(start, end, in: versification)
        else { return nil }
        return range
    }

    /// A whole-verse OSIS id such as `Exod.32.31`.
    private static func verse(_ text: Substring) -> Verse? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let book = Book(osisID: String(parts[0])), let chapter = Int(parts[1]),
            let verse = Int(parts[2])
        else { return nil }
        return Verse(book, chapter, verse)
    }
}
