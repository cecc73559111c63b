import ArgumentParser
import Scripture

extension Versification: ExpressibleByArgument {}

/// The `--versification` option, shared by every command that reads references.
struct VersificationOptions: ParsableArguments {
    @Option(
        help: "Verse numbering to validate against: kjv (31,102 verses) or rsv (3 John 1 has 15 verses, Revelation 12 has 18).")
    var versification: Versification = .kjv
}
