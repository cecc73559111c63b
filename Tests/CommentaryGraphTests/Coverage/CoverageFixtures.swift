import CommentaryGraph
import Scripture

/// Hand-built graph nodes for the coverage tests, parsed from the references commentary
/// sites write so that the tests read like the site.
enum CoverageFixtures {
    static func range(_ text: String, _ versification: Versification = .kjv) -> VerseRange {
        // The fixtures are literals; a typo should fail loudly in the test that uses it.
        guard let range = try? ReferenceParser(versification: versification).parseRange(text) else {
            preconditionFailure("bad fixture reference \(text)")
        }
        return range
    }

    static func node(_ text: String, _ kinds: [PageKind], pages: Int = 1) -> GraphNode {
        let range = range(text)
        return GraphNode(
            range: range, kinds: kinds, pages: (1...max(1, pages)).map { "\(range.osisID)-\($0).html" })
    }

    /// Exodus 32:1-14 in two adjacent commentaries (with an overlapping synopsis run), a few
    /// synopsis verses, Psalm 23 as a page of both kinds with two files, Acts 9:19b-25 (a
    /// partial verse), and a link-only node that must not count.
    ///
    /// Covered, any kind: Exodus 32:1-14, 32:31, 34:5 (16); Psalm 23 (6); Acts 9:19-25 (7) = 29.
    /// Commentary: 14 + 6 + 7 = 27. Synopsis: Exodus 32:5-8, 32:31, 34:5 (6) + Psalm 23 (6) = 12.
    static let nodes: [GraphNode] = [
        node("Exodus 32:1-6", [.commentary]),
        node("Exodus 32:7-14", [.commentary]),
        node("Exodus 32:5-8", [.synopsis]),
        node("Exodus 32:31", [.synopsis]),
        node("Exodus 34:5", [.synopsis]),
        node("Psalm 23", [.commentary, .synopsis], pages: 2),
        node("Acts 9:19b-25", [.commentary]),
        GraphNode(range: range("Exodus 40")),
    ]

    static var exodus: Book { book("Exod") }

    static func book(_ id: String) -> Book {
        guard let book = Book(osisID: id) else { preconditionFailure("bad fixture book \(id)") }
        return book
    }

    /// Ruth 1:1-5 and Ruth 3 (commentary) and 2 John 1-3 (synopsis) over Ruth and 2 John:
    /// small enough for golden strings that list every chapter.
    static let smallNodes: [GraphNode] = [
        node("Ruth 1:1-5", [.commentary]),
        node("Ruth 3", [.commentary]),
        node("2 John 1-3", [.synopsis]),
    ]

    static var smallReport: CoverageReport {
        CoverageReport(nodes: smallNodes, scope: .books([book("Ruth"), book("2John")]), versification: .kjv)
    }

    /// Obadiah wholly covered (high), Jude 1-20 (80%, medium), 2 John 1 (low).
    static var bandsReport: CoverageReport {
        CoverageReport(
            nodes: [
                node("Obadiah 1-21", [.commentary]), node("Jude 1-20", [.commentary]), node("2 John 1:1", [.synopsis]),
            ],
            scope: .books([book("Obad"), book("2John"), book("Jude")]), versification: .kjv)
    }
}
