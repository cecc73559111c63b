import Foundation
import Testing

/// `versegraph diff` between `Graphs/` (the sample corpus) and a build of the sample corpus
/// without two pages: the synopsis of Exodus 32:10 (its dangling link is fixed) and the
/// orphan commentary on Exodus 25:31-40 (its note is fixed, and its ten verses lose coverage).
@Suite("versegraph diff")
struct DiffCommandTests {
    /// A folder holding `Inputs/` without the two pages and `new/`, its build output.
    static let edited: URL = {
        let folder = VersegraphBinary.temporaryFile("diff")
        let inputs = folder.appendingPathComponent("Inputs")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(at: VersegraphBinary.root.appendingPathComponent("Inputs"), to: inputs)
        for page in ["synopsis/exo+32:10", "commentary/exo+25:31"] {
            try? FileManager.default.removeItem(at: inputs.appendingPathComponent("thebiblesays.com/en/" + page))
        }
        _ = try? VersegraphBinary.run(["build", "Inputs", "--out", "new", "--svg", "never", "-q"], in: folder)
        return folder
    }()

    static var new: String { edited.appendingPathComponent("new").path }

    @Test func textListsFixedFindingsAndLostVerses() throws {
        let run = try VersegraphBinary.run(["diff", "Graphs", Self.new])
        #expect(run.stderr == "")
        #expect(
            run.stdout == """
                findings: 0 new, 2 fixed, 4 unchanged
                - Inputs/thebiblesays.com/en/commentary/exo+25:31:127:1: note: [orphan-page] no other page links to this commentary
                - Inputs/thebiblesays.com/en/synopsis/exo+32:10:141:1: error: [dangling-link] related link “Numbers 14:11-19 meaning” leads to https://thebiblesays.com/en/commentary/num+14:11, which is not in the corpus
                coverage: 0.28% → 0.25% (-0.03)
                  Exodus  4.20% → 3.38% (-0.82)  lost Exod.25.31-Exod.25.40

                """)
        // Coverage fell: that fails by default and under coverage-drop, not under new-errors.
        #expect(run.status == 1)
        #expect(try VersegraphBinary.run(["diff", "Graphs", Self.new, "--fail-on", "coverage-drop"]).status == 1)
        #expect(try VersegraphBinary.run(["diff", "Graphs", Self.new, "--fail-on", "new-errors"]).status == 0)
    }

    @Test func theOtherWayRoundFindingsAreNewAndVersesGained() throws {
        let run = try VersegraphBinary.run(["diff", Self.new, "Graphs", "--format", "json", "--fail-on", "coverage-drop"])
        #expect(run.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [String: [[String: Any]]])
        #expect(findings["new"]?.compactMap { $0["rule"] as? String } == ["orphan-page", "dangling-link"])
        #expect(findings["new"]?.first?["line"] as? Int == 127)
        #expect(findings["fixed"]?.isEmpty == true)
        #expect(findings["unchanged"]?.count == 4)
        let coverage = try #require(root["coverage"] as? [String: Any])
        let books = try #require(coverage["books"] as? [[String: Any]])
        #expect(books.count == 66)
        let exodus = try #require(books.first { $0["book"] as? String == "Exod" })
        #expect(exodus["gained"] as? [String] == ["Exod.25.31-Exod.25.40"])
        #expect(exodus["lost"] as? [String] == [])
        #expect(run.stdout.contains(#""change": 0.82,"#))
        #expect(try VersegraphBinary.run(["diff", Self.new, "Graphs"]).status == 1)  // a new error
    }

    @Test func singleReportFilesCompare() throws {
        let run = try VersegraphBinary.run(["diff", "Graphs/check.json", Self.new + "/check.json", "--format", "markdown"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("### versegraph diff: findings 0 new, 2 fixed, 4 unchanged\n"))
        #expect(run.stdout.contains("| fixed | note | orphan-page |"))
        let coverage = try VersegraphBinary.run(["diff", "Graphs/coverage.json", "Graphs/coverage.json"])
        #expect(coverage.status == 0)
        #expect(coverage.stdout == "coverage: 0.28% → 0.28% (0.00)\n  no verse gained or lost\n")
    }

    @Test func unreadableOrUnlikeInputsAreUsageErrors() throws {
        let missing = try VersegraphBinary.run(["diff", "Graphs", "/nonexistent/run"])
        #expect(missing.status == 64)
        #expect(missing.stderr == "versegraph: error: /nonexistent/run: cannot read: no such file or folder\n")
        let unlike = try VersegraphBinary.run(["diff", "Graphs/check.json", "Graphs/coverage.json"])
        #expect(unlike.status == 64)
        #expect(unlike.stderr.contains("has only a check report but Graphs/coverage.json has only a coverage report"))
        let notAReport = try VersegraphBinary.run(["diff", "Graphs/graph.json", "Graphs/graph.json"])
        #expect(notAReport.status == 64)
        #expect(
            notAReport.stderr
                == "versegraph: error: Graphs/graph.json: not a versegraph check or coverage report (as --format json writes them)\n"
        )
        let empty = try VersegraphBinary.run(["diff", "Inputs", "Graphs"])
        #expect(empty.status == 64)
        #expect(empty.stderr.contains("Inputs: has neither check.json nor coverage.json"))
    }
}
