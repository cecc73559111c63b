import Scripture
import Testing

@testable import CommentaryGraph

/// The `site:` block of versegraph.yml: a preset with keys on top, or a whole profile.
@Suite struct SiteConfigTests {
    func message(_ yaml: String) -> String? {
        do {
            _ = try VersegraphConfig(yaml: yaml, source: "x.yml")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aPresetIsTheBuiltInProfileWithTheKeysGivenOnTop() throws {
        let config = try VersegraphConfig(
            yaml: "site:\n  preset: thebiblesays\n  related_headings: [See also]\n", source: "x.yml")
        var expected = SiteProfile.theBibleSays
        expected.relatedHeadings = ["See also"]
        #expect(config.profile == expected)
        #expect(try VersegraphConfig(yaml: "site: {preset: TheBibleSays}", source: "x.yml").profile == .theBibleSays)
    }

    @Test func aWholeProfileStartsFromNothing() throws {
        let config = try VersegraphConfig(
            yaml: """
                site:
                  name: Example
                  hosts: [Example.org]
                  passage_urls: ["/v/{book}/{chapter}/{verse}"]
                  book_codes: {gn: Gen, EX: Exod}
                  deeper_headings: [Go deeper]
                  related_headings: [See also]
                """, source: "x.yml")
        let profile = config.profile
        #expect(profile.name == "Example")
        #expect(profile.hosts == ["example.org"])
        #expect(profile.passageURLs.map(\.text) == ["/v/{book}/{chapter}/{verse}"])
        #expect(profile.bookCodes == .table(["gn": try #require(Book(osisID: "Gen")), "ex": try #require(Book(osisID: "Exod"))]))
        #expect(profile.ignoredContainers.isEmpty && profile.ignoredLinkPatterns.isEmpty && profile.titlePatterns.isEmpty)
        #expect(profile.synopsisPathPrefixes.isEmpty && profile.commentaryPathPrefixes.isEmpty)
    }

    @Test(arguments: [
        (
            "base_url: x\nsite:\n  name: Example\n",
            "x.yml:2: site: missing required key hosts (a profile without a preset starts from nothing; or start from a built-in one with preset: thebiblesays)"
        ),
        ("site:\n  preset: bibleref\n", "x.yml:2: site.preset: unknown profile \"bibleref\"; expected one of thebiblesays"),
        (
            "site:\n  preset: thebiblesays\n  passage_urls:\n    - /a/{book}/{chapter}\n    - /b/{chapter}\n",
            "x.yml:5: site.passage_urls: \"/b/{chapter}\": {book} is missing"
        ),
        (
            "site:\n  preset: thebiblesays\n  book_codes: latin\n",
            "x.yml:3: site.book_codes: expected usfm, osis, english or a mapping of codes to OSIS book ids, found \"latin\""
        ),
        (
            "site:\n  preset: thebiblesays\n  book_codes:\n    ex: Exodus\n",
            "x.yml:4: site.book_codes.ex: \"Exodus\" is not an OSIS book id (Gen, Exod, 1John, …)"
        ),
        (
            "site:\n  preset: thebiblesays\n  title_patterns: [\"{passage} and {passage}\"]\n",
            "x.yml:3: site.title_patterns: \"{passage} and {passage}\": a title pattern needs {passage} exactly once"
        ),
        (
            "site:\n  colour: red\n",
            "x.yml:2: site.colour: unknown key; expected preset, name, hosts, passage_urls, book_codes, deeper_headings, related_headings, synopsis_paths, commentary_paths, title_patterns, ignored_containers, ignored_links"
        ),
    ])
    func mistakesNameTheFileLineAndKey(yaml: String, expected: String) {
        #expect(message(yaml) == expected)
    }

    @Test func everyBuiltInProfilePrintsAsASiteBlockThatReadsBack() throws {
        for (name, profile) in SiteProfile.builtIn {
            let config = try VersegraphConfig(yaml: profile.yaml, source: name)
            #expect(config.profile == profile, "\(name)")
        }
        var table = SiteProfile.theBibleSays
        table.bookCodes = .table(["ex": try #require(Book(osisID: "Exod"))])
        table.titlePatterns = [try TitlePattern("{passage} \"meaning\"")]
        #expect(try VersegraphConfig(yaml: table.yaml, source: "t").profile == table)
    }

    @Test func theBuiltInProfileReadsTheBibleSaysURLs() throws {
        #expect(SiteProfile.builtIn(named: "THEBIBLESAYS") == .theBibleSays)
        #expect(SiteProfile.builtIn(named: "other") == nil)
        #expect(
            SiteProfile.theBibleSays.yaml.hasPrefix(
                """
                site:
                  name: "TheBibleSays"
                  hosts: ["thebiblesays.com", "thebiblesays.app"]
                  passage_urls:
                    - "/en/synopsis/{book}+{chapter}:{verse}"
                """))
    }
}
