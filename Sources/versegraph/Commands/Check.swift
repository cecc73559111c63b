import ArgumentParser
import CommentaryGraph
import Foundation

extension CheckFormat: ExpressibleByArgument {}

extension Versegraph {
    /// `versegraph check`: link-integrity checks that a CI job can gate on.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check links and pages: dangling links, wrong targets, invalid references, and more.",
            discussion: """
                Rules: \(IntegrityChecker.allRules.map { "\($0.description.id) (\($0.description.defaultSeverity.rawValue))" }.joined(separator: ", ")). \
                versegraph.yml can change a rule's severity or turn it off. \
                Exit status: 0 when no error (with --strict: no warning either), 1 when findings fail the run, 64 for a usage error, 70 when the report cannot be written.
                """)

        @OptionGroup var input: InputOptions

        @Option(
            help: "Report format: text, json, sarif (SARIF 2.1.0), github (workflow annotations and a summary table), or junit.")
        var format: CheckFormat = .text

        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp("File to write the report to (default: standard output).", valueName: "file"))
        var output: String?

        @Flag(help: "Fail on warnings too.")
        var strict = false

        @Option(
            help: ArgumentHelp(
                "A previous json report: only findings that are not in it fail the run or are reported.", valueName: "file"))
        var baseline: String?

        func run() throws {
            let session = try Session.open(input)
            var report = IntegrityChecker(config: session.config).check(session.corpus, jobs: session.jobs)
            report.files = session.files
            if let baseline {
                let known = try ExitCodes.asUsageError { try CheckBaseline.load(from: baseline) }
                let before = report.findings.count
                report = known.removingKnown(from: report)
                if !input.quiet {
                    let left = before - report.findings.count
                    let what = left == 1 ? "1 finding already in \(baseline) was" : "\(left) findings already in \(baseline) were"
                    StandardStreams.err("versegraph: \(what) left out\n")
                }
            }
            let styler: CheckStyler? = format == .text && output == nil ? Colors.checkStyler() : nil
            try OutputFile.write(format.formatter(styler: styler).format(report), to: output)
            let failing = report.findings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
            if !input.quiet, output != nil || format != .text {
                StandardStreams.err("versegraph: \(session.readingSummary); \(report.countsText)\n")
            } else if !input.quiet, session.files.found != session.files.pages {
                // The text report's last line counts pages; what became of the other files
                // is said here.
                StandardStreams.err("versegraph: \(session.readingSummary)\n")
            }
            if failing { throw ExitCodes.failingFindings }
        }
    }
}
