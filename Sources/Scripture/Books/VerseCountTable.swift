/// A versification's chapter and verse counts as flat tables built once and never freed: a
/// plain value of pointers, which the validator of each scanned line holds without
/// reference counting.
struct VerseCountTable: @unchecked Sendable {
    /// For each book, the position of its chapter 1 in `verses`; one more entry at the end.
    private let firstChapter: UnsafeBufferPointer<Int32>
    /// The verse count of every chapter, book after book.
    private let verses: UnsafeBufferPointer<Int16>

    static let kjv = VerseCountTable(Versification.kjv.verseCounts)
    static let rsv = VerseCountTable(Versification.rsv.verseCounts)

    static func of(_ versification: Versification) -> VerseCountTable {
        switch versification {
        case .kjv: kjv
        case .rsv: rsv
        }
    }

    private init(_ counts: [[Int]]) {
        let first = UnsafeMutableBufferPointer<Int32>.allocate(capacity: counts.count + 1)
        let verses = UnsafeMutableBufferPointer<Int16>.allocate(capacity: counts.reduce(0) { $0 + $1.count })
        var position = 0
        for (book, chapters) in counts.enumerated() {
            first[book] = Int32(position)
            for count in chapters {
                verses[position] = Int16(count)
                position += 1
            }
        }
        first[counts.count] = Int32(position)
        self.firstChapter = UnsafeBufferPointer(first)
        self.verses = UnsafeBufferPointer(verses)
    }

    /// The number of chapters `book` has.
    @inline(__always)
    func chapterCount(of book: Book) -> Int {
        Int(firstChapter[book.index + 1] - firstChapter[book.index])
    }

    /// The number of verses in `chapter` of `book`, or nil if the book has no such chapter.
    @inline(__always)
    func verseCount(of book: Book, chapter: Int) -> Int? {
        guard chapter >= 1, chapter <= chapterCount(of: book) else { return nil }
        return Int(verses[Int(firstChapter[book.index]) + chapter - 1])
    }
}
