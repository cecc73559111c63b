/// JUnit XML for CI test reports (GitLab, Jenkins, Azure DevOps, test-reporter actions): one
/// test case per rule that ran, so a report reads "9 tests, 2 failures".
///
/// ```xml
/// <testsuites name="versegraph" tests="9" failures="1" errors="0">
///   <testsuite name="versegraph check" tests="9" failures="1" errors="0" skipped="0">
///     <testcase name="dangling-link" classname="versegraph.check">
///       <failure message="1 finding" type="error">en/synopsis/exo+32:10:141: related link …</failure>
///     </testcase>
///     <testcase name="orphan-page" classname="versegraph.check">
///       <system-out>note: en/commentary/exo+25:31:1: no other page links to this commentary</system-out>
///     </testcase>
///   </testsuite>
/// </testsuites>
/// ```
///
/// A rule's case fails only for its errors, as the run does without `--strict`: a red test
/// that does not fail the job would teach readers to ignore red tests. Warnings and notes
/// are listed in the case's `<system-out>` with their severity, so nothing is hidden. Inside
/// `<failure>` and `<system-out>` each finding is one line, `file:line: message`.
public struct JUnitCheckFormatter: CheckFormatter {
    /// A JUnit formatter.
    public init() {}

    /// The XML document, ending with a newline.
    public func format(_ report: CheckReport) -> String {
        let byRule = Dictionary(grouping: report.findings, by: \.rule)
        // Rules that ran, then (for hand-made reports) any rule with findings that was not listed.
        let listed = report.rules.map(\.id)
        let ruleIDs = listed + Set(byRule.keys).subtracting(listed).sorted()
        let failures = ruleIDs.filter { id in byRule[id, default: []].contains { $0.severity == .error } }.count
        let counts = "tests=\"\(ruleIDs.count)\" failures=\"\(failures)\" errors=\"0\""
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<testsuites name=\"versegraph\" \(counts)>",
            "  <testsuite name=\"versegraph check\" \(counts) skipped=\"0\">",
        ]
        for id in ruleIDs {
            lines += testCase(id, findings: byRule[id, default: []])
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private func testCase(_ id: String, findings: [Finding]) -> [String] {
        let open = "    <testcase name=\"\(escaped(id))\" classname=\"versegraph.check\""
        guard !findings.isEmpty else { return [open + "/>"] }
        let errors = findings.filter { $0.severity == .error }
        let others = findings.filter { $0.severity != .error }
        var lines = [open + ">"]
        if !errors.isEmpty {
            let message = CheckWording.counted(errors.count, "finding")
            let body = errors.map { escaped(line($0)) }.joined(separator: "\n")
            lines.append("      <failure message=\"\(message)\" type=\"error\">\(body)</failure>")
        }
        if !others.isEmpty {
            let body = others.map { escaped("\($0.severity.rawValue): " + line($0)) }.joined(separator: "\n")
            lines.append("      <system-out>\(body)</system-out>")
        }
        lines.append("    </testcase>")
        return lines
    }

    /// `file:line: message`, a message's own line breaks indented so each finding starts a line.
    private func line(_ finding: Finding) -> String {
        "\(finding.file):\(finding.line): \(CheckWording.indentingContinuations(finding.message))"
    }

    /// XML escaping, shared with GraphML so both refuse the same characters XML 1.0 forbids.
    private func escaped(_ text: String) -> String { Markup.escaped(text) }
}
