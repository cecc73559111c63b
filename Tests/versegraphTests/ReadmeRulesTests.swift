import CommentaryGraph
import Foundation
import Testing

/// SARIF's `helpUri` points at a README section per rule, with the same text as its
/// `fullDescription`: the two must not drift apart.
@Suite("README rule sections")
struct ReadmeRulesTests {
    @Test func everyRuleHasItsSectionWithTheFullDescription() throws {
        let readme = try String(contentsOf: VersegraphBinary.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("\n### Rules\n"))
        for rule in IntegrityChecker.allRules.map(\.description) {
            let text = try #require(RuleHelp.fullDescriptions[rule.id], "no full description for \(rule.id)")
            #expect(readme.contains("\n#### `\(rule.id)`\n\n\(text)\n"), "README section of \(rule.id)")
            #expect(RuleHelp.uri(of: rule) == RuleHelp.readme + "#" + rule.id)
        }
        #expect(RuleHelp.fullDescriptions.count == IntegrityChecker.allRules.count)
    }
}
