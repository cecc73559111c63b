import Testing

@testable import CommentaryGraph

@Suite struct SiteURLPassageTests {
    func url(_ text: String) -> SiteURL { SiteURL(text, profile: .theBibleSays)! }

    @Test(arguments: [
        ("https://thebiblesays.com/en/synopsis/exo+32:31", "Exod.32.31"),
        ("https://thebiblesays.com/en/commentary/exo+32:30", "Exod.32.30"),
        ("https://thebiblesays.com/en/commentary/1jn+3:16/", "1John.3.16"),
        ("https://thebiblesays.com/en/commentary/psa+23:1", "Ps.23.1"),
        ("https://thebiblesays.com/en/commentary/exo%2B32%3A30", "Exod.32.30"),
    ])
    func theURLEncodesAVerse(text: String, osis: String) {
        #expect(url(text).passage(profile: .theBibleSays, versification: .kjv)?.osisID == osis)
    }

    @Test(arguments: [
        "https://thebiblesays.com/en/commentary/exo+41:1", "https://thebiblesays.com/en/about",
        "https://thebiblesays.com/en/commentary/xyz+1:1",
    ])
    func urlsWithoutAValidVerseHaveNone(text: String) {
        #expect(url(text).passage(profile: .theBibleSays, versification: .kjv) == nil)
    }

    @Test func theKindComesFromThePathPrefix() {
        #expect(url("https://thebiblesays.com/en/synopsis/exo+32:31").pageKind(profile: .theBibleSays) == .synopsis)
        #expect(url("https://thebiblesays.com/en/commentary/exo+32:30").pageKind(profile: .theBibleSays) == .commentary)
        #expect(url("https://thebiblesays.com/en/about").pageKind(profile: .theBibleSays) == nil)
    }
}
