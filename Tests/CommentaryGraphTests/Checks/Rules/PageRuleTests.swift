import Testing

@testable import CommentaryGraph

@Suite struct PageRuleTests {
    typealias F = PageFixtures

    @Test func duplicatePageFiresForTheSameURLOrTheSamePassage() {
        let first = F.page("Exodus 32:31 meaning", at: "/en/synopsis/exo+32:31")
        let copy = F.page(
            "Exodus 32:31 meaning", at: "/en/synopsis/exo+32:31", file: "www.thebiblesays.com/en/synopsis/exo+32:31")
        let sameVerse = F.page("Exodus 32:31 meaning", at: "/en/synopsis/exo+32:31-b")
        let found = F.findings(DuplicatePageRule(), [first, copy, sameVerse])
        #expect(found.count == 2)
        #expect(
            found.contains { $0.file == "www.thebiblesays.com/en/synopsis/exo+32:31" && $0.message.hasPrefix("the same page as") }
        )
        #expect(found.contains { $0.message.hasPrefix("another synopsis page claims Exodus 32:31") })
        #expect(F.findings(DuplicatePageRule(), [first, F.commentary3035]).isEmpty)
    }

    @Test func missingDeeperFiresWhenACommentaryHoldsTheVerse() {
        let without = F.page(
            "Exodus 32:31 meaning", at: "/en/synopsis/exo+32:31",
            links: [
                F.link(.related, "Exodus 32:15-20 meaning", "/en/commentary/exo+32:15")
            ])
        let uncovered = F.page("Exodus 33:1 meaning", at: "/en/synopsis/exo+33:1")
        let with = F.page(
            "Exodus 32:30 meaning", at: "/en/synopsis/exo+32:30",
            links: [
                F.link(.deeper, "Exodus 32:30-35 meaning", "/en/commentary/exo+32:30")
            ])
        let found = F.findings(MissingDeeperRule(), [without, uncovered, with, F.commentary3035, F.commentary1520])
        #expect(found.map(\.source) == ["Exod.32.31"])
        #expect(found.first?.target == nil)
        #expect(
            found.first?.message == "no Deeper Commentary section, though the commentary on Exodus 32:30-35 holds Exodus 32:31")
    }

    @Test func unparsedPageFiresWithoutAPassage() {
        let page = F.page("Select Language", at: "/en/about")
        let found = F.findings(UnparsedPageRule(), [page, F.commentary3035])
        #expect(found.count == 1)
        #expect(found.first?.source == nil)
        #expect(found.first?.message == "no Bible passage found in the page's h1, og:title or title (title: “Select Language”)")
    }

    @Test func orphanPageFiresForAnUnlinkedCommentary() {
        let linking = F.page(
            "Exodus 32:31 meaning", at: "/en/synopsis/exo+32:31",
            links: [
                F.link(.deeper, "Exodus 32:30-35 meaning", "/en/commentary/exo+32:30")
            ])
        let found = F.findings(OrphanPageRule(), [linking, F.commentary3035, F.commentary1520])
        #expect(found.map(\.source) == ["Exod.32.15-Exod.32.20"])
        #expect(found.first?.severity == .note)
    }

    @Test func theCheckerAppliesSeveritiesAndIgnores() throws {
        var config = VersegraphConfig()
        config.rules = ["orphan-page": "off", "dangling-link": "warning"]
        config.ignoredURLs = ["/en/commentary/lev+*"]
        let page = F.page(
            "Exodus 32:31 meaning", at: "/en/synopsis/exo+32:31",
            links: [
                F.link(.related, "Numbers 14:11-19 meaning", "/en/commentary/num+14:11", line: 6),
                F.link(.related, "Leviticus 1:1-5 meaning", "/en/commentary/lev+1:1", line: 7),
            ])
        let report = IntegrityChecker(config: config).check(Corpus(pages: [page, F.commentary3035], versification: .kjv))
        #expect(!report.rules.contains { $0.id == "orphan-page" })
        #expect(report.rules.first { $0.id == "dangling-link" }?.defaultSeverity == .warning)
        let dangling = report.findings.filter { $0.rule == "dangling-link" }
        #expect(dangling.map(\.line) == [6])
        #expect(dangling.first?.severity == .warning)
        #expect(!report.findings.contains { $0.rule == "orphan-page" })
    }
}
