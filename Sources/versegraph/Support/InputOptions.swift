import ArgumentParser
import CommentaryGraph
import Foundation
import Scripture

/// The options of every command that reads pages.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Page files or folders, searched recursively (default: Inputs).", valueName: "input"))
    var inputs: [String] = []

    @Option(
        help: ArgumentHelp("Configuration file (default: versegraph.yml in the current folder, when present).", valueName: "file")
    )
    var config: String?

    @Option(
        help: ArgumentHelp("The URL a mirror's root stands for, when its folders do not start with the host.", valueName: "url"))
    var baseURL: String?

    @Option(name: [.short, .long], help: "How many files to parse at once (default: the number of cores).")
    var jobs: Int?

    @Option(
        help: "Verse numbering to validate against: kjv (31,102 verses) or rsv (3 John 1 has 15 verses, Revelation 12 has 18).")
    var versification: Versification?

    @Flag(name: .shortAndLong, help: "Print no progress or summary on standard error.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    /// The inputs as given, or `Inputs` when none is.
    var resolvedInputs: [String] { inputs.isEmpty ? ["Inputs"] : inputs }

    /// The configuration: `--config`, else `versegraph.yml` when present, else built in.
    func loadConfig() throws -> VersegraphConfig {
        if let config { return try VersegraphConfig.load(from: config) }
        if FileManager.default.fileExists(atPath: "versegraph.yml") {
            return try VersegraphConfig.load(from: "versegraph.yml")
        }
        return VersegraphConfig()
    }

    /// The versification: the flag, else the configuration's, else KJV.
    func resolvedVersification(_ config: VersegraphConfig) -> Versification {
        versification ?? config.versification ?? .kjv
    }
}
