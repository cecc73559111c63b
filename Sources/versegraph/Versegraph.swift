import ArgumentParser
import CommentaryGraph
import Foundation

/// The `versegraph` command: its subcommands are in `Commands/`, one a file.
@main
struct Versegraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versegraph",
        abstract: "Coverage, link checks and cross-reference graphs for Bible-commentary sites.",
        discussion: """
            versegraph reads scraped or exported commentary pages (a wget mirror, saved pages, \
            a CMS export), turns every page and link target into a verse range, and joins them \
            by their "deeper" and "related" links.
            """,
        version: VersegraphTool.version,
        subcommands: [
            Build.self, Coverage.self, Check.self, Diff.self, Export.self, Show.self, Ref.self, Profiles.self,
            Profile.self,
        ])

    /// Runs the command with the signal handling of `Interruption` in place.
    static func main() {
        Interruption.install()
        do {
            if let quick = Ref.QuickStart(Array(CommandLine.arguments.dropFirst())) {
                try quick.run()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let status as ExitCode {
            // What `exit(withError:)` does for a status, without building every command's usage.
            Foundation.exit(status.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
