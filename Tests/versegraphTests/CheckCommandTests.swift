import Foundation
import Testing

/// `versegraph check` on the sample corpus `Inputs/`, whose deliberate defects are listed in
/// `Inputs/README.md`.
@Suite("versegraph check")
struct CheckCommandTests {
    /// The README's defects that `check` can see (defect 3, a Windows-1252 page, is decoded
    /// correctly and is no finding): rule, file under `Inputs/thebiblesays.com/`, line, severity.
    static let knownDefects: Set<String> = [
        "dangling-link en/synopsis/exo+32:10 141 error",
        "text-target-mismatch en/synopsis/exo+32:4 140 error",
        "invalid-reference en/commentary/exo+32:21 141 error",
        "deeper-not-covering en/synopsis/exo+32:25 136 error",
        "missing-deeper en/synopsis/exo+32:9 127 warning",
        "orphan-page en/commentary/exo+25:31 127 note",
    ]

    @Test func textReportOfTheSampleCorpus() throws {
        let run = try VersegraphBinary.run(["check"])
        #expect(run.status == 1)
        #expect(
            run.stdout == """
                Inputs/thebiblesays.com/en/commentary/exo+25:31:127:1: note: [orphan-page] no other page links to this commentary
                Inputs/thebiblesays.com/en/commentary/exo+32:21:141:1: error: [invalid-reference] link text “Exodus 32:36-40 meaning”: verse 36 does not exist: Exodus 32 has 35 verses
                Inputs/thebiblesays.com/en/synopsis/exo+32:10:141:1: error: [dangling-link] related link “Numbers 14:11-19 meaning” leads to https://thebiblesays.com/en/commentary/num+14:11, which is not in the corpus
                Inputs/thebiblesays.com/en/synopsis/exo+32:25:136:1: error: [deeper-not-covering] the Deeper Commentary link leads to Exodus 32:15-20, which does not hold Exodus 32:25
                Inputs/thebiblesays.com/en/synopsis/exo+32:4:140:1: error: [text-target-mismatch] link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:7-14
                Inputs/thebiblesays.com/en/synopsis/exo+32:9:127:1: warning: [missing-deeper] no Deeper Commentary section, though the commentary on Exodus 32:7-14 holds Exodus 32:9
                4 errors, 1 warning, 1 note in 47 pages

                """)
    }

    @Test func jsonListsExactlyTheKnownDefects() throws {
        let run = try VersegraphBinary.run(["check", "--format", "json"])
        #expect(run.status == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        let prefix = "Inputs/thebiblesays.com/"
        let found = Set(
            findings.map { finding in
                let file = (finding["file"] as? String) ?? ""
                return [
                    finding["rule"] as? String ?? "", file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file,
                    "\(finding["line"] as? Int ?? 0)", finding["severity"] as? String ?? "",
                ].joined(separator: " ")
            })
        #expect(found == Self.knownDefects)
        #expect(findings.count == Self.knownDefects.count)
        var summary = try #require(root["summary"] as? [String: Any])
        let files = try #require(summary.removeValue(forKey: "files") as? [String: Any])
        #expect(summary as? [String: Int] == ["errors": 4, "warnings": 1, "notes": 1, "pages": 47])
        #expect(files["found"] as? Int == 47 && files["read"] as? Int == 47)
        #expect(run.stderr.contains("47 pages read; 4 errors, 1 warning, 1 note"))
    }

    @Test func aBaselineOfTheSameRunLeavesNothing() throws {
        let baseline = VersegraphBinary.temporaryFile("json")
        defer { try? FileManager.default.removeItem(at: baseline) }
        let first = try VersegraphBinary.run(["check", "--format", "json", "-o", baseline.path])
        #expect(first.status == 1)
        #expect(first.stdout.isEmpty)
        let second = try VersegraphBinary.run(["check", "--baseline", baseline.path])
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(second.stdout == "no problems found in 47 pages\n")
        #expect(second.stderr.contains("6 findings already in \(baseline.path) were left out"))
    }

    /// Errors fail a run; warnings only under `--strict`; notes never.
    @Test func strictFailsOnWarningsButNeverOnNotes() throws {
        let errorsOnly = try baseline(keeping: ["error"])
        let errorsAndWarnings = try baseline(keeping: ["error", "warning"])
        defer {
            try? FileManager.default.removeItem(at: errorsOnly)
            try? FileManager.default.removeItem(at: errorsAndWarnings)
        }
        #expect(try VersegraphBinary.run(["check", "-q", "--baseline", errorsOnly.path]).status == 0)
        #expect(try VersegraphBinary.run(["check", "-q", "--strict", "--baseline", errorsOnly.path]).status == 1)
        #expect(try VersegraphBinary.run(["check", "-q", "--strict", "--baseline", errorsAndWarnings.path]).status == 0)
        #expect(try VersegraphBinary.run(["check", "-q", "--strict"]).status == 1)
    }

    @Test func usageErrorsExit64() throws {
        let unknown = try VersegraphBinary.run(["check", "--format", "yaml"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'text', 'json', 'sarif', 'github' or 'junit'"))
        let missing = try VersegraphBinary.run(["check", "--baseline", "/nonexistent/baseline.json"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("/nonexistent/baseline.json: cannot read the baseline"))
        #expect(try VersegraphBinary.run(["check", "/nonexistent/pages"]).status == 64)
    }

    @Test func everyFormatWritesItsFile() throws {
        for (format, start) in [("sarif", "{"), ("github", "::notice file="), ("junit", "<?xml"), ("json", "{")] {
            let output = VersegraphBinary.temporaryFile(format)
            defer { try? FileManager.default.removeItem(at: output) }
            let run = try VersegraphBinary.run(["check", "-q", "--format", format, "-o", output.path])
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty && run.stderr.isEmpty)
            #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix(start), "\(format)")
        }
    }

    @Test func helpListsCheckAfterCoverage() throws {
        let help = try VersegraphBinary.run(["--help"]).stdout
        let coverage = try #require(help.range(of: "  coverage "))
        let check = try #require(help.range(of: "  check "))
        let export = try #require(help.range(of: "  export "))
        #expect(coverage.lowerBound < check.lowerBound && check.lowerBound < export.lowerBound)
    }

    /// The json report of `Inputs/` with only the findings of `severities`, as a file.
    private func baseline(keeping severities: Set<String>) throws -> URL {
        let run = try VersegraphBinary.run(["check", "-q", "--format", "json"])
        var root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        root["findings"] = findings.filter { severities.contains($0["severity"] as? String ?? "") }
        let url = VersegraphBinary.temporaryFile("json")
        try JSONSerialization.data(withJSONObject: root).write(to: url)
        return url
    }
}
