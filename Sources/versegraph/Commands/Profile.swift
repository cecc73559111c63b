import ArgumentParser
import CommentaryGraph
import Foundation
import Scripture

extension Versegraph {
    /// `versegraph profile check PAGE`: how the current site profile reads one page.
    struct Profile: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work on a site profile.", subcommands: [ProfileCheck.self])
    }

    /// `versegraph profile check PAGE`.
    struct ProfileCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Explain how the site profile reads one page: its URL, passage, kind and links.",
            discussion: """
                The profile is the configuration's (--config, else versegraph.yml, else TheBibleSays), or --site NAME. \
                The page's mirror path, from which its URL is derived when it declares none, is its path below --root, \
                else from its first folder that looks like a host name (thebiblesays.com/…), else its file name. \
                Exit status: 0, or 64 when the page or the configuration cannot be read.
                """)

        @Argument(help: ArgumentHelp("The page file.", valueName: "page"))
        var page: String

        @Option(help: ArgumentHelp("The input folder the page lies in, for its mirror path.", valueName: "dir"))
        var root: String?

        @Option(
            help: ArgumentHelp(
                "Configuration file (default: versegraph.yml in the current folder, when present).", valueName: "file"))
        var config: String?

        @Option(help: ArgumentHelp("A built-in site profile, instead of the configuration's.", valueName: "name"))
        var site: String?

        @Option(
            help: ArgumentHelp(
                "The URL a mirror's root stands for, when its folders do not start with the host.", valueName: "url"))
        var baseURL: String?

        @Option(help: "Verse numbering: kjv or rsv.")
        var versification: Versification?

        func run() throws {
            var options = try InputOptions.parse([])
            options.config = config
            options.site = site
            try options.validate()
            let text = try ExitCodes.asUsageError { () throws -> String in
                let config = try options.loadConfig()
                let explanation = try PageExplanation(
                    file: page, root: root, config: config, baseURL: baseURL, versification: versification)
                return explanation.formatted()
            }
            StandardStreams.out(text)
        }
    }
}
