import Testing

@testable import Scripture

/// Random text made of the pieces references are written with: the scanner never traps, its
/// offsets stay inside the text, and every passage it returns exists.
@Suite struct ReferenceFuzzTests {
    static let pieces = [
        "John", "1 John", "Jude", "Ps", "Is", "Ex.", "Ruth", "Phi", "Mathew", " ", " ", "  ", ":", ".", ",", ";",
        "-", "--", "–", "/", "~", "&", "and", "to", "through", "v", "vv.", "chapter", "verse", "ff", "f", "a",
        "b", "st", "And", "Now", "AM", "2024", "1", "3", "16", "31", "99", "150", "200", "0", "\u{00A0}",
        "é", "\n",
    ]

    @Test(arguments: [ReferenceParser.Mode.lenient, .prose])
    func randomTextNeverTrapsAndNamesOnlyVersesThatExist(mode: ReferenceParser.Mode) throws {
        var state: UInt64 = 0x5EED
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let parser = ReferenceParser(mode: mode)
        for _ in 0..<20_000 {
            let text = (0..<(1 + next() % 12)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined()
            let count = text.utf8.count
            for match in parser.references(in: text) {
                #expect(match.utf8Range.lowerBound >= 0 && match.utf8Range.upperBound <= count, "\(text)")
                for range in match.passage?.ranges ?? [] {
                    #expect((try? VerseRange(range.start, range.end)) == range, "\(text) → \(range.osisID)")
                }
            }
        }
    }
}
