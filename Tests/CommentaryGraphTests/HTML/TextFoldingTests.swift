import Testing

@testable import CommentaryGraph

@Suite("Text folding")
struct TextFoldingTests {
    @Test func foldsEveryUnicodeSpaceButNotOtherCharacters() {
        let text = "\n\t a\u{00A0}\u{00A0}b\u{2009}c\u{3000}d\u{0085}e\u{202F}f\u{200B}g\u{2013}h  \r\n"
        #expect(TextFolding.fold(text) == "a b c d e f\u{200B}g\u{2013}h")
    }

    @Test func summariesDropLeadingSeparators() {
        for lead in [". ", " - ", ": ", " – ", "— ", ".", ", "] {
            #expect(TextFolding.summary(Array("\(lead)Moses prays.".utf8)) == "Moses prays.")
        }
    }

    @Test func aSummaryOfExactly240CharactersIsKept() {
        let text = String(repeating: "é", count: 240)
        #expect(TextFolding.summary(Array(text.utf8)) == text)
        let cut = TextFolding.summary(Array((text + "é").utf8))
        #expect(cut == String(repeating: "é", count: 239) + "…")
    }

    @Test func aCutLeavesNoTrailingPunctuation() {
        let text = String(repeating: "abcdefghi, ", count: 30)
        let cut = TextFolding.summary(Array(text.utf8))
        #expect(cut.hasSuffix("abcdefghi…"))
        #expect(cut.count <= 240)
    }
}
