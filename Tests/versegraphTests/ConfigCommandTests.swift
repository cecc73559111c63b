import Foundation
import Testing

/// `versegraph.yml` as users write it, through `--config`.
@Suite("versegraph.yml")
struct ConfigCommandTests {
    func withConfig(_ yaml: String, _ arguments: [String]) throws -> VersegraphBinary.Run {
        let file = VersegraphBinary.temporaryFile("yml")
        try Data(yaml.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try VersegraphBinary.run(arguments + ["--config", file.path])
    }

    @Test func rulesCanBeTurnedOffOrDemotedAndURLsIgnored() throws {
        let run = try withConfig(
            """
            rules:
              orphan-page: off
              deeper-not-covering: warning
              invalid-reference: note
            ignore:
              urls: ["/en/commentary/num+*"]
              files: ["**/exo+32:4"]
            """, ["check", "--format", "json", "-q"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let rules = findings.map { "\($0["rule"] ?? "") \($0["severity"] ?? "")" }
        #expect(rules == ["invalid-reference note", "deeper-not-covering warning", "missing-deeper warning"])
        #expect(run.status == 0, "no error is left")
        let strict = try withConfig("rules:\n  orphan-page: off\n", ["check", "--strict", "-q"])
        #expect(strict.status == 1)
    }

    @Test func anotherSitesHeadingsComeFromTheProfile() throws {
        let out = VersegraphBinary.temporaryFile("graphs")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try withConfig(
            """
            site:
              preset: thebiblesays
              deeper_headings: ["No such heading"]
            """, ["build", "--out", out.path, "--svg", "never"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("47 pages read; 48 nodes, 140 edges"), "only related links are left: \(run.stderr)")
    }

    @Test func aBrokenConfigurationIsAUsageErrorNamingTheLine() throws {
        let run = try withConfig("rules:\n  orphan-page: loud\n", ["check"])
        #expect(run.status == 64)
        #expect(run.stderr.hasSuffix(".yml:2: rules.orphan-page: expected off, error, warning or note, found \"loud\"\n"))
    }
}
