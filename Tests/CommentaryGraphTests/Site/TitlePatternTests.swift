import Testing

@testable import CommentaryGraph

@Suite struct TitlePatternTests {
    @Test(arguments: [
        ("{passage} meaning", "Exodus 32:31 Meaning", "Exodus 32:31"),
        ("Notes on {passage} | *", "notes ON Romans 9:3 | Scripture Notes", "Romans 9:3"),
        ("*: {passage}", "Verse Notes: Psalm 23", "Psalm 23"),
    ])
    func thePassageIsReadWhereThePatternSays(pattern: String, title: String, passage: String) throws {
        #expect(try TitlePattern(pattern).passageText(in: title) == passage)
    }

    @Test func aTitleThatDoesNotMatchHasNoPassage() throws {
        let pattern = try TitlePattern("Notes on {passage} | Scripture Notes")
        #expect(pattern.passageText(in: "Verse of the day: John 3:16") == nil)
        #expect(pattern.passageText(in: "Notes on  | Scripture Notes") == nil, "the passage is never empty")
    }

    @Test func aPatternNeedsOnePassage() {
        #expect(throws: URLPatternError(pattern: "Notes", reason: "a title pattern needs {passage} exactly once")) {
            try TitlePattern("Notes")
        }
        #expect(throws: URLPatternError.self) { try TitlePattern("{passage} and {passage}") }
    }
}
