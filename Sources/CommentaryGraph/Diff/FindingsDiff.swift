/// The findings of two check runs, matched as `--baseline` matches them: by
/// `Finding.baselineKey` (rule, file, source, target and message), so a finding whose line
/// moved is the same finding. Equal keys are paired one to one in report order, so a page
/// that gains a second copy of a broken link has one new finding.
public struct FindingsDiff: Sendable, Hashable {
    /// Findings of the new run that the old one did not have, sorted.
    public var new: [Finding]
    /// Findings of the old run that the new one no longer has, sorted (as the old run wrote them).
    public var fixed: [Finding]
    /// Findings of both runs, sorted, as the new run wrote them (with their new lines).
    public var unchanged: [Finding]

    /// Matches the findings of `before` (the old run) with those of `after`.
    public init(before: [Finding], after: [Finding]) {
        var waiting: [String: [Finding]] = [:]
        for finding in before.sorted().reversed() { waiting[finding.baselineKey, default: []].append(finding) }
        var new: [Finding] = []
        var unchanged: [Finding] = []
        for finding in after.sorted() {
            let key = finding.baselineKey
            if waiting[key]?.popLast() != nil {
                unchanged.append(finding)
            } else {
                new.append(finding)
            }
        }
        self.new = new
        self.unchanged = unchanged
        self.fixed = waiting.values.flatMap { $0 }.sorted()
    }

    /// The new findings that are errors: what `--fail-on new-errors` fails on.
    public var newErrors: [Finding] { new.filter { $0.severity == .error } }
}
