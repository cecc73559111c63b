import CommentaryGraph
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("JUnit check format")
struct JUnitCheckFormatterTests {
    @Test func goldenTestCasePerRule() {
        #expect(
            JUnitCheckFormatter().format(CheckFixtures.report) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="versegraph" tests="5" failures="2" errors="0">
                  <testsuite name="versegraph check" tests="5" failures="2" errors="0" skipped="0">
                    <testcase name="dangling-link" classname="versegraph.check">
                      <failure message="1 finding" type="error">site/en/synopsis/exo+32:10:141: related link “Numbers 14:11-19 meaning” leads to https://example.org/en/commentary/num+14:11</failure>
                    </testcase>
                    <testcase name="text-target-mismatch" classname="versegraph.check">
                      <failure message="1 finding" type="error">site/en/synopsis/exo+32:10:140: link text names Exodus 32:15-20 but the link leads to the page of Exodus 32:7-14</failure>
                    </testcase>
                    <testcase name="duplicate-page" classname="versegraph.check"/>
                    <testcase name="self-link" classname="versegraph.check">
                      <system-out>warning: my pages/100% done.html:12: link “a|b” says &quot;&lt;x&gt; &amp; y&quot;, then
                    leads back to this page</system-out>
                    </testcase>
                    <testcase name="orphan-page" classname="versegraph.check">
                      <system-out>note: site/en/commentary/exo+25:31:1: no other page links to this commentary</system-out>
                    </testcase>
                  </testsuite>
                </testsuites>

                """)
    }

    @Test func severalErrorsOfOneRuleAreOneFailureWithALineEach() {
        let findings = (1...2).map { line in
            Finding(rule: "dangling-link", severity: .error, file: "a", line: line, source: nil, target: nil, message: "m\(line)")
        }
        let text = JUnitCheckFormatter().format(CheckReport(findings: findings, rules: [], pagesChecked: 1))
        // An unlisted rule still gets its test case, so no finding is lost.
        #expect(text.contains("tests=\"1\" failures=\"1\""))
        #expect(text.contains("<failure message=\"2 findings\" type=\"error\">a:1: m1\na:2: m2</failure>"))
    }

    @Test func xmlParserReadsItBack() throws {
        let text = JUnitCheckFormatter().format(CheckFixtures.report)
        let document = try XMLDocument(data: Data(text.utf8))
        let cases = try document.nodes(forXPath: "/testsuites/testsuite/testcase")
        #expect(cases.count == 5)
        let failures = try document.nodes(forXPath: "//failure")
        #expect(failures.count == 2)
        let out = try document.nodes(forXPath: "//testcase[@name='self-link']/system-out").first?.stringValue
        #expect(out == "warning: my pages/100% done.html:12: " + CheckFixtures.awkwardMessage.replacing("\n", with: "\n    "))
    }
}
