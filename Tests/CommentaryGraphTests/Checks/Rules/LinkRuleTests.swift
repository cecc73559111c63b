import Testing

@testable import CommentaryGraph

@Suite struct LinkRuleTests {
    typealias F = PageFixtures

    @Test func danglingLinkFiresForAMissingPageOfTheSiteOnly() {
        let page = F.page(
            "Exodus 32:31 meaning", at: "/en/synopsis/exo+32:31",
            links: [
                F.link(.deeper, "Exodus 32:30-35 meaning", "/en/commentary/exo+32:30", line: 5),
                F.link(.related, "Numbers 14:11-19 meaning", "https://www.thebiblesays.com/en/commentary/num+14:11", line: 6),
                F.link(.related, "Elsewhere", "https://example.org/numbers-14", line: 7),
            ])
        let found = F.findings(DanglingLinkRule(), [page, F.commentary3035])
        #expect(found.map(\.line) == [6])
        #expect(found.first?.target == "Num.14.11-Num.14.19")
        #expect(found.first?.source == "Exod.32.31")
        #expect(found.first?.severity == .error)
        #expect(
            found.first?.message
                == "related link “Numbers 14:11-19 meaning” leads to https://thebiblesays.com/en/commentary/num+14:11, which is not in the corpus"
        )
        #expect(
            F.findings(
                DanglingLinkRule(),
                [F.page("Exodus 32:31", at: "/en/synopsis/exo+32:31", links: [page.links[0]]), F.commentary3035]
            ).isEmpty)
    }

    @Test func textTargetMismatchComparesTheTextWithTheTargetPage() {
        let page = F.page(
            "Exodus 32:4 meaning", at: "/en/synopsis/exo+32:4",
            links: [
                F.link(.related, "Exodus 32:15-20 meaning", "/en/commentary/exo+32:30", line: 8),
                F.link(.related, "Exodus 32:30-35 meaning", "/en/commentary/exo+32:30", line: 9),
            ])
        let found = F.findings(TextTargetMismatchRule(), [page, F.commentary3035])
        #expect(found.map(\.line) == [8])
        #expect(found.first?.target == "Exod.32.30-Exod.32.35")
        #expect(found.first?.message == "link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:30-35")
    }

    @Test func textTargetMismatchUsesTheURLWhenThePageIsMissing() {
        let page = F.page(
            "Exodus 32:4 meaning", at: "/en/synopsis/exo+32:4",
            links: [
                F.link(.related, "Exodus 32:7-14 meaning", "/en/commentary/exo+32:15", line: 3),
                F.link(.related, "Exodus 32:15-20 meaning", "/en/commentary/exo+32:15", line: 4),
                F.link(.related, "Exodus 32:5 meaning", "/en/synopsis/exo+32:6", line: 5),
            ])
        let found = F.findings(TextTargetMismatchRule(), [page])
        #expect(found.map(\.line) == [3, 5])
    }

    @Test func aCommentaryURLWithARangeNamesTheWholeRange() {
        let page = F.page(
            "Exodus 32:4 meaning", at: "/en/synopsis/exo+32:4",
            links: [
                F.link(.related, "Exodus 32:30-34 meaning", "/en/commentary/exo+32:30-35", line: 3),
                F.link(.related, "Exodus 32:30-35 meaning", "/en/commentary/exo+32:30-35", line: 4),
                F.link(.related, "Exodus 32:30-34 meaning", "/en/commentary/exo+32:30", line: 5),
            ])
        let found = F.findings(TextTargetMismatchRule(), [page])
        #expect(found.map(\.line) == [3])
        #expect(found.first?.message == "link text names Exodus 32:30-34 but the link leads to the page of Exodus 32:30-35")
    }

    @Test func invalidReferenceFiresForLinkTextsAndTitles() {
        let page = F.page(
            "Exodus 32:31 meaning", at: "/en/synopsis/exo+32:31",
            links: [
                F.link(.related, "Exodus 32:36-40 meaning", "/en/commentary/exo+32:30", line: 12),
                F.link(.related, "Exodus 32:30-35 meaning", "/en/commentary/exo+32:30", line: 13),
            ])
        let badTitle = F.page("Exodus 41:2 meaning", at: "/en/synopsis/exo+41:2")
        let found = F.findings(InvalidReferenceRule(), [page, badTitle, F.commentary3035])
        #expect(found.count == 2)
        #expect(
            found.contains {
                $0.line == 12
                    && $0.message == "link text “Exodus 32:36-40 meaning”: verse 36 does not exist: Exodus 32 has 35 verses"
            })
        #expect(
            found.contains {
                $0.line == 1 && $0.target == nil && $0.message.hasSuffix("chapter 41 does not exist: Exodus has 40 chapters")
            })
        #expect(F.findings(InvalidReferenceRule(), [F.commentary3035]).isEmpty)
    }

    @Test func deeperNotCoveringFiresWhenTheDeeperPassageMissesTheVerse() {
        let wrong = F.page(
            "Exodus 32:25 meaning", at: "/en/synopsis/exo+32:25",
            links: [
                F.link(.deeper, "Exodus 32:15-20 meaning", "/en/commentary/exo+32:15", line: 7),
                F.link(.related, "Exodus 32:15-20 meaning", "/en/commentary/exo+32:15", line: 8),
            ])
        let right = F.page(
            "Exodus 32:31 meaning", at: "/en/synopsis/exo+32:31",
            links: [
                F.link(.deeper, "Exodus 32:30-35 meaning", "/en/commentary/exo+32:30", line: 7)
            ])
        let found = F.findings(DeeperNotCoveringRule(), [wrong, right, F.commentary1520, F.commentary3035])
        #expect(found.map(\.file) == ["Inputs/thebiblesays.com/en/synopsis/exo+32:25"])
        #expect(found.first?.message == "the Deeper Commentary link leads to Exodus 32:15-20, which does not hold Exodus 32:25")
    }

    @Test func selfLinkFiresForALinkBackToThePage() {
        let page = F.page(
            "Exodus 32:30-35 meaning", at: "/en/commentary/exo+32:30",
            links: [
                F.link(.related, "Exodus 32:30-35 meaning", "https://thebiblesays.app/en/commentary/exo%2B32%3A30/", line: 4),
                F.link(.related, "Exodus 32:15-20 meaning", "/en/commentary/exo+32:15", line: 5),
            ])
        let found = F.findings(SelfLinkRule(), [page, F.commentary1520])
        #expect(found.map(\.line) == [4])
        #expect(found.first?.severity == .warning)
        #expect(F.findings(SelfLinkRule(), [F.commentary1520]).isEmpty)
    }
}
