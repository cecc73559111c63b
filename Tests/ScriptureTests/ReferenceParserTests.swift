import Testing

@testable import Scripture

/// The OSIS ids of what `text` parses to, or the error's description.
func osis(_ text: String, _ versification: Versification = .kjv) -> String {
    do {
        return try ReferenceParser(versification: versification).parse(text).osisID
    } catch {
        return "error: \(error)"
    }
}

@Suite struct ReferenceParserTests {
    @Test(arguments: [
        ("Exodus 32:31", "Exod.32.31"),
        ("Exodus 32:30-35", "Exod.32.30-Exod.32.35"),
        ("Genesis 1:1-2:3", "Gen.1.1-Gen.2.3"),
        ("Exodus 32:1-33:6", "Exod.32.1-Exod.33.6"),
        ("Psalm 23", "Ps.23.1-Ps.23.6"),
        ("Psalms 23", "Ps.23.1-Ps.23.6"),
        ("Matthew 5-7", "Matt.5.1-Matt.7.29"),
        ("Acts 9:19b-25", "Acts.9.19!b-Acts.9.25"),
        ("Acts 9:10-19a", "Acts.9.10-Acts.9.19!a"),
        ("Matthew 1:6b-8", "Matt.1.6!b-Matt.1.8"),
        ("Jude 3", "Jude.1.3"),
        ("Philemon 4", "Phlm.1.4"),
        ("3 John 14", "3John.1.14"),
        ("Obadiah 15", "Obad.1.15"),
        ("Jude 1:3-5", "Jude.1.3-Jude.1.5"),
        ("Exodus 32:30–35", "Exod.32.30-Exod.32.35"),
        ("Exodus 32:30—35", "Exod.32.30-Exod.32.35"),
        ("Exodus 32:30 – 35", "Exod.32.30-Exod.32.35"),
        ("Exodus 32 : 31", "Exod.32.31"),
        ("Exodus 32.31", "Exod.32.31"),
        ("Exodus\u{00A0}32:31", "Exod.32.31"),
        ("Ex. 32:31", "Exod.32.31"),
        ("ex 32:31", "Exod.32.31"),
        ("1 John 3:16", "1John.3.16"),
        ("1John 3:16", "1John.3.16"),
        ("I John 3:16", "1John.3.16"),
        ("First John 3:16", "1John.3.16"),
        ("1st John 3:16", "1John.3.16"),
        ("John 3:16, 18", "John.3.16,John.3.18"),
        ("Exodus 32:30-35; 33:1-6", "Exod.32.30-Exod.32.35,Exod.33.1-Exod.33.6"),
        ("Psalm 23; 24", "Ps.23.1-Ps.23.6,Ps.24.1-Ps.24.10"),
        ("John 3:16, 4:1", "John.3.16,John.4.1"),
        ("Jude 3, 5", "Jude.1.3,Jude.1.5"),
        ("Genesis 1-2:3", "Gen.1.1-Gen.2.3"),
        ("Exod.32.31", "Exod.32.31"),
        ("Exod.32.30-Exod.32.35", "Exod.32.30-Exod.32.35"),
        ("Acts.9.19!b-Acts.9.25", "Acts.9.19!b-Acts.9.25"),
        ("Ps.23.1-Ps.23.6", "Ps.23.1-Ps.23.6"),
        ("1John.3.16", "1John.3.16"),
        ("Song of Solomon 2:4", "Song.2.4"),
        ("  Revelation 22:21  ", "Rev.22.21"),
        ("Exodus 32:31f", "Exod.32.31-Exod.32.32"),
        ("Exodus 32:31ff", "Exod.32.31-Exod.32.35"),
        ("Exodus 32:31a-b", "Exod.32.31!a-Exod.32.31!b"),
        ("Exodus 32:31a-31", "Exod.32.31!a-Exod.32.31"),
        ("Ex. 32", "Exod.32.1-Exod.32.35"),
        ("Ex 32", "Exod.32.1-Exod.32.35"),
        ("Rom 8", "Rom.8.1-Rom.8.39"),
        ("Gal. 5", "Gal.5.1-Gal.5.26"),
        ("Is. 2", "Isa.2.1-Isa.2.22"),
    ])
    func everyFormCommentaryPagesUse(text: String, expected: String) {
        #expect(osis(text) == expected)
    }

