import Foundation
import Testing

/// `versegraph ref`: one output line per input line, diagnostics on standard error.
@Suite("versegraph ref")
struct RefCommandTests {
    @Test func printsOneLinePerArgument() throws {
        let run = try VersegraphBinary.run(["ref", "Exodus 32:31 meaning", "Acts 9:19b-25", "Psalm 23", "John 3:16, 18"])
        #expect(run.status == 0)
        #expect(run.stdout == "Exod.32.31\nActs.9.19!b-Acts.9.25\nPs.23.1-Ps.23.6\nJohn.3.16,John.3.18\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func aLineWithoutAValidReferencePrintsAnEmptyLineAndFails() throws {
        let run = try VersegraphBinary.run(["ref", "Exodus 41:1", "she is 2 cool", "Exodus 32:31"])
        #expect(run.status == 1)
        #expect(run.stdout == "\n\nExod.32.31\n")
        #expect(
            run.stderr == """
                line 1: "Exodus 41:1": chapter 41 does not exist: Exodus has 40 chapters
                line 2: no Bible reference in "she is 2 cool"

                """)
    }

    @Test func readsStandardInputLineByLine() throws {
        let input = VersegraphBinary.temporaryFile("txt")
        try Data("Genesis 1:1-2:3\nnothing here\nMatthew 5-7\n".utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let run = try VersegraphBinary.run(["ref", "--format", "human"], stdin: input)
        #expect(run.stdout == "Genesis 1:1-2:3\n\nMatthew 5-7\n")
        #expect(run.stderr == "line 2: no Bible reference in \"nothing here\"\n")
        #expect(run.status == 1)
    }

    @Test func jsonListsTheReferencesAndTheErrorsOfEachLine() throws {
        let run = try VersegraphBinary.run(["ref", "--format", "json", "Ex. 32:30–35", "Jude 26", "John 3:16, 99; Acts 2"])
        #expect(
            run.stdout == """
                {"errors":[],"human":"Exodus 32:30-35","input":"Ex. 32:30–35","osis":"Exod.32.30-Exod.32.35","references":["Exod.32.30-Exod.32.35"]}
                {"errors":[{"error":"verse 26 does not exist: Jude 1 has 25 verses","text":"Jude 26"}],"human":"","input":"Jude 26","osis":"","references":[]}
                {"errors":[{"error":"verse 99 does not exist: John 3 has 36 verses","text":"99"}],"human":"John 3:16; Acts 2","input":"John 3:16, 99; Acts 2","osis":"John.3.16,Acts.2.1-Acts.2.47","references":["John.3.16","Acts.2.1-Acts.2.47"]}

                """)
        #expect(run.status == 1)
    }

    @Test func aBadPieceIsNamedAndTheGoodPiecesAreKept() throws {
        let run = try VersegraphBinary.run(["ref", "Exodus 32:1-6, 32:30-35-40; 33:1", "John 3/16 and Romans 8:28"])
        #expect(run.status == 1)
        #expect(run.stdout == "Exod.32.1-Exod.32.6,Exod.33.1\nRom.8.28\n")
        #expect(
            run.stderr == """
                line 1: "32:30-35-40" is not a reference versegraph can read
                line 2: "3/16": write ":" between chapter and verse and "-" for a range, not "/"

                """)
    }

    @Test func readsLongStandardInputInBlocks() throws {
        let input = VersegraphBinary.temporaryFile("txt")
        let lines = (1...20_000).map { "Psalm \($0 % 150 + 1)" }
        try Data((lines.joined(separator: "\n") + "\r\nJohn 3:16").utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let run = try VersegraphBinary.run(["ref"], stdin: input)
        let output = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(output.count == 20_002)
        #expect(output[0] == "Ps.2.1-Ps.2.12")
        #expect(output[19_999] == "Ps.51.1-Ps.51.19")
        #expect(output[20_000] == "John.3.16")
        #expect(run.status == 0)
    }

    @Test func rsvVersificationAcceptsThirdJohn15() throws {
        #expect(try VersegraphBinary.run(["ref", "3 John 15"]).status == 1)
        let run = try VersegraphBinary.run(["ref", "--versification", "rsv", "3 John 15"])
        #expect(run.status == 0)
        #expect(run.stdout == "3John.1.15\n")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        #expect(try VersegraphBinary.run(["ref", "--format", "xml", "Psalm 23"]).status == 64)
    }
}
