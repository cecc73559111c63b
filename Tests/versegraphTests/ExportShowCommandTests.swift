import Foundation
import Testing

/// `versegraph export` and `versegraph show` on the sample corpus.
@Suite("versegraph export and show")
struct ExportShowCommandTests {
    @Test(arguments: ["json", "dot", "graphml", "cytoscape"])
    func everyFormatExportsTheWholeGraph(format: String) throws {
        let run = try VersegraphBinary.run(["export", "--format", format, "-q"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Exod.32.30-Exod.32.35"))
        #expect(run.stdout.contains("Num.14.11-Num.14.19"))
    }

    @Test func aroundAPassageKeepsItsNeighbourhood() throws {
        let run = try VersegraphBinary.run(["export", "--format", "json", "--around", "Exodus 32:31", "--depth", "0", "-q"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let ids = ((json["nodes"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        #expect(ids == ["Exod.32.30-Exod.32.35", "Exod.32.31"], "the passages that overlap it, in canonical order")
    }

    /// Issue 9: the largest depth hung, counting rounds after nothing was left to reach.
    @Test(.timeLimit(.minutes(1)))
    func theLargestDepthAnswersLikeAWholeComponent() throws {
        let around = ["export", "--format", "json", "--around", "Exodus 32:31", "-q", "--depth"]
        let huge = try VersegraphBinary.run(around + ["9223372036854775807"])
        let enough = try VersegraphBinary.run(around + ["1000"])
        #expect(huge.status == 0)
        #expect(huge.stdout == enough.stdout)
        #expect(nodeIDs(ofGraphJSON: huge.stdout).count > 2)
    }

    @Test func bookAndKindFilters() throws {
        let run = try VersegraphBinary.run(["export", "--format", "dot", "--book", "Acts", "--kind", "related", "-q"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("cluster_Acts"))
        #expect(!run.stdout.contains("style=solid"), "no deeper edge is left")
    }

    @Test func linksKeyWritesLinksForOlderNetworkX() throws {
        let run = try VersegraphBinary.run(["export", "--format", "json", "--links-key", "links", "-q"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["edges"] == nil)
        #expect((json["links"] as? [Any])?.count == 174)
        let edges = try VersegraphBinary.run(["export", "--links-key", "edges", "-q"])
        #expect(edges.stdout == (try VersegraphBinary.run(["export", "-q"])).stdout)
        let wrong = try VersegraphBinary.run(["export", "--format", "dot", "--links-key", "links"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--links-key applies to --format json only."))
    }

    @Test(arguments: [
        ["--book", "Hezekiah"], ["--around", "Exodus 41"], ["--format", "png"], ["--depth", "-1"], ["--links-key", "arcs"],
    ])
    func badValuesAreUsageErrors(arguments: [String]) throws {
        #expect(try VersegraphBinary.run(["export"] + arguments).status == 64)
    }

    @Test func showListsTheCoveringPagesAndLinks() throws {
        let run = try VersegraphBinary.run(["show", "Exodus 32:31", "-q"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Exodus 32:31 (Exod.32.31)\n\nCovered by 2 pages:\n"))
        #expect(run.stdout.contains("commentary Exodus 32:30-35        Inputs/thebiblesays.com/en/commentary/exo+32:30\n"))
        #expect(
            run.stdout.contains(
                "Exodus 32:31           -deeper-> Exodus 32:30-35        Inputs/thebiblesays.com/en/synopsis/exo+32:31:136\n"))
    }

    @Test func showMarksALinkToAMissingPage() throws {
        let run = try VersegraphBinary.run(["show", "Numbers 14:11-19", "--format", "json", "-q"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["covered_by"] as? [Any])?.isEmpty == true)
        let incoming = try #require(json["incoming"] as? [[String: Any]])
        #expect(incoming.count == 1)
        #expect(incoming.first?["target_present"] as? Bool == false)
    }
}
