/// The diff as one JSON document, keys sorted:
///
/// ```json
/// {
///   "coverage": {
///     "books": [
///       {"after": 3.05, "before": 2.89, "book": "Exod", "change": 0.16,
///        "gained": ["Exod.32.1-Exod.32.2"], "lost": []}
///     ],
///     "totals": {"after": 0.12, "before": 0.11, "change": 0.01}
///   },
///   "findings": {"fixed": [...], "new": [...], "unchanged": [...]}
/// }
/// ```
///
/// Findings are shaped as in `check.json`, percents as in `coverage.json` (two decimals), and
/// `change` is the difference of the two percents as shown, in points. Every book of either
/// run's scope is listed; `before` or `after` is `null` for a book outside that run's scope.
/// `findings` or `coverage` is `null` when the runs have no reports of that kind.
public struct JSONDiffFormatter: DiffFormatter {
    /// A JSON formatter.
    public init() {}

    /// The pretty-printed document, ending with a newline.
    public func format(_ diff: ReportDiff) -> String {
        JSONText.object([
            "findings": diff.findings.map(Self.findings) ?? .null,
            "coverage": diff.coverage.map(Self.coverage) ?? .null,
        ]).document(inlineScalarArrays: true)
    }

    private static func findings(_ findings: FindingsDiff) -> JSONText {
        .object([
            "new": .array(findings.new.map(JSONCheckFormatter.object)),
            "fixed": .array(findings.fixed.map(JSONCheckFormatter.object)),
            "unchanged": .array(findings.unchanged.map(JSONCheckFormatter.object)),
        ])
    }

    private static func coverage(_ coverage: CoverageDiff) -> JSONText {
        let books: [JSONText] = coverage.books.map { book in
            .object([
                "book": .string(book.book.osisID),
                "before": percent(book.before),
                "after": percent(book.after),
                "change": change(from: book.before, to: book.after),
                "gained": .strings(book.gained),
                "lost": .strings(book.lost),
            ])
        }
        return .object([
            "totals": .object([
                "before": percent(coverage.before), "after": percent(coverage.after),
                "change": change(from: coverage.before, to: coverage.after),
            ]),
            "books": .array(books),
        ])
    }

    private static func percent(_ counts: CoverageTotals?) -> JSONText { counts.map { .number($0.percentText) } ?? .null }

    private static func change(from before: CoverageTotals?, to after: CoverageTotals?) -> JSONText {
        guard let before, let after else { return .null }
        return .number(CoverageWording.points(after.percentHundredths - before.percentHundredths, signed: false))
    }
}
