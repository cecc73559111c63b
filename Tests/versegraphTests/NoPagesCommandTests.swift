import Foundation
import Testing

/// A run over no page proves nothing: every command that reads pages exits 64 on one.
@Suite("versegraph over no pages")
struct NoPagesCommandTests {
    /// Each command that reads pages, given the input folder and a scratch output folder.
    static let commands: [(name: String, arguments: @Sendable (String, String) -> [String])] = [
        ("build", { ["build", $0, "--out", $1] }),
        ("check", { input, _ in ["check", input] }),
        ("coverage", { input, _ in ["coverage", input] }),
        ("export", { input, _ in ["export", input] }),
        ("show", { input, _ in ["show", "Exodus 32:31", input] }),
    ]

    static func expectNoPages(_ folder: ScratchFolder, input: String) throws {
        for command in commands {
            let run = try folder.run(command.arguments(input, folder.path("out")))
            #expect(run.status == 64, "\(command.name): \(run.stderr)")
            #expect(run.stderr.contains("versegraph: error: no pages found under \(input)"), "\(command.name): \(run.stderr)")
            #expect(run.stdout.isEmpty, "\(command.name) writes nothing: \(run.stdout)")
        }
        #expect(folder.bytes("out/graph.json") == nil, "build wrote nothing")
    }

    @Test func anEmptyFolder() throws {
        let folder = try ScratchFolder()
        try folder.makeFolder("site")
        try Self.expectNoPages(folder, input: "site")
    }

    @Test func aFolderHoldingOnlyRobotsTxt() throws {
        let folder = try ScratchFolder()
        try folder.write("site/robots.txt", "User-agent: *\nDisallow:\n")
        try Self.expectNoPages(folder, input: "site")
    }
}
