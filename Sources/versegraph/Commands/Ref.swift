import ArgumentParser
import CommentaryGraph
import Foundation
import Scripture

extension Versegraph {
    /// `versegraph ref`: prints the references found in each line of text.
    struct Ref: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse Bible references and print them in canonical form.",
            discussion: """
                Prints exactly one line per input line: the references found in it, joined by \
                ",". A line with no valid reference prints an empty line and a diagnostic \
                "line N: <reason>" on standard error; the exit status is then 1.
                Reads standard input one line at a time when no TEXT is given.
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
            let parser = ReferenceParser(versification: versificationOptions.versification)
            var failed = false
            var output = ""
            var lineNumber = 0
            func handle(_ line: String) {
                lineNumber += 1
                let result = RefLine(line, parser: parser)
                if let error = result.error {
                    failed = true
                    StandardStreams.err("line \(lineNumber): \(error)\n")
                }
                output += result.rendered(format) + "\n"
                // Line by line when another program reads the answers as they come (a pipe or a
                // terminal); in blocks when writing to a file.
                if !StandardStreams.outIsRegularFile || output.utf8.count > 1 << 16 {
                    StandardStreams.out(output)
                    output = ""
                }
            }
            if text.isEmpty {
                while let line = readLine(strippingNewline: true) { handle(line) }
            } else {
                text.forEach(handle)
            }
            StandardStreams.out(output)
            if failed { throw ExitCode(1) }
        }
    }
}

/// What `ref` makes of one input line.
struct RefLine {
    let input: String
    let passages: [Passage]
    let error: String?

    init(_ input: String, parser: ReferenceParser) {
        self.input = input
        let matches = parser.references(in: input)
        let errors = matches.compactMap(\.error)
        if let first = errors.first {
            passages = []
            error = "\(first)"
        } else if matches.isEmpty {
            passages = []
            error = "\(ScriptureError.noReference(input.trimmingCharacters(in: .whitespaces)))"
        } else {
            passages = matches.compactMap(\.passage)
            error = nil
        }
    }

    func rendered(_ format: Versegraph.Ref.Format) -> String {
        switch format {
        case .osis: return osis
        case .human: return human
        case .json:
            return JSONText.object([
                "input": .string(input), "osis": .string(osis), "human": .string(human),
                "error": error.map(JSONText.string) ?? .null,
            ]).compact
        }
    }

    private var osis: String { passages.map(\.osisID).joined(separator: ",") }
    private var human: String { passages.map { $0.humanForm() }.joined(separator: "; ") }
}
