import Testing

@testable import Scripture

/// `ReferenceParser.scan(inUTF8:into:)`: the same answers as `references(in:)`, in storage
/// reused from text to text.
@Suite struct ReferenceScanTests {
    /// Lines of every kind: valid, lists with a bad item, misspelled books, no reference,
    /// ranges across books, prose.
    static let lines = [
        "Exodus 32:31", "Exodus 32:30-35; 33:1-6", "John 3:16, 99, 18", "Mathew 5:3",
        "Posted on May 5, 2024 at 10:30 AM", "Judges 19:1-Ruth 2:3", "Psalm 12:6, 32:30-35-40",
        "In 3 John 1:4 the writer turns to prayer.", "Genesis 1:1 through 2:3", "",
        "Romans 1 & 2, and John 3/16", "Gal 1 through 3 John 1b", "Ezekiel 25-16 and Jude 3",
    ]

    static func osis(_ scan: ReferenceScan, _ piece: ReferenceScan.Piece) -> String {
        scan.ranges[piece.rangeIndices].map(\.osisID).joined(separator: ",")
    }

    @Test(arguments: [ReferenceParser.Mode.lenient, .prose])
    func answersAsReferencesDoes(mode: ReferenceParser.Mode) {
        let parser = ReferenceParser(mode: mode)
        var scan = ReferenceScan()
        // Longest line first, so that a stale piece or range of an earlier line would show.
        for line in Self.lines.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            var bytes = Array(line.utf8)
            bytes.withUnsafeMutableBufferPointer { parser.scan(inUTF8: UnsafeBufferPointer($0), into: &scan) }
            let matches = parser.references(in: line)
            #expect(scan.matches == matches, "\(line)")
            #expect(scan.pieces.map(\.utf8Range) == matches.map(\.utf8Range), "\(line)")
            for (piece, match) in zip(scan.pieces, matches) {
                #expect(scan.error(of: piece) == match.error, "\(line)")
                #expect(Self.osis(scan, piece) == (match.passage?.osisID ?? ""), "\(line)")
            }
        }
    }

    /// `ref` writes a line's answer straight from `ranges`: they are the valid pieces' ranges,
    /// in order, and nothing else (a bad item's ranges are dropped).
    @Test(arguments: [ReferenceParser.Mode.lenient, .prose])
    func rangesAreTheValidPiecesRanges(mode: ReferenceParser.Mode) {
        let parser = ReferenceParser(mode: mode)
        var scan = ReferenceScan()
        for line in Self.lines {
            var bytes = Array(line.utf8)
            bytes.withUnsafeMutableBufferPointer { parser.scan(inUTF8: UnsafeBufferPointer($0), into: &scan) }
            let valid = scan.pieces.flatMap { scan.ranges[$0.rangeIndices] }
            #expect(Array(scan.ranges) == valid, "\(line)")
            #expect(scan.pieces.allSatisfy { scan.error(of: $0) == nil || $0.rangeIndices.isEmpty }, "\(line)")
        }
    }

    /// A range across books whose last part cannot be read answers nothing but its error:
    /// it once answered the books before it as well, with the error beside them.
    @Test func aBadCrossBookRangeIsOnlyAnError() {
        let matches = ReferenceParser().references(in: "Gal 1 through 3 John 1b")
        #expect(matches.count == 1)
        #expect(matches.first?.passage == nil)
        #expect(matches.first?.error != nil)
    }
}
