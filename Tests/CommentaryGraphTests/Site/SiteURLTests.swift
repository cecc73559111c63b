import Testing

@testable import CommentaryGraph

@Suite struct SiteURLTests {
    let base = SiteURL("https://thebiblesays.com/en/synopsis/exo+32:31", profile: .theBibleSays)

    @Test(arguments: [
        "https://thebiblesays.com/en/commentary/exo+32:30",
        "http://thebiblesays.com/en/commentary/exo+32:30",
        "https://www.thebiblesays.com/en/commentary/exo+32:30",
        "https://thebiblesays.app/en/commentary/exo+32:30",
        "HTTPS://WWW.TheBibleSays.app/en/commentary/exo+32:30/",
        "https://thebiblesays.com/en/commentary/exo%2B32%3A30",
        "https://thebiblesays.com/en/commentary/exo%2b32%3a30?lang=en&amp=1#top",
        "https://thebiblesays.com/en/commentary/exo+32:30/index.html",
        "https://thebiblesays.com/en/commentary/exo+32:30.html",
        "https://thebiblesays.com:443/en/commentary/exo+32:30",
        "//thebiblesays.com/en/commentary/exo+32:30",
        "/en/commentary/exo+32:30",
        "../commentary/exo+32:30",
        "./../commentary/./exo+32:30",
        "  /en/commentary/exo+32:30  ",
    ])
    func everySpellingOfALinkIsTheSameTarget(href: String) {
        let url = SiteURL(href, relativeTo: base, profile: .theBibleSays)
        #expect(url?.key == "thebiblesays.com/en/commentary/exo+32:30")
    }

    @Test func aRelativeHrefLikeExoPlus32IsAPathNotAScheme() {
        let url = SiteURL("exo+32:30", relativeTo: base, profile: .theBibleSays)
        #expect(url?.key == "thebiblesays.com/en/synopsis/exo+32:30")
    }

    @Test(arguments: ["mailto:someone@example.com", "javascript:void(0)", "#top", "", "tel:123", "?x=1"])
    func nonPageHrefsHaveNoURL(href: String) {
        #expect(SiteURL(href, relativeTo: base, profile: .theBibleSays) == nil)
    }

    @Test func otherHostsStayThemselves() {
        let url = SiteURL("https://www.example.org/a/b/", profile: .theBibleSays)
        #expect(url?.key == "example.org/a/b")
        #expect(url?.description == "https://example.org/a/b")
    }

    @Test func relativeHrefsNeedABase() {
        #expect(SiteURL("/en/commentary/exo+32:30", profile: .theBibleSays) == nil)
    }
}
