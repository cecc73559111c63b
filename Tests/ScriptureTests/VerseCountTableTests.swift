import Testing

@testable import Scripture

/// The flat table the validator reads holds the same counts as `Versification`.
@Suite struct VerseCountTableTests {
    @Test(arguments: Versification.allCases)
    func countsMatchTheVersification(versification: Versification) {
        let table = VerseCountTable.of(versification)
        for book in Book.all {
            #expect(table.chapterCount(of: book) == versification.chapterCount(of: book))
            for chapter in 0...(versification.chapterCount(of: book) + 1) {
                #expect(table.verseCount(of: book, chapter: chapter) == versification.verseCount(of: book, chapter: chapter))
            }
        }
    }

    @Test func theVersificationsDifferWhereTheyShould() {
        let threeJohn = Book(osisID: "3John")!
        #expect(VerseCountTable.kjv.verseCount(of: threeJohn, chapter: 1) == 14)
        #expect(VerseCountTable.rsv.verseCount(of: threeJohn, chapter: 1) == 15)
    }
}
