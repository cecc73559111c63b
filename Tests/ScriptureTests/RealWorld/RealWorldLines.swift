import Testing

@testable import Scripture

/// A test set of real-world-shaped lines, written for versegraph in the styles of commentary
/// sites, lectionaries, footnotes and social posts, each with the verses a reader means.
///
/// Each line is `text => expected`: the expected references as OSIS ranges joined by `,`
/// (a side without a verse is a whole chapter: `Ps.23`, `Matt.5-Matt.7`), or `-` for none;
/// a trailing `!` says that the line also holds a piece that must be reported as an error.
enum RealWorldLines {
    struct Line {
        let text: String
        let expected: [String]
        let expectsError: Bool
        let style: String
    }

    static var all: [Line] {
        [
            ("commentary", commentary), ("lectionary", lectionary), ("footnotes", footnotes),
            ("social", social), ("strict", strict), ("no reference", noReference),
        ].flatMap { style, block in
            block.split(separator: "\n").map { line(String($0), style: style) }
        }
    }

    static func line(_ raw: String, style: String) -> Line {
        let parts = raw.components(separatedBy: " => ")
        precondition(parts.count == 2, "no ' => ' in \(raw)")
        var expected = parts[1].trimmingCharacters(in: .whitespaces)
        let expectsError = expected.hasSuffix("!")
        if expectsError { expected = String(expected.dropLast()).trimmingCharacters(in: .whitespaces) }
        let ranges = expected == "-" ? [] : expected.split(separator: ",").map { canonical(String($0)) }
        return Line(text: parts[0], expected: ranges, expectsError: expectsError, style: style)
    }

    /// `Ps.23` → `Ps.23.1-Ps.23.6`, `Matt.5-Matt.7` → `Matt.5.1-Matt.7.29`, verse ids as they are.
    static func canonical(_ notation: String) -> String {
        let sides = notation.split(separator: "-").map(String.init)
        func verse(_ side: String, asEnd: Bool) -> Verse {
            let fields = side.split(separator: ".").map(String.init)
            let book = Book(osisID: fields[0])!
            let chapter = Int(fields[1])!
            guard fields.count > 2 else {
                return Verse(book, chapter, asEnd ? Versification.kjv.verseCount(of: book, chapter: chapter)! : 1)
            }
            let verseField = fields[2].split(separator: "!")
            let part = verseField.count > 1 ? VersePart(rawValue: String(verseField[1])) : nil
            return Verse(book, chapter, Int(verseField[0])!, part: part)
        }
        let start = verse(sides[0], asEnd: false)
        let end = verse(sides.count > 1 ? sides[1] : sides[0], asEnd: true)
        return VerseRange(unchecked: start, end).osisID
    }
}

@Suite struct RealWorldLinesTests {
    /// What `ref` makes of a line: its valid ranges, and whether it reported an error.
    static func read(_ text: String, mode: ReferenceParser.Mode) -> (ranges: [String], reported: Bool) {
        let matches = ReferenceParser(mode: mode).references(in: text)
        let ranges = matches.compactMap(\.passage).flatMap(\.ranges).map(\.osisID)
        return (ranges, matches.contains { $0.error != nil })
    }

    @Test func theSetIsLargeAndHasAHundredLinesWithoutAReference() {
        let lines = RealWorldLines.all
        #expect(lines.count >= 400)
        #expect(lines.filter { $0.expected.isEmpty && !$0.expectsError }.count >= 100)
        #expect(lines.allSatisfy { !$0.expected.isEmpty || $0.expectsError || $0.style == "no reference" })
    }

    @Test func atLeast99PercentOfTheLinesAreReadRightAndNoneWrongSilently() {
        var wrong: [String] = []
        var silent: [String] = []
        let lines = RealWorldLines.all
        for line in lines {
            let (ranges, reported) = Self.read(line.text, mode: .lenient)
            if ranges != line.expected || reported != line.expectsError {
                wrong.append("\(line.style): \(line.text) → \(ranges) \(reported ? "(error)" : "")")
                if !reported { silent.append(line.text) }
            }
        }
        let right = Double(lines.count - wrong.count) / Double(lines.count)
        #expect(right >= 0.99, "\(wrong.count) of \(lines.count) wrong:\n\(wrong.joined(separator: "\n"))")
        // A wrong answer without a diagnostic is what a link checker cannot afford.
        #expect(silent.isEmpty, "wrong without an error:\n\(silent.joined(separator: "\n"))")
    }

    @Test(arguments: [ReferenceParser.Mode.lenient, .prose])
    func noLineWithoutAReferenceGivesOne(mode: ReferenceParser.Mode) {
        for line in RealWorldLines.all where line.style == "no reference" {
            let (ranges, reported) = Self.read(line.text, mode: mode)
            #expect(ranges.isEmpty && !reported, "\(line.text) → \(ranges)")
        }
    }

    @Test func everyStrictLineNamesItsError() {
        for line in RealWorldLines.all where line.expectsError {
            let (_, reported) = Self.read(line.text, mode: .lenient)
            #expect(reported, "\(line.text) holds an error that is not reported")
        }
    }
}
