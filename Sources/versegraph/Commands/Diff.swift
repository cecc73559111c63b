import ArgumentParser
import CommentaryGraph

extension DiffFormat: ExpressibleByArgument {}
extension DiffFailurePolicy: ExpressibleByArgument {}

extension Versegraph {
    /// `versegraph diff`: what changed between two runs.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two runs: new, fixed and unchanged findings, and coverage by book.",
            discussion: """
                OLD and NEW are two build output folders (their check.json and coverage.json), or two \
                check.json or two coverage.json files. Findings are matched as --baseline matches them \
                (lines may move). Exit status: 0 when nothing fails, 1 when --fail-on is met (by default: \
                a new error finding, or total coverage fell), 64 when a report cannot be read or the two \
                runs cannot be compared, 70 when the diff cannot be written.
                """)

        @Argument(help: ArgumentHelp("The earlier run: a build folder, check.json or coverage.json.", valueName: "old"))
        var old: String

        @Argument(help: ArgumentHelp("The later run, of the same kind as OLD.", valueName: "new"))
        var new: String

        @Option(help: "Output format: text, json, or markdown (for a pull-request comment or a step summary).")
        var format: DiffFormat = .text

        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp("File to write the diff to (default: standard output).", valueName: "file"))
        var output: String?

        @Option(help: "What fails the run: new-errors, coverage-drop, or any (either of them).")
        var failOn: DiffFailurePolicy = .any

        func run() throws {
            let diff = try ExitCodes.asUsageError { try ReportDiff.load(old: old, new: new) }
            try OutputFile.write(format.formatter.format(diff), to: output)
            if diff.fails(on: failOn) { throw ExitCodes.failingFindings }
        }
    }
}
