import ArgumentParser
import Scripture

extension Versegraph.Ref {
    /// `versegraph ref` on standard input with at most `--format` and `--versification`, read
    /// without ArgumentParser: building the parser of every command costs more than reading
    /// 10,000 lines, and scripts run `ref` once per small batch. Any other command line
    /// (TEXT, `--help`, a repeated or unknown option, a bad value) is left to ArgumentParser,
    /// which then does what it always does; this reads the same values the same way.
    struct QuickStart: Equatable {
        var format: Format = .osis
        var versification: Versification = .kjv

        /// The options of `arguments` (the command line without the program), or nil when it
        /// is not such a `ref` command line.
        init?(_ arguments: [String]) {
            guard arguments.first == "ref" else { return nil }
            var seen: Set<String> = []
            var rest = arguments.dropFirst()
            while let argument = rest.popFirst() {
                let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = String(parts[0])
                guard let value = parts.count == 2 ? String(parts[1]) : rest.popFirst(),
                    seen.insert(name).inserted
                else { return nil }
                switch name {
                case "--format":
                    guard let format = Format(rawValue: value) else { return nil }
                    self.format = format
                case "--versification":
                    guard let versification = Versification(rawValue: value) else { return nil }
                    self.versification = versification
                default:
                    return nil
                }
            }
        }

        /// Runs `ref` as `run()` would.
        func run() throws {
            try Versegraph.Ref.run(text: [], format: format, versification: versification)
        }
    }
}
