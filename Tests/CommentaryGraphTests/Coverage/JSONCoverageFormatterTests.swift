import CommentaryGraph
import Scripture
import Testing

@Suite("JSON coverage format")
struct JSONCoverageFormatterTests {
    @Test func golden() {
        #expect(
            JSONCoverageFormatter().format(CoverageFixtures.smallReport) == """
                {
                  "books": [
                    {
                      "book": "Ruth",
                      "chapters": [
                        {
                          "chapter": 1,
                          "covered": 5,
                          "missing": ["Ruth.1.6-Ruth.1.22"],
                          "percent": 22.73,
                          "verses": 22
                        },
                        {
                          "chapter": 2,
                          "covered": 0,
                          "missing": ["Ruth.2.1-Ruth.2.23"],
                          "percent": 0.00,
                          "verses": 23
                        },
                        {
                          "chapter": 3,
                          "covered": 18,
                          "missing": [],
                          "percent": 100.00,
                          "verses": 18
                        },
                        {
                          "chapter": 4,
                          "covered": 0,
                          "missing": ["Ruth.4.1-Ruth.4.22"],
                          "percent": 0.00,
                          "verses": 22
                        }
                      ],
                      "covered": 23,
                      "missing": ["Ruth.1.6-Ruth.2.23", "Ruth.4.1-Ruth.4.22"],
                      "percent": 27.06,
                      "verses": 85
                    },
                    {
                      "book": "2John",
                      "chapters": [
                        {
                          "chapter": 1,
                          "covered": 3,
                          "missing": ["2John.1.4-2John.1.13"],
                          "percent": 23.08,
                          "verses": 13
                        }
                      ],
                      "covered": 3,
                      "missing": ["2John.1.4-2John.1.13"],
                      "percent": 23.08,
                      "verses": 13
                    }
                  ],
                  "kind": "any",
                  "scope": "Ruth,2John",
                  "totals": {
                    "covered": 26,
                    "percent": 26.53,
                    "verses": 98
                  },
                  "versification": "kjv"
                }

                """)
    }

    @Test func percentsKeepTwoDecimalsAndKindAndVersificationAreNamed() {
        let report = CoverageReport(
            nodes: [CoverageFixtures.node("Jude 1-7", [.synopsis]), CoverageFixtures.node("Jude 8", [.commentary])],
            kind: .synopsis, scope: .books([CoverageFixtures.book("Jude")]), versification: .rsv)
        let json = CoverageFormat.json.formatter().format(report)
        #expect(json.contains("\"percent\": 28.00"))
        #expect(json.contains("\"missing\": [\"Jude.1.8-Jude.1.25\"]"))
        #expect(json.contains("\"kind\": \"synopsis\""))
        #expect(json.contains("\"versification\": \"rsv\""))
    }
}
