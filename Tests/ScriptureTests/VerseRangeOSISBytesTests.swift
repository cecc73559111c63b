import Testing

@testable import Scripture

/// `writeOSIS(to:)` and `appendOSIS(to:)` write the bytes of `osisID`, for every chapter.
@Suite struct VerseRangeOSISBytesTests {
    static func written(_ range: VerseRange) -> String {
        withUnsafeTemporaryAllocation(byteCount: VerseRange.osisByteCapacity, alignment: 1) { buffer in
            let count = range.writeOSIS(to: buffer.baseAddress!)
            return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    @Test func everyChapterAndVerseIsWrittenAsItsOSISID() throws {
        var ranges: [VerseRange] = []
        for book in Book.all {
            for chapter in 1...Versification.kjv.chapterCount(of: book) {
                let last = Versification.kjv.verseCount(of: book, chapter: chapter)!
                ranges.append(try VerseRange(book, chapter: chapter))
                ranges.append(try VerseRange(Verse(book, chapter, last)))
                ranges.append(try VerseRange(Verse(book, chapter, 1, part: .b), Verse(book, chapter, last, part: .a)))
            }
        }
        var appended: [UInt8] = []
        for range in ranges {
            #expect(Self.written(range) == range.osisID)
            appended.append(0x2C)
            range.appendOSIS(to: &appended)
        }
        #expect(String(decoding: appended, as: UTF8.self) == "," + ranges.map(\.osisID).joined(separator: ","))
        #expect(ranges.count == 3 * 1_189)
    }

    @Test func theLongestIDsFit() throws {
        let range = try VerseRange(
            Verse(Book(osisID: "1Thess")!, 5, 28, part: .a), Verse(Book(osisID: "1Thess")!, 5, 28, part: .b))
        #expect(Self.written(range) == "1Thess.5.28!a-1Thess.5.28!b")
        let psalm = try VerseRange(Verse(Book(osisID: "Ps")!, 119, 100, part: .b), Verse(Book(osisID: "Ps")!, 119, 176))
        #expect(Self.written(psalm) == "Ps.119.100!b-Ps.119.176")
        // Numbers no versification has (made unchecked) are written whole all the same.
        let unchecked = VerseRange(unchecked: Verse(Book(osisID: "Gen")!, 1234, 0), Verse(Book(osisID: "Gen")!, 1234, 99_999))
        #expect(Self.written(unchecked) == "Gen.1234.0-Gen.1234.99999")
        #expect(Self.written(unchecked) == unchecked.osisID)
    }
}
