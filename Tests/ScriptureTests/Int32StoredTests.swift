import Testing

@testable import Scripture

/// Numbers kept in 32 bits: the same `Int`s in and out, a value beyond kept as the nearest
/// 32-bit one, and a verse clamped so stays invalid.
@Suite struct Int32StoredTests {
    struct Record {
        @Int32Stored var number: Int
    }

    @Test(arguments: [0, 1, -1, 176, 1_000_000, Int(Int32.max), Int(Int32.min)])
    func keepsEveryThirtyTwoBitNumber(value: Int) {
        var record = Record(number: value)
        #expect(record.number == value)
        record.number += 0
        #expect(record.number == value)
        #expect(MemoryLayout<Record>.size == 4)
    }

    @Test func clampsWhatIsBeyond() {
        #expect(Record(number: Int.max).number == Int(Int32.max))
        #expect(Record(number: Int.min).number == Int(Int32.min))
    }

    @Test func aVerseBeyondThirtyTwoBitsStaysInvalid() {
        let exodus = Book(osisID: "Exod")!
        let verse = Verse(exodus, 1 << 40, 1)
        #expect(verse.chapter == Int(Int32.max))
        #expect(throws: ScriptureError.self) { try VerseRange(verse) }
        #expect(MemoryLayout<VerseRange>.size <= 24, "two verses of 10 bytes")
        // Clamped the other way, and any negative number: out of range, not read as valid.
        #expect(throws: ScriptureError.chapterOutOfRange(book: exodus, chapter: Int(Int32.min), max: 40)) {
            try VerseRange(Verse(exodus, -(1 << 40), 1))
        }
        #expect(throws: ScriptureError.verseOutOfRange(book: exodus, chapter: 1, verse: -1, max: 22)) {
            try VerseRange(Verse(exodus, 1, -1))
        }
    }
}
