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
        help: ArgumentHelp(
            "A built-in site profile, instead of the configuration's (see versegraph profiles).", valueName: "name"))
    var site: String?

    @Option(
        help: ArgumentHelp("The URL a mirror's root stands for, when its folders do not start with the host.", valueName: "url"))
    var baseURL: String?

    @Option(name: [.short, .long], help: "How many files to parse at once (default: the number of cores).")
    var jobs: Int?

    @Option(
        help: "Verse numbering to validate against: kjv (31,102 verses) or rsv (3 John 1 has 15 verses, Revelation 12 has 18).")
    var versification: Versification?

    @Option(
        help: ArgumentHelp(
            "Keep what was read of each page in this folder, so that the next run reads only changed files.",
            valueName: "dir"))
    var cache: String?

    @Option(help: ArgumentHelp("Skip pages larger than this many bytes without reading them.", valueName: "bytes"))
    var maxPageSize: Int = CorpusLoader.defaultMaxPageSize

    @Flag(help: "Follow symbolic links that lead outside the inputs (by default they are reported and passed over).")
    var followSymlinks = false

    @Flag(name: .shortAndLong, help: "Print no progress or summary on standard error.")
    var quiet = false

    @Flag(help: "List every skipped or ignored file with its reason.")
    var verbose = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if maxPageSize < 1 { throw ValidationError("--max-page-size must be at least 1.") }
        if let site, SiteProfile.builtIn(named: site) == nil {
            throw ValidationError(
                "--site: unknown profile \"\(site)\"; expected one of \(SiteProfile.builtIn.map(\.name).joined(separator: ", "))."
            )
        }
    }

    /// The inputs as given, or `Inputs` when none is.
    var resolvedInputs: [String] { inputs.isEmpty ? ["Inputs"] : inputs }

    /// The versification references on the command line are read under, before any page is
    /// read: the flag, else the configuration's, else KJV (a broken configuration is reported
    /// later, when the command loads it).
    var versificationForArguments: Versification {
        versification ?? (try? loadConfig())?.versification ?? .kjv
    }

    /// The configuration: `--config`, else `versegraph.yml` when present, else built in;
    /// with `--site`, that built-in profile in place of the configuration's.
    func loadConfig() throws -> VersegraphConfig {
        var loaded = VersegraphConfig()
        if let config {
            loaded = try VersegraphConfig.load(from: config)
        } else if FileManager.default.fileExists(atPath: "versegraph.yml") {
            loaded = try VersegraphConfig.load(from: "versegraph.yml")
        }
        if let site, let profile = SiteProfile.builtIn(named: site) { loaded.profile = profile }
        return loaded
    }
}
