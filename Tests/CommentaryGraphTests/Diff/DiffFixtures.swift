import CommentaryGraph

/// Two runs for the diff tests: findings that move, go and come, and Ruth's coverage that
/// grows by Ruth 1:6-2:3 (across a chapter end) and loses Ruth 3:18.
enum DiffFixtures {
    static let findings = CheckFixtures.findings

    /// The old run: the fixture findings.
    static let before = CheckReport(findings: findings, rules: [], pagesChecked: 5)

    /// The new run: the dangling link moved three lines down, the self-link is fixed, the note
    /// stays, and a second copy of the mismatch and a new warning appear.
    static let after: CheckReport = {
        var moved = findings[0]
        moved.line += 3
        let newWarning = Finding(
            rule: "missing-deeper", severity: .warning, file: "site/en/synopsis/exo+32:9", line: 127,
            source: "Exod.32.9", target: nil, message: "no Deeper Commentary section")
        var copy = findings[1]
        copy.line = 150
        return CheckReport(findings: [moved, findings[1], copy, findings[3], newWarning], rules: [], pagesChecked: 5)
    }()

    static let oldCoverage = CoverageReport(
        nodes: [
            CoverageFixtures.node("Ruth 1:1-5", [.commentary]), CoverageFixtures.node("Ruth 3", [.commentary]),
            CoverageFixtures.node("2 John 1-3", [.synopsis]),
        ],
        scope: .books([CoverageFixtures.book("Ruth"), CoverageFixtures.book("2John")]), versification: .kjv)

    static let newCoverage = CoverageReport(
        nodes: [
            CoverageFixtures.node("Ruth 1:1-2:3", [.commentary]), CoverageFixtures.node("Ruth 3:1-17", [.commentary]),
            CoverageFixtures.node("2 John 1-3", [.synopsis]),
        ],
        scope: .books([CoverageFixtures.book("Ruth"), CoverageFixtures.book("2John")]), versification: .kjv)

    static var diff: ReportDiff {
        get throws {
            ReportDiff(
                findings: FindingsDiff(before: before.findings, after: after.findings),
                coverage: try CoverageDiff(
                    before: CoverageSnapshot(report: oldCoverage), after: CoverageSnapshot(report: newCoverage)))
        }
    }
}
