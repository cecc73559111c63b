/// The report as JSON, for scripts and dashboards:
///
/// ```json
/// {
///   "books": [
///     {
///       "book": "Exod",
///       "chapters": [
///         {"chapter": 1, "covered": 0, "missing": ["Exod.1.1-Exod.1.22"], "percent": 0.00, "verses": 22},
///         ...
///       ],
///       "covered": 14,
///       "missing": ["Exod.1.1-Exod.32.6", "Exod.32.15-Exod.40.38"],
///       "percent": 1.15,
///       "verses": 1213
///     }
///   ],
///   "kind": "commentary",
///   "scope": "Exod",
///   "totals": {"covered": 14, "percent": 1.15, "verses": 1213},
///   "versification": "kjv"
/// }
/// ```
///
/// Keys are sorted and books are in canonical order, so equal reports give equal bytes.
/// Percents have exactly two decimals (`87.50`), rounded as everywhere else. Missing verses are
/// verse-explicit OSIS ranges: a book's are its longest runs, which may cross chapters; a
/// chapter's are cut at the chapter's ends.
public struct JSONCoverageFormatter: CoverageFormatter {
    /// A JSON formatter.
    public init() {}

    /// The JSON document, ending with a newline.
    public func format(_ report: CoverageReport) -> String {
        let books: [JSONText] = report.books.map { book in
            .object([
                "book": .string(book.book.osisID),
                "verses": .int(book.verses),
                "covered": .int(book.covered),
                "percent": .number(book.percentText),
                "missing": .array(book.missing.map { .string($0.osisID) }),
                "chapters": .array(book.chapters.map(chapter)),
            ])
        }
        return JSONText.object([
            "kind": .string(report.kind.rawValue),
            "scope": .string(report.scope.description),
            "versification": .string(report.versification.rawValue),
            "totals": .object([
                "verses": .int(report.totals.verses),
                "covered": .int(report.totals.covered),
                "percent": .number(report.totals.percentText),
            ]),
            "books": .array(books),
        ]).document(inlineScalarArrays: true)
    }

    private func chapter(_ chapter: ChapterCoverage) -> JSONText {
        .object([
            "chapter": .int(chapter.chapter),
            "verses": .int(chapter.verses),
            "covered": .int(chapter.covered),
            "percent": .number(chapter.percentText),
            "missing": .array(chapter.missing.map { .string($0.osisID) }),
        ])
    }
}
