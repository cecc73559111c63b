import CommentaryGraph
import Testing

@Suite("Coverage format")
struct CoverageFormatTests {
    @Test func eachFormatHasItsFormatter() {
        #expect(
            CoverageFormat.allCases.map(\.rawValue) == ["text", "json", "markdown", "lcov", "html", "cobertura", "shields"])
        #expect(CoverageFormat.text.formatter() is TextCoverageFormatter)
        #expect(CoverageFormat.json.formatter() is JSONCoverageFormatter)
        #expect(CoverageFormat.markdown.formatter() is MarkdownCoverageFormatter)
        #expect(CoverageFormat.lcov.formatter() is LcovCoverageFormatter)
        #expect(CoverageFormat.html.formatter() is HTMLCoverageFormatter)
        #expect(CoverageFormat.cobertura.formatter() is CoberturaCoverageFormatter)
        #expect(CoverageFormat.shields.formatter() is ShieldsCoverageFormatter)
        #expect(CoverageFormat.allCases.map(\.fileExtension) == ["txt", "json", "md", "info", "html", "xml", "json"])
    }

    @Test func everyFormatEndsWithANewline() {
        let report = CoverageFixtures.bandsReport
        for format in CoverageFormat.allCases {
            #expect(format.formatter().format(report).hasSuffix("\n"), "\(format)")
        }
    }
}
