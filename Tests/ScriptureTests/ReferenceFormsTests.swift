import Testing

@testable import Scripture

/// The forms people write beyond a site's own titles, in both modes, and the reasons given
/// for the ones that are wrong.
@Suite struct ReferenceFormsTests {
    static func read(_ text: String, _ mode: ReferenceParser.Mode) -> [String] {
        ReferenceParser(mode: mode).references(in: text).map { $0.passage?.osisID ?? "error: \($0.error!)" }
    }

    @Test(
        arguments: [
            ("Romans 5:1 to 8:39", ["Rom.5.1-Rom.8.39"]),
            ("Genesis 1:1 through 2:3", ["Gen.1.1-Gen.2.3"]),
            ("Mark 4:1 thru 4:20", ["Mark.4.1-Mark.4.20"]),
            ("Isaiah 40 until 41", ["Isa.40.1-Isa.41.29"]),
            ("Luke 22:14--23:56", ["Luke.22.14-Luke.23.56"]),
            ("Judges 19:1-Ruth 2:3", ["Judg.19.1-Judg.21.25,Ruth.1.1-Ruth.2.3"]),
            ("Ruth 4-1 Samuel 1", ["Ruth.4.1-Ruth.4.22,1Sam.1.1-1Sam.1.28"]),
            ("Obadiah 21-Jonah 1:3", ["Obad.1.21,Jonah.1.1-Jonah.1.3"]),
            ("Psalms 1, 8, and 19", ["Ps.1.1-Ps.1.6,Ps.8.1-Ps.8.9,Ps.19.1-Ps.19.14"]),
            ("Romans 1 & 2", ["Rom.1.1-Rom.1.32,Rom.2.1-Rom.2.29"]),
            ("John 3:16 and 18", ["John.3.16,John.3.18"]),
            ("Isaiah 40, verses 28-31", ["Isa.40.28-Isa.40.31"]),
            ("Mark, chapter 4", ["Mark.4.1-Mark.4.41"]),
            ("John 4 v 22", ["John.4.22"]),
            ("Psalm 121 vv. 1-2", ["Ps.121.1-Ps.121.2"]),
            ("Romans 8:28, verse 30", ["Rom.8.28,Rom.8.30"]),
            ("Romans 8:28And we know", ["Rom.8.28"]),
            ("Jude 1:24-Now unto him", ["Jude.1.24"]),
            ("Ephesians 2:8 ff", ["Eph.2.8-Eph.2.22"]),
            ("Ephesians 2:8ff.", ["Eph.2.8-Eph.2.22"]),
            ("Ephesians 2:8 f.", ["Eph.2.8-Eph.2.9"]),
            ("Psalm 23 - 10:30 AM", ["Ps.23.1-Ps.23.6"]),
            ("John 3 - 2024.05.01", ["John.3.1-John.3.36"]),
            ("Malachi1 John 4:8", ["1John.4.8"]),
            ("Ruth 1 Samuel 2 Samuel 1 Kings", []),
            ("Philemon 1", ["Phlm.1.1-Phlm.1.25"]),
            ("2 John 1", ["2John.1.1-2John.1.13"]),
            ("see 3 John 1", ["3John.1.1"]),
            ("Exodus 32 31", ["Exod.32.31"]),
            ("Phi 4:13", ["Phil.4.13"]),
            ("Exd 20:3", ["Exod.20.3"]),
        ] as [(String, [String])])
    func writtenFormsAreReadInBothModes(text: String, expected: [String]) {
        #expect(Self.read(text, .lenient) == expected)
        #expect(Self.read(text, .prose) == expected)
    }

    @Test(
        arguments: [
            ("Ezekiel 25-16", "\"25-16\": write \":\" between chapter and verse and \"-\" for a range, not \"-\""),
            ("John 3/16", "\"3/16\": write \":\" between chapter and verse and \"-\" for a range, not \"/\""),
            ("John 3;16", "\"3;16\": write \":\" between chapter and verse and \"-\" for a range, not \";\""),
            ("Exodus 32:30~35", "\"32:30~35\": write \":\" between chapter and verse and \"-\" for a range, not \"~\""),
            ("Exodus 32 31 5", "\"32 31 5\": numbers separated by spaces; write chapter:verse"),
            ("Mathew 5:3", "unknown book \"Mathew\"; did you mean Matthew?"),
            ("Leviticus 1:1-Exodus 32:30", "the range ends (Exodus 32:30) before it starts (Leviticus 1:1)"),
            ("Judges 19:1-Ruth 5:1", "chapter 5 does not exist: Ruth has 4 chapters"),
        ] as [(String, String)])
    func misusedFormsAreErrorsWithTheirReasonInBothModes(text: String, reason: String) {
        #expect(Self.read(text, .lenient) == ["error: \(reason)"])
        #expect(Self.read(text, .prose) == ["error: \(reason)"])
    }

    @Test func whereReferencesAreExpectedTheGoodPiecesOfAListAreKept() {
        #expect(
            Self.read("Exodus 32:1-6, 32:30-35-40; 33:1", .lenient) == [
                "Exod.32.1-Exod.32.6", "error: \"32:30-35-40\" is not a reference versegraph can read", "Exod.33.1",
            ])
        #expect(Self.read("John 3:16, 99", .lenient) == ["John.3.16", "error: verse 99 does not exist: John 3 has 36 verses"])
    }

    @Test func aSpacedVerseTheChapterLacksIsAnErrorWhereReferencesAreExpectedAndAChapterInText() {
        #expect(Self.read("Exodus 32 36", .lenient) == ["error: verse 36 does not exist: Exodus 32 has 35 verses"])
        #expect(Self.read("Genesis 1 100 years", .prose) == ["Gen.1.1-Gen.1.31"])
    }

    @Test func inRunningTextAListWithABadPieceIsOneError() {
        #expect(Self.read("John 3:16, 99.", .prose) == ["error: verse 99 does not exist: John 3 has 36 verses"])
    }

    @Test(arguments: [
        "Est. 1998", "Mic 2000", "Is 5:30pm too late?", "Mathew and 5 friends", "Meeting 10:30", "Room 3:16",
        "Started 2 John today", "Re 3 items",
    ])
    func wordsAndNumbersAreNotReferencesInEitherMode(text: String) {
        #expect(Self.read(text, .lenient) == [])
        #expect(Self.read(text, .prose) == [])
    }
}
