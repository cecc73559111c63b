import Foundation
import Testing

/// `check` writes the same bytes whatever the number of threads that read pages and run rules.
@Suite("versegraph check, whatever --jobs")
struct CheckDeterminismCommandTests {
    @Test func theJSONReportIsTheSameWithOneTwoOrEightJobs() throws {
        let runs = try ["1", "2", "8"].map {
            try VersegraphBinary.run(["check", "Inputs", "--format", "json", "--jobs", $0, "-q"])
        }
        #expect(runs.allSatisfy { $0.status == 1 }, "the sample corpus has failing findings")
        #expect(runs[0].stdout.contains("\"rule\": \"dangling-link\""))
        #expect(runs[1].stdout == runs[0].stdout)
        #expect(runs[2].stdout == runs[0].stdout)
        let committed = try Data(contentsOf: VersegraphBinary.root.appendingPathComponent("Graphs/check.json"))
        #expect(Data(runs[0].stdout.utf8) == committed, "the same report as build's check.json")
    }
}
