import Foundation
import Testing

@testable import Scripture

/// `Generated/BookNames.swift` is what the book table and the naming rules give: a change to
/// either fails here until the file is written again (`VERSEGRAPH_REGENERATE=1 swift test
/// --filter BookNameIndexTests`).
@Suite struct BookNameIndexTests {
    @Test func generatedNamesAreTheComputedNames() throws {
        let computed = BookNameIndex.computedNames()
        if ProcessInfo.processInfo.environment["VERSEGRAPH_REGENERATE"] == "1" {
            let file = URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Sources/Scripture/Generated/BookNames.swift")
            try BookNameIndex.generatedSource(for: computed).write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(BookNameIndex.generatedNames == computed, "run VERSEGRAPH_REGENERATE=1 swift test --filter BookNameIndexTests")
        #expect(computed.count > 500)
    }

    @Test func theIndexFindsNamesOfEveryKind() {
        let index = BookNameIndex.shared
        for (text, osis, end) in [
            ("1 John 4:8", "1John", 6), ("Song of Solomon 2:4", "Song", 15), ("I Sam. 3", "1Sam", 5),
            ("Gen", "Gen", 3), ("Exodus, 32", "Exod", 6),
        ] {
            let bytes = Array(text.utf8)
            let match = bytes.withUnsafeBufferPointer { index.match(in: $0, at: 0) }
            #expect(match?.book.osisID == osis, "\(text)")
            #expect(match?.end == end, "\(text)")
        }
        for text in ["Genesisx 1", "Zz 3", "", " John"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { index.match(in: $0, at: 0) } == nil, "\(text)")
        }
    }

    /// Found by `fuzz-references`: an empty text reached the index at its end.
    @Test func anEmptyTextHoldsNoName() {
        #expect(throws: ScriptureError.noReference("")) { try ReferenceParser().parse("") }
        #expect(ReferenceParser().references(in: "").isEmpty)
        let bytes: [UInt8] = Array("John".utf8)
        #expect(bytes.withUnsafeBufferPointer { BookNameIndex.shared.match(in: $0, at: 4) } == nil)
    }
}
