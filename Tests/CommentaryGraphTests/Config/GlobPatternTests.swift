import Testing

@testable import CommentaryGraph

@Suite struct GlobPatternTests {
    @Test(arguments: [
        ("drafts/**", "drafts/a/b.html", true), ("drafts/**", "final/a.html", false),
        ("*.bak", "en/synopsis/exo+32:1.bak", true), ("*.bak", "en/synopsis/exo+32:1", false),
        ("/en/commentary/num+*", "/en/commentary/num+14:11", true),
        ("/en/commentary/num+*", "/en/commentary/exo+32:30", false),
        ("/en/*/num+*", "/en/commentary/num+14:11", true), ("/en/*/num+*", "/en/a/b/num+1", false),
        ("**/index.html", "index.html", true), ("**/index.html", "a/b/index.html", true),
        ("exo+32:?", "exo+32:1", true), ("exo+32:?", "exo+32:10", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected)
    }
}
