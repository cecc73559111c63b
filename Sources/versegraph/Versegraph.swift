import ArgumentParser

@main
struct Versegraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versegraph",
        abstract: "Coverage, link checks and cross-reference graphs for Bible-commentary sites.",
        version: "0.1.0",
        subcommands: [])
}
