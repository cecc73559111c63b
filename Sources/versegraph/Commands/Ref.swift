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
            var output = RefOutput(parser: ReferenceParser(versification: versification), format: format)
            if text.isEmpty {
                // Answers are written after each block read, so a program that feeds one line
                // at a time gets each answer at once, and a file is written in large blocks.
                // 64 KB blocks: a block, its lines and its answers stay in the cache, and the
                // workers start after a short first read (1 MB blocks took 10% longer).
                let input = LineBlockReader(descriptor: 0, name: "standard input", blockSize: 1 << 16)
                do {
                    try input.forEachBlock { lines in
                        output.handle(block: lines)
                        try output.flush()
                    }
                } catch let error as FileSystemError {
                    try output.flush()
                    StandardStreams.err("versegraph: error: \(error)\n")
                    throw ExitCodes.usage
                }
            } else {
                for line in text {
                    var line = line
                    line.withUTF8 { output.handle($0) }
                }
            }
            try output.flush()
            if output.failed { throw ExitCodes.failingFindings }
        }
    }
}
