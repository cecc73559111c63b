import ArgumentParser
import CommentaryGraph

extension Versegraph {
    /// `versegraph profiles`: the built-in site profiles, or one of them in full.
    struct Profiles: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the built-in site profiles, or print one as a versegraph.yml site: block.",
            discussion: """
                A built-in profile is chosen with --site NAME or, in versegraph.yml, site: {preset: NAME}. \
                With a NAME, the profile is printed whole, as a site: block to start a new site's profile from.
                """)

        @Argument(help: ArgumentHelp("A built-in profile to print in full.", valueName: "name"))
        var name: String?

        func run() throws {
            guard let name else {
                for (name, profile) in SiteProfile.builtIn {
                    StandardStreams.out("\(name)\t\(profile.name): \(profile.hosts.joined(separator: ", "))\n")
                }
                return
            }
            guard let profile = SiteProfile.builtIn(named: name) else {
                throw ValidationError(
                    "unknown profile \"\(name)\"; expected one of \(SiteProfile.builtIn.map(\.name).joined(separator: ", ")).")
            }
            StandardStreams.out(profile.yaml)
        }
    }
}
