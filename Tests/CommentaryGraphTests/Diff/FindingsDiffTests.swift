import CommentaryGraph
import Testing

@Suite struct FindingsDiffTests {
    @Test func matchesFindingsWhoseLinesMoved() {
        let diff = FindingsDiff(before: DiffFixtures.before.findings, after: DiffFixtures.after.findings)
        let findings = DiffFixtures.findings
        #expect(diff.fixed == [findings[2]])
        #expect(diff.unchanged.map(\.rule) == ["orphan-page", "text-target-mismatch", "dangling-link"])
        #expect(diff.unchanged.first { $0.rule == "dangling-link" }?.line == 144)
        #expect(diff.new.map(\.rule) == ["text-target-mismatch", "missing-deeper"])
        #expect(diff.new.first?.line == 150)
        #expect(diff.newErrors.map(\.rule) == ["text-target-mismatch"])
    }

    @Test func equalKeysPairOneToOne() {
        let finding = DiffFixtures.findings[0]
        var second = finding
        second.line = 200
        let grown = FindingsDiff(before: [finding], after: [finding, second])
        #expect(grown.unchanged == [finding])
        #expect(grown.new == [second])
        let shrunk = FindingsDiff(before: [finding, second], after: [second])
        #expect(shrunk.unchanged == [second])
        #expect(shrunk.fixed == [second])
        #expect(shrunk.new.isEmpty)
    }

    @Test func identicalRunsChangeNothing() {
        let diff = FindingsDiff(before: DiffFixtures.findings, after: DiffFixtures.findings.reversed())
        #expect(diff.new.isEmpty)
        #expect(diff.fixed.isEmpty)
        #expect(diff.unchanged == DiffFixtures.findings.sorted())
    }
}
