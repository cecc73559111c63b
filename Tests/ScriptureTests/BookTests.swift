import Testing

@testable import Scripture

@Suite struct BookTests {
    @Test func canonHas66BooksAnd1189ChaptersAnd31102Verses() {
        #expect(Book.all.count == 66)
        #expect(Versification.kjv.totalChapters == 1_189)
        #expect(Versification.kjv.totalVerses == 31_102)
        #expect(Book.all.first?.osisID == "Gen")
        #expect(Book.all.last?.osisID == "Rev")
        #expect(Book.all.filter(\.isOldTestament).count == 39)
    }

    @Test func rsvNumbersThirdJohnAndRevelation12Differently() throws {
        let thirdJohn = try #require(Book(osisID: "3John"))
        let revelation = try #require(Book(osisID: "Rev"))
        #expect(Versification.kjv.verseCount(of: thirdJohn, chapter: 1) == 14)
        #expect(Versification.rsv.verseCount(of: thirdJohn, chapter: 1) == 15)
        #expect(Versification.kjv.verseCount(of: revelation, chapter: 12) == 17)
        #expect(Versification.rsv.verseCount(of: revelation, chapter: 12) == 18)
        #expect(Versification.rsv.totalVerses == 31_104)
    }

    @Test(arguments: [
        ("Exodus", "Exod"), ("exodus", "Exod"), ("EXODUS", "Exod"), ("Ex.", "Exod"), ("Ex", "Exod"),
        ("1 John", "1John"), ("1John", "1John"), ("I John", "1John"), ("First John", "1John"),
        ("1st John", "1John"), ("1st Jn", "1John"), ("III John", "3John"), ("Third John", "3John"),
        ("Psalm", "Ps"), ("Psalms", "Ps"), ("Song of Solomon", "Song"), ("Song of Songs", "Song"),
        ("2 Kgs", "2Kgs"), ("II Kings", "2Kgs"), ("Second Kings", "2Kgs"), ("Philemon", "Phlm"),
        ("Phil", "Phil"), ("Jude", "Jude"), ("Judges", "Judg"), ("Revelation", "Rev"),
        // Style-guide and common short forms (SBL, Chicago, two- and three-letter lists).
        ("Phi", "Phil"), ("Phl", "Phil"), ("Exd", "Exod"), ("Jdg", "Judg"), ("Jgs", "Judg"), ("Mrk", "Mark"),
        ("Jhn", "John"), ("Rom", "Rom"), ("1Jn", "1John"), ("1 Tm", "1Tim"), ("II Tm", "2Tim"), ("Jm", "Jas"),
        ("Jde", "Jude"), ("Phm", "Phlm"), ("Ez", "Ezek"), ("Hb", "Hab"), ("Re", "Rev"), ("Qoh", "Eccl"),
    ])
    func booksAreFoundByAnyAcceptedName(name: String, osis: String) {
        #expect(Book(named: name)?.osisID == osis)
    }

    @Test(arguments: ["Jo", "Jud", "Hezekiah", "", "Exoduss", "4 John"])
    func ambiguousAndUnknownNamesAreRejected(name: String) {
        #expect(Book(named: name) == nil)
    }

    @Test func usfmAndOSISLookupsIgnoreCase() {
        #expect(Book(usfmCode: "exo")?.osisID == "Exod")
        #expect(Book(usfmCode: "1JN")?.osisID == "1John")
        #expect(Book(osisID: "exod")?.title == "Exodus")
        #expect(Book(osisID: "Ps")?.displayName == "Psalm")
        #expect(Book(usfmCode: "xyz") == nil)
    }

    @Test func singleChapterBooks() {
        let single = Book.all.filter(\.hasSingleChapter).map(\.osisID)
        #expect(single == ["Obad", "Phlm", "2John", "3John", "Jude"])
    }

    @Test func ordinalsRunThroughTheCanon() throws {
        let genesis = try #require(Book(osisID: "Gen"))
        let revelation = try #require(Book(osisID: "Rev"))
        #expect(Versification.kjv.ordinal(of: Verse(genesis, 1, 1)) == 0)
        #expect(Versification.kjv.ordinal(of: Verse(revelation, 22, 21)) == 31_101)
        #expect(Versification.kjv.ordinal(of: Verse(revelation, 22, 22)) == nil)
        #expect(Versification.kjv.ordinal(of: Verse(genesis, 2, 1)) == 31)
    }
}
