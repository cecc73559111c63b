import Scripture
import Testing

@testable import CommentaryGraph

@Suite struct VersegraphConfigTests {
    @Test func readsEverySection() throws {
        let config = try VersegraphConfig(
            yaml: """
                site:
                  name: Example Commentary
                  hosts: [example.org, www.example.net]
                  passage_urls: ["/verse/{book}/{chapter}/{verse}", "/passage/{book}/{chapter}/{verse}-{end}"]
                  book_codes: osis
                  ignored_containers: [nav]
                  deeper_headings: ["Go deeper"]
                  related_headings: ["See also", "More"]
                  synopsis_paths: [/verse/]
                  commentary_paths: [/passage/]
                base_url: https://example.org
                versification: rsv
                rules:
                  orphan-page: off
                  missing-deeper: error
                ignore:
                  files: ["drafts/**"]
                  urls: ["/en/commentary/num+*"]
                """, source: "versegraph.yml")
        #expect(config.profile.name == "Example Commentary")
        #expect(config.profile.hosts == ["example.org", "www.example.net"])
        #expect(config.profile.deeperHeadings == ["Go deeper"])
        #expect(config.profile.relatedHeadings == ["See also", "More"])
        #expect(config.profile.synopsisPathPrefixes == ["/verse/"])
        #expect(config.profile.commentaryPathPrefixes == ["/passage/"])
        #expect(config.profile.ignoredContainers == ["nav"])
        #expect(config.profile.ignoredLinkPatterns.isEmpty, "a profile without a preset inherits nothing")
        #expect(config.profile.bookCodes == .osis)
        #expect(config.baseURL == "https://example.org")
        #expect(config.versification == .rsv)
        #expect(config.rules == ["orphan-page": "off", "missing-deeper": "error"])
        #expect(config.ignoredFiles == ["drafts/**"])
        #expect(config.ignoredURLs == ["/en/commentary/num+*"])
    }

    @Test func anEmptyFileIsTheBuiltInConfiguration() throws {
        #expect(try VersegraphConfig(yaml: "", source: "x.yml") == VersegraphConfig())
    }

    @Test(arguments: [
        ("sites:\n  name: x\n", "x.yml:1: sites: unknown key; expected site, base_url, versification, rules or ignore"),
        ("rules:\n  orphan-page: loud\n", "x.yml:2: rules.orphan-page: expected off, error, warning or note, found \"loud\""),
        ("versification: nrsv\n", "x.yml:1: versification: expected kjv or rsv, found \"nrsv\""),
        ("ignore:\n  files: {a: b}\n", "x.yml:2: ignore.files: expected a list of values"),
        (
            "rules:\n  dangling-links: off\n",
            "x.yml:2: rules.dangling-links: unknown rule; expected one of dangling-link, text-target-mismatch, invalid-reference, deeper-not-covering, duplicate-page, missing-deeper, self-link, unparsed-page, orphan-page"
        ),
    ])
    func mistakesNameTheFileLineAndKey(yaml: String, message: String) {
        #expect(throws: (any Error).self) { try VersegraphConfig(yaml: yaml, source: "x.yml") }
        do {
            _ = try VersegraphConfig(yaml: yaml, source: "x.yml")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func invalidYAMLIsReported() {
        do {
            _ = try VersegraphConfig(yaml: "site: [unclosed", source: "bad.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("bad.yml: not valid YAML"))
        }
    }
}
