import Testing

@testable import CommentaryGraph

/// The byte order of UTF-8, by `memcmp`, against its definition.
@Suite struct ByteOrderTests {
    static let strings = [
        "", "a", "ab", "abc", "b", "B", "Z", "en/synopsis/exo+32:31", "en/synopsis/exo+32:3", "en/synopsis/exo+32:31.html",
        "é", "e\u{301}", "ü", "日本", "日", "a\u{0}b", "a\u{0}", "\u{7F}", "\u{80}", "😀", "\u{FFFF}",
        String(repeating: "x", count: 40), String(repeating: "x", count: 41),
    ]

    @Test func agreesWithTheBytesOneByOne() {
        for left in Self.strings {
            for right in Self.strings {
                #expect(
                    left.precedesInUTF8(right) == left.utf8.lexicographicallyPrecedes(right.utf8),
                    "\(left.debugDescription) < \(right.debugDescription)")
            }
        }
    }

    @Test func isNotTheUnicodeOrderOfStrings() {
        // Swift's `<` compares canonically equivalent strings as equal; the byte order does not.
        #expect("e\u{301}" == "é")
        #expect("e\u{301}".precedesInUTF8("é"))
        #expect(!"é".precedesInUTF8("e\u{301}"))
    }

    @Test func sortsFilesAsTheyAreListed() {
        let files = ["b/2", "a", "b/10", "B", "a/b", "ä"]
        #expect(files.sorted { $0.precedesInUTF8($1) } == ["B", "a", "a/b", "b/10", "b/2", "ä"])
    }
}