    @Test(arguments: [
        ("Exodus 41:1", "chapter 41 does not exist: Exodus has 40 chapters"),
        ("Exodus 32:36", "verse 36 does not exist: Exodus 32 has 35 verses"),
        ("Exodus 32:30-36", "verse 36 does not exist: Exodus 32 has 35 verses"),
        ("Exodus 0:1", "chapter 0 does not exist: chapters of Exodus start at 1"),
        ("Exodus 32:0", "verse 0 does not exist: Exodus 32 starts at verse 1"),
        ("Exodus 32:35-30", "the range ends (Exodus 32:30) before it starts (Exodus 32:35)"),
        ("Exodus 33:1-32:5", "the range ends (Exodus 32:5) before it starts (Exodus 33:1)"),
        ("Jude 26", "verse 26 does not exist: Jude 1 has 25 verses"),
        ("Jude 2:1", "chapter 2 does not exist: Jude has 1 chapter"),
        ("Psalm 151", "chapter 151 does not exist: Psalm has 150 chapters"),
        ("3 John 15", "verse 15 does not exist: 3 John 1 has 14 verses"),
        ("Hezekiah 3:1", "unknown book \"Hezekiah\""),
        ("Lev.1.1-Exod.32.30", "the range ends (Exodus 32:30) before it starts (Leviticus 1:1)"),
        ("Judges 19:1-Ruth 5:1", "chapter 5 does not exist: Ruth has 4 chapters"),
        ("hello", "no Bible reference in \"hello\""),
        ("Exodus 32:31c", "\"Exodus 32:31c\" is not a reference versegraph can read"),
        ("Exodus 32:31st", "\"Exodus 32:31st\" is not a reference versegraph can read"),
        ("Exodus 32:x", "\"Exodus 32:x\" is not a reference versegraph can read"),
        ("Exodus 32:30-35c", "\"Exodus 32:30-35c\" is not a reference versegraph can read"),
        ("Exodus 32:30-3:1x", "\"Exodus 32:30-3:1x\" is not a reference versegraph can read"),
        ("Exodus 32:31-31a", "the range ends (Exodus 32:31a) before it starts (Exodus 32:31)"),
        ("Exodus 32:35f", "verse 36 does not exist: Exodus 32 has 35 verses"),
        ("Is 2", "no Bible reference in \"Is 2\""),
        ("Exodus 32:31:5", "\"Exodus 32:31:5\" is not a reference versegraph can read"),
        ("Exodus 32:30-35-40", "\"Exodus 32:30-35-40\" is not a reference versegraph can read"),
        ("Exodus 32:30-", "\"Exodus 32:30-\" is not a reference versegraph can read"),
        ("Exodus 32:31a-c", "\"Exodus 32:31a-c\" is not a reference versegraph can read"),
        ("Exodus 32:30ff-33", "\"Exodus 32:30ff-33\" is not a reference versegraph can read"),
    ])
    func invalidReferencesAreErrorsWithTheirReason(text: String, expected: String) {
        #expect(osis(text) == "error: \(expected)")
    }

    @Test func rsvNumberingAllowsThirdJohn15() {
        #expect(osis("3 John 15", .rsv) == "3John.1.15")
        #expect(osis("Revelation 12:18", .rsv) == "Rev.12.18")
        #expect(osis("Revelation 12:18").hasPrefix("error: verse 18 does not exist"))
    }

    @Test func nothingIsClamped() throws {
        #expect(
            throws: ScriptureError.verseOutOfRange(
                book: Book(osisID: "Exod")!, chapter: 32, verse: 99, max: 35)
        ) {
            try ReferenceParser().parse("Exodus 32:99")
        }
    }
}
