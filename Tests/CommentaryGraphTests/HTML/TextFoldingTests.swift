import Testing

@testable import CommentaryGraph

@Suite("Text folding")
struct TextFoldingTests {
    @Test func foldsEveryUnicodeSpaceButNotOtherCharacters() {
        let text = "\n\t a\u{00A0}\u{00A0}b\u{2009}c\u{3000}d\u{0085}e\u{202F}f\u{200B}g\u{2013}h  \r\n"
        #expect(TextFolding.fold(text) == "a b c d e f\u{200B}g\u{2013}h")
    }
}
