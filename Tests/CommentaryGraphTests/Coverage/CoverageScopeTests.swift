import CommentaryGraph
import Scripture
import Testing

@Suite("Coverage scope")
struct CoverageScopeTests {
    @Test(arguments: [
        ("canon", CoverageScope.canon), ("CORPUS", .corpus), ("ot", .oldTestament), (" NT ", .newTestament),
    ])
    func namedScopes(text: String, scope: CoverageScope) throws {
        #expect(try CoverageScope(parsing: text) == scope)
    }

    @Test func bookIdsAreSortedDeduplicatedAndCaseInsensitive() throws {
        let scope = try CoverageScope(parsing: " lev , EXOD,exod,")
        #expect(scope == .books([CoverageFixtures.exodus, CoverageFixtures.book("Lev")]))
        #expect(scope.description == "Exod,Lev")
    }

    @Test func unknownBookIsNamed() {
        #expect(throws: CoverageError.unknownBook("Exodus")) { try CoverageScope(parsing: "Lev,Exodus") }
        #expect(CoverageError.unknownBook("OT2").description.hasPrefix("unknown book \"OT2\""))
    }

    @Test func emptyScopeIsAnError() {
        #expect(throws: CoverageError.emptyScope(" , ")) { try CoverageScope(parsing: " , ") }
    }

    @Test(arguments: ["canon", "corpus", "OT", "NT", "Gen,1John,Rev"])
    func descriptionParsesBack(text: String) throws {
        #expect(try CoverageScope(parsing: text).description == text)
    }
}
