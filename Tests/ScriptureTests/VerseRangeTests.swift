import Testing

@testable import Scripture

func range(_ text: String) throws -> VerseRange { try ReferenceParser().parseRange(text) }

@Suite struct VerseRangeTests {
    @Test(arguments: [
        ("Exodus 32:31", "Exodus 32:31"), ("Exodus 32:30-35", "Exodus 32:30-35"),
        ("Psalm 23", "Psalm 23"), ("Ps.23.1-Ps.23.6", "Psalm 23"), ("Matthew 5-7", "Matthew 5-7"),
        ("Acts 9:19b-25", "Acts 9:19b-25"), ("Genesis 1:1-2:3", "Genesis 1:1-2:3"),
        ("Jude 3", "Jude 3"), ("Jude 1-25", "Jude 1-25"), ("Exod.32.30-Exod.32.35", "Exodus 32:30-35"),
        ("Genesis 1:1-2:25", "Genesis 1-2"), ("Obadiah 1:1-21", "Obadiah 1-21"),
    ])
    func humanForm(text: String, expected: String) throws {
        #expect(try range(text).label == expected)
    }

    /// Found by `fuzz-references` (`,Ac 9:19b-Ac 9:19$nbn\x8d`): a partial start and the same
    /// verse whole as the end is 19b through the end of 19. It is kept as written, covers
    /// verse 19, and reads back from its OSIS id and its label as itself.
    @Test func aPartialStartWithTheSameVerseWholeAsItsEndReadsBackAsItself() throws {
        let parsed = try range("Acts 9:19b-Acts 9:19")
        #expect(parsed.osisID == "Acts.9.19!b-Acts.9.19")
        #expect(try range(parsed.osisID) == parsed)
        #expect(try range("Acts 9:19b-19") == parsed)
        #expect(parsed.contains(try range("Acts 9:19")))
        let matches = ReferenceParser().references(in: ",Ac 9:19b-Ac 9:19$nbn\u{8d}")
        #expect(matches.map { $0.passage?.osisID } == ["Acts.9.19!b-Acts.9.19"])
    }

    @Test func passageHumanForm() throws {
        #expect(try ReferenceParser().parse("John 3:16, 18").humanForm() == "John 3:16, 18")
        #expect(try ReferenceParser().parse("Exodus 32:30-35; 33:1-6").humanForm() == "Exodus 32:30-35; 33:1-6")
    }

    @Test func containmentAndOverlap() throws {
        let passage = try range("Exodus 32:30-35")
        #expect(passage.contains(try range("Exodus 32:31")))
        #expect(passage.contains(try range("Exodus 32:30-35")))
        #expect(!passage.contains(try range("Exodus 32:29-30")))
        #expect(passage.overlaps(try range("Exodus 32:29-30")))
        #expect(!passage.overlaps(try range("Exodus 32:1-29")))
        #expect(try range("Acts 9:19b-25").contains(try range("Acts 9:19")))
        #expect(try range("Acts 9:10-19a").overlaps(try range("Acts 9:19b-25")))
        #expect(!(try range("Exodus 32:31")).overlaps(try range("Numbers 32:31")))
        #expect(try range("Genesis 1:1-2:3").contains(try range("Genesis 1:31-2:1")))
    }

    @Test func ordering() throws {
        let sorted = try ["Exodus 33:1", "Exodus 32:30-35", "Genesis 50:1", "Exodus 32:30", "Acts 9:19b-25", "Acts 9:19"]
            .map(range).sorted().map(\.osisID)
        #expect(
            sorted == [
                "Gen.50.1", "Exod.32.30", "Exod.32.30-Exod.32.35", "Exod.33.1", "Acts.9.19", "Acts.9.19!b-Acts.9.25",
            ])
    }

    @Test func iteratesAcrossChapters() throws {
        let verses = try range("Genesis 1:30-2:2").verses()
        #expect(verses.map(\.osisID) == ["Gen.1.30", "Gen.1.31", "Gen.2.1", "Gen.2.2"])
        #expect(try range("Psalm 119").verseCount() == 176)
        #expect(try range("Matthew 5-7").verses().count == 48 + 34 + 29)
    }

    @Test func constructionValidates() throws {
        let exodus = try #require(Book(osisID: "Exod"))
        #expect(throws: ScriptureError.self) { try VerseRange(Verse(exodus, 32, 36)) }
        #expect(throws: ScriptureError.rangeAcrossBooks(from: exodus, to: Book(osisID: "Lev")!)) {
            try VerseRange(Verse(exodus, 1, 1), Verse(Book(osisID: "Lev")!, 1, 1))
        }
        #expect(try VerseRange(exodus, chapter: 32).osisID == "Exod.32.1-Exod.32.35")
    }
}
