import Foundation
import Testing

/// `versegraph coverage` on the sample corpus.
@Suite("versegraph coverage")
struct CoverageCommandTests {
    @Test func textTableForOneBook() throws {
        let run = try VersegraphBinary.run(["coverage", "--scope", "Exod", "--kind", "synopsis"])
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                Book    Verses  Covered  Cover  Missing
                ---------------------------------------
                Exodus    1213       35  2.89%  1-31; 33-40
                ---------------------------------------
                TOTAL     1213       35  2.89%

                Largest gaps:
                  Exodus 1-31: 31 chapters, 906 verses, 0 pages
                  Exodus 33-40: 8 chapters, 272 verses, 0 pages

                """)
    }

    @Test func skipCoveredAndSortByCover() throws {
        let run = try VersegraphBinary.run(["coverage", "--scope", "Exod,Ruth,Rom", "--skip-covered", "--sort", "cover"])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").prefix(5).map { String($0.prefix(6)) }
        #expect(rows == ["Book  ", "------", "Ruth  ", "Romans", "Exodus"])
        let byName = try VersegraphBinary.run(["coverage", "--scope", "Ruth,Exod,Rom", "--sort", "name", "--format", "markdown"])
        let names = byName.stdout.split(separator: "\n").filter {
            $0.hasPrefix("| ") && !$0.hasPrefix("| Book") && !$0.hasPrefix("| :")
        }
        .map { $0.split(separator: "|")[0].trimmingCharacters(in: .whitespaces) }
        #expect(names.prefix(3) == ["Exodus", "Romans", "Ruth"])
        let wrong = try VersegraphBinary.run(["coverage", "--sort", "cover", "--format", "json"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--skip-covered and --sort apply to --format text and markdown only."))
    }

    @Test func shieldsBadgeAndCoberturaReport() throws {
        let badge = try VersegraphBinary.run(["coverage", "--scope", "Exod", "--format", "shields"])
        #expect(badge.status == 0)
        #expect(
            badge.stdout == """
                {
                  "color": "red",
                  "label": "verse coverage",
                  "message": "4.2 %",
                  "schemaVersion": 1
                }

                """)
        let xml = try VersegraphBinary.run(["coverage", "--scope", "Exod", "--format", "cobertura"])
        #expect(xml.status == 0)
        #expect(xml.stdout.contains(#"<coverage line-rate="0.0420" branch-rate="0" lines-covered="51" lines-valid="1213""#))
        #expect(xml.stdout.components(separatedBy: "<class ").count - 1 == 40)
        #expect(xml.stdout.components(separatedBy: "<line ").count - 1 == 1213)
    }

    @Test func failUnderExitsTwoBelowTheThresholdOnly() throws {
        let below = try VersegraphBinary.run(["coverage", "--scope", "Exod", "--fail-under", "4.21", "-q"])
        #expect(below.status == 2)
        #expect(below.stderr == "versegraph: total coverage 4.20% is below --fail-under 4.21%\n")
        let above = try VersegraphBinary.run(["coverage", "--scope", "Exod", "--fail-under", "4.2", "-q"])
        #expect(above.status == 0)
    }

    @Test func jsonTotalsForTheCanon() throws {
        let run = try VersegraphBinary.run(["coverage", "--format", "json", "-q"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["verses"] as? Int == 31_102)
        #expect(totals["covered"] as? Int == 88)
        #expect(run.stdout.contains("\"percent\": 0.28"))
        #expect((json["books"] as? [Any])?.count == 66)
    }

    @Test func lcovHasARecordPerChapter() throws {
        let run = try VersegraphBinary.run(["coverage", "--format", "lcov", "--scope", "Exod", "-q"])
        #expect(run.stdout.components(separatedBy: "end_of_record").count - 1 == 40)
        #expect(run.stdout.contains("SF:Exod/32\n"))
        #expect(run.stdout.contains("DA:31,2\n"), "Exodus 32:31 has a synopsis and a commentary page")
    }

    @Test func writesAFileWithOutput() throws {
        let out = VersegraphBinary.temporaryFile("html")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try VersegraphBinary.run(["coverage", "--format", "html", "-o", out.path, "-q"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let html = String(decoding: try Data(contentsOf: out), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>") || html.hasPrefix("<!doctype html>"))
    }

    @Test(arguments: [["--scope", "Hezekiah"], ["--fail-under", "120"], ["--kind", "sermon"]])
    func badValuesAreUsageErrors(arguments: [String]) throws {
        #expect(try VersegraphBinary.run(["coverage"] + arguments).status == 64)
    }
}
