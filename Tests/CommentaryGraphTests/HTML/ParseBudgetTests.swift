import PropertyBased
import Testing

@testable import CommentaryGraph

@Suite struct ParseBudgetTests {
    private func page(_ body: String) -> [UInt8] {
        Array("<html><head><title>Exodus 32:31 meaning</title></head><body>\n\(body)</body></html>".utf8)
    }

    private func attributes(_ count: Int, _ make: (Int) -> String = { "a\($0)=\"x\"" }) -> String {
        (0..<count).map(make).joined(separator: " ")
    }

    /// Issue 9: 100,000 attributes on one tag took libxml2 8 s (2.3 MB, 32 s). The scanner now
    /// refuses the page at once, naming the tag's line; the time limit makes a regression
    /// fail rather than stall.
    @Test(.timeLimit(.minutes(1)))
    func aTagWithAHundredThousandAttributesIsRefusedNamingItsLine() throws {
        let bytes = page("<p>x</p>\n<div \(attributes(100_000))>x</div>")
        #expect(throws: PageReadError.self) { try HTMLPageScanner(profile: .theBibleSays).scan(bytes) }
        let problem = try #require(ParseBudget().problem(with: bytes))
        #expect(problem.description.contains("the tag at line 3 has 100000 attributes"), "\(problem)")
    }

    /// Each shape is an attribute with `#` standing for its number.
    @Test(arguments: [
        "a#=\"> <b \"", "a#='x>'", "a#=x", "a#", "a# = 'x'", "a#=\"\"/",
    ])
    func attributesAreCountedHoweverTheyAreWritten(shape: String) {
        let budget = ParseBudget(maxComparisons: 1_000)
        let make = { (i: Int) in shape.replacing("#", with: String(i)) }
        #expect(budget.problem(with: page("<div \(attributes(45, make))>x</div>")) == nil)
        #expect(budget.problem(with: page("<div \(attributes(46, make))>x</div>")) != nil)
    }

    @Test func theSquaresOfEveryTagAddUp() {
        // 45 attributes cost 990 comparisons: one such tag fits a budget of 1,000, two do not.
        let budget = ParseBudget(maxComparisons: 1_000)
        let tag = "<div \(attributes(45))>x</div>"
        #expect(budget.problem(with: page(tag)) == nil)
        #expect(budget.problem(with: page(tag + tag)) != nil)
    }

    /// The shortcut that skips counting on pages up to 40,000 bytes rests on a bound: a page of
    /// S bytes makes at most S² / 8 comparisons. Tag soup made of the bytes that matter to the
    /// count, densest first, never exceeds it.
    @Test func noPageMakesMoreComparisonsThanTheSizeBoundAllows() async {
        let soup = Gen.element(of: Array("<a=\"' />\nb<a ".utf8)).compactMap { $0 }.array(of: 1...400)
        await propertyCheck(count: 3_000, input: soup) { bytes in
            let counted = ParseBudget.comparisons(in: bytes).comparisons
            #expect(counted <= bytes.count * bytes.count / 8, "\(String(decoding: bytes, as: UTF8.self))")
        }
        // The densest shape: one tag of one-letter boolean attributes.
        let dense = Array("<a \(attributes(2_000) { _ in "b" })>".utf8)
        let counted = ParseBudget.comparisons(in: dense).comparisons
        #expect(counted == 2_000 * 1_999 / 2)
        #expect(counted <= dense.count * dense.count / 8)
    }

    @Test func pagesUpToFortyThousandBytesNeedNoCount() {
        #expect(ParseBudget.isWithinBudget(size: 40_000, maxComparisons: ParseBudget().maxComparisons))
        #expect(!ParseBudget.isWithinBudget(size: 40_001, maxComparisons: ParseBudget().maxComparisons))
        #expect(!ParseBudget.isWithinBudget(size: Int.max, maxComparisons: Int.max))
    }

    @Test func realPagesAndHostileButLinearShapesAreWithinBudget() throws {
        let budget = ParseBudget()
        let sample = try fixture("synopsis-exodus-32-31.html")
        #expect(budget.problem(with: sample) == nil)
        for body in [
            String(repeating: "</p>", count: 50_000), String(repeating: "<b>", count: 50_000),
            String(repeating: "<a", count: 100_000), "<!--" + String(repeating: "<a b c>", count: 10_000),
            String(repeating: "<div a=\"x\" b='y' c=z d>", count: 20_000),
        ] {
            #expect(budget.problem(with: page(body)) == nil)
        }
    }
}
