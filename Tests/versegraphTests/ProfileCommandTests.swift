import Foundation
import Testing

/// `versegraph profiles`, `versegraph profile check`, `--site`.
@Suite("profiles")
struct ProfileCommandTests {
    static let sites = "Tests/CommentaryGraphTests/Fixtures/sites"

    @Test func profilesListsTheBuiltInOnesAndPrintsOneWhole() throws {
        let list = try VersegraphBinary.run(["profiles"])
        #expect(list.status == 0)
        #expect(list.stdout == "thebiblesays\tTheBibleSays: thebiblesays.com, thebiblesays.app\n")
        let whole = try VersegraphBinary.run(["profiles", "thebiblesays"])
        #expect(whole.status == 0)
        #expect(whole.stdout.hasPrefix("site:\n  name: \"TheBibleSays\"\n"))
        #expect(whole.stdout.contains("  book_codes: usfm\n"))
        let unknown = try VersegraphBinary.run(["profiles", "nope"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown profile \"nope\"; expected one of thebiblesays"))
    }

    @Test func siteChoosesABuiltInProfileOverTheConfiguration() throws {
        let yaml = "site:\n  preset: thebiblesays\n  deeper_headings: [\"No such heading\"]\n"
        let configured = try ConfigCommandTests().withConfig(yaml, ["show", "Exodus 32:31", "-q"])
        let chosen = try ConfigCommandTests().withConfig(yaml, ["show", "Exodus 32:31", "--site", "thebiblesays", "-q"])
        let plain = try VersegraphBinary.run(["show", "Exodus 32:31", "-q"])
        #expect(chosen.status == 0)
        #expect(chosen.stdout == plain.stdout)
        #expect(configured.stdout != plain.stdout, "the configured profile reads no deeper links")
        let unknown = try VersegraphBinary.run(["check", "--site", "bibleref"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--site: unknown profile \"bibleref\"; expected one of thebiblesays."))
    }

    @Test func aSiteBlockWithoutAPresetMustBeWhole() throws {
        let run = try ConfigCommandTests().withConfig(
            "versification: kjv\nsite:\n  deeper_headings: [\"Go deeper\"]\n", ["coverage"])
        #expect(run.status == 64)
        #expect(run.stderr.contains(".yml:2: site: missing required key name (a profile without a preset starts from nothing"))
    }

    @Test func profileCheckExplainsHowAPageIsRead() throws {
        let run = try VersegraphBinary.run([
            "profile", "check", "\(Self.sites)/scripturenotes/pages/ex-32-32.html",
            "--config", "\(Self.sites)/scripturenotes/versegraph.yml",
        ])
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                page: Tests/CommentaryGraphTests/Fixtures/sites/scripturenotes/pages/ex-32-32.html
                url: https://scripturenotes.example/notes/verse.php?book=ex&chapter=32&verse=32 (from the canonical link)
                  names Exodus 32:32 by /notes/verse.php?book={book}&chapter={chapter}&verse={verse}
                passage: Exodus 32:32 (Exod.32.32), from the <title> "Notes on Exodus 32:32 | Scripture Notes" by the title pattern "Notes on {passage} | Scripture Notes"
                kind: synopsis (the URL path starts with /notes/verse.php)
                sections: deeper, related
                links: 2 of 2 are edges
                  line 15, deeper: "Exodus 32:7-14" -> /notes/passage.php?book=ex&chapter=32&verse=7&end=14
                    url https://scripturenotes.example/notes/passage.php?book=ex&chapter=32&verse=7&end=14: a commentary page, names Exodus 32:7-14 by /notes/passage.php?book={book}&chapter={chapter}&verse={verse}&end={end}
                    text names Exodus 32:7-14
                    edge to the page at the URL if the inputs have it, else to Exodus 32:7-14 (its text)
                  line 20, related: "Genesis 1:1" -> /notes/verse.php?book=gn&chapter=1&verse=2
                    url https://scripturenotes.example/notes/verse.php?book=gn&chapter=1&verse=2: a synopsis page, names Genesis 1:2 by /notes/verse.php?book={book}&chapter={chapter}&verse={verse}
                    text names Genesis 1:1
                    edge to the page at the URL if the inputs have it, else to Genesis 1:1 (its text)

                """)
    }

    @Test func profileCheckOfAMissingPageIsAUsageError() throws {
        let run = try VersegraphBinary.run(["profile", "check", "Inputs/no-such-page.html"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("versegraph: error: cannot read Inputs/no-such-page.html: "))
    }
}

/// The README's complete profile is the one the Scripture Notes sample site is read with, and
/// its `profile check` example is what the command prints.
@Suite("README site profile")
struct ReadmeProfileTests {
    @Test func theCompleteProfileIsTheSampleSites() throws {
        let readme = try String(contentsOf: VersegraphBinary.root.appendingPathComponent("README.md"), encoding: .utf8)
        let file = VersegraphBinary.root.appendingPathComponent(
            "\(ProfileCommandTests.sites)/scripturenotes/versegraph.yml")
        let profile = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .drop { $0.hasPrefix("#") }.joined(separator: "\n")
        #expect(readme.contains("\n```yaml\n" + profile + "```\n"))
        let run = try VersegraphBinary.run([
            "profile", "check", "\(ProfileCommandTests.sites)/scripturenotes/pages/ex-32-32.html",
            "--config", "\(ProfileCommandTests.sites)/scripturenotes/versegraph.yml",
        ])
        let shown = run.stdout.split(separator: "\n").prefix(11).joined(separator: "\n")
        #expect(readme.contains("versegraph.yml\n" + shown + "\n  …\n```\n"))
    }
}
