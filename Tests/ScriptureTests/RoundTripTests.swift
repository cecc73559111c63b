import PropertyBased
import Testing

@testable import Scripture

@Suite struct RoundTripTests {
    /// Every verse of the canon, formatted then parsed, in both forms.
    @Test(arguments: Versification.allCases)
    func everyVerseRoundTrips(versification: Versification) throws {
        let parser = ReferenceParser(versification: versification)
        var checked = 0
        for book in Book.all {
            for chapter in 1...versification.chapterCount(of: book) {
                for verse in 1...versification.verseCount(of: book, chapter: chapter)! {
                    let range = try VerseRange(Verse(book, chapter, verse), in: versification)
                    let human = try parser.parseRange(range.humanForm(in: versification))
                    let osis = try parser.parseRange(range.osisID)
                    guard human == range, osis == range else {
                        Issue.record("\(range.osisID) came back as \(human.osisID) / \(osis.osisID)")
                        return
                    }
                    checked += 1
                }
            }
        }
        #expect(checked == versification.totalVerses)
    }

    /// Random ranges within a book (cross-chapter, partial, whole-chapter) round-trip too.
    @Test func randomRangesRoundTrip() async {
        let positions = Gen.int(in: 0...1_000_000)
        await propertyCheck(
            count: 2_000, input: Gen.int(in: 0...65), positions, positions, Gen.int(in: 0...3)
        ) { bookIndex, a, b, shape in
            let book = Book.all[bookIndex]
            let total = Versification.kjv.verseCount(of: book)
            let range = Self.range(book, min(a, b) % total, max(a, b) % total, shape: shape)
            let human = try? ReferenceParser().parseRange(range.humanForm())
            let osis = try? ReferenceParser().parseRange(range.osisID)
            #expect(human == range, "\(range.humanForm())")
            #expect(osis == range, "\(range.osisID)")
        }
    }

    /// The range from the `a`th to the `b`th verse of `book`; `shape` 1 widens it to whole
    /// chapters, 2 and 3 make its ends partial verses.
    static func range(_ book: Book, _ a: Int, _ b: Int, shape: Int) -> VerseRange {
        let verses = try! VerseRange(book, chapter: 1, through: Versification.kjv.chapterCount(of: book)).verses()
        var start = verses[min(a, b)]
        var end = verses[max(a, b)]
        switch shape {
        case 1:
            start.verse = 1
            end.verse = Versification.kjv.verseCount(of: book, chapter: end.chapter)!
        case 2 where start != end: start.part = .b
        case 3 where start != end: end.part = .a
        default: break
        }
        return try! VerseRange(start, end)
    }
}
