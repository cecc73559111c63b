import Testing

@testable import CommentaryGraph

/// A link of the table keeps its numbers in 32 bits: the same values out, no page as nil.
@Suite struct LinkTableTests {
    static func link(targetPage: Int?) -> LinkTable.Link {
        LinkTable.Link(
            source: 35_544, kind: .related, target: nil, targetPage: targetPage, href: "", line: 1_234, brokenBy: nil)
    }

    @Test func keepsItsNumbers() {
        var link = Self.link(targetPage: 0)
        #expect(link.source == 35_544)
        #expect(link.line == 1_234)
        #expect(link.targetPage == 0)
        link.targetPage = nil
        #expect(link.targetPage == nil)
        link.targetPage = 35_000
        #expect(link.targetPage == 35_000)
    }

    @Test func aNegativeTargetPageIsNoPage() {
        #expect(Self.link(targetPage: -2).targetPage == nil)
        #expect(Self.link(targetPage: -2) == Self.link(targetPage: nil))
        var link = Self.link(targetPage: 3)
        link.targetPage = -7
        #expect(link == Self.link(targetPage: nil))
    }
}
