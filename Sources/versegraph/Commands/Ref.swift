import ArgumentParser
import CommentaryGraph
import Scripture

extension Versegraph {
    /// `versegraph ref`: prints the references found in each line of text.
    struct Ref: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse Bible references and print them in canonical form.",
            discussion: """
                Prints exactly one line per input line: the valid references found in it, \
                joined by ",". Each piece that is not a valid reference is named on standard \
                error as "line N: "piece": <reason>" (a line with no reference at all as \
                "line N: no Bible reference in …"); the exit status is then 1.
                Reads standard input when no TEXT is given.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case osis, human, json
        }

        @Argument(help: "References to parse, one line each (default: read standard input).")
        var text: [String] = []

        @Option(help: "Output form: osis (Exod.32.30-Exod.32.35), human (Exodus 32:30-35), or json (one object per line).")
        var format: Format = .osis

        @OptionGroup var versificationOptions: VersificationOptions

        func run() throws {
            try Self.run(text: text, format: format, versification: versificationOptions.versification)
        }

        /// Prints the references of `text`, or of standard input when `text` is empty.
        static func run(text: [String], format: Format, versification: Versification) throws {
            let parser = ReferenceParser(versification: versification)
            if text.isEmpty {
                let failed = try StandardInputPipeline(parser: parser, format: format).run()
                if failed { throw ExitCodes.failingFindings }
                return
            }
            var output = RefOutput(parser: parser, format: format)
            for line in text {
                var line = line
                line.withUTF8 { output.handle($0) }
            }
            try output.flush(firstLine: 1)
            if output.failed { throw ExitCodes.failingFindings }
        }
    }
}
