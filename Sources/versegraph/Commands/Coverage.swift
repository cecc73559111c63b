import ArgumentParser
import CommentaryGraph

extension CoverageFormat: ExpressibleByArgument {}
extension CoverageKind: ExpressibleByArgument {}
extension CoverageListing.Order: ExpressibleByArgument {}

extension Versegraph {
    /// `versegraph coverage`: which verses no page covers yet.
    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report which verses the pages cover, book by book, and which are missing.",
            discussion: """
                A verse is covered when the passage of some page of the chosen kind holds it. \
                The denominator is the versification: canon (all 31,102 KJV verses), corpus (the \
                books that have a page), OT, NT, or a list of OSIS book ids such as Exod,Lev. \
                Exit status 2 when --fail-under is given and total coverage is below it.
                """)

        @OptionGroup var input: InputOptions

        @Option(help: "Which pages count: any, synopsis or commentary.")
        var kind: CoverageKind = .any

        @Option(
            help: ArgumentHelp(
                "The verses counted: canon, corpus, OT, NT, or OSIS book ids such as Exod,Lev.", valueName: "scope"))
        var scope: String = "canon"

        @Option(
            help:
                "Report format: text (a table like coverage.py's), json, markdown (for a CI job summary), lcov, html (one self-contained page), cobertura (XML for GitLab, Jenkins, Azure) or shields (a badge endpoint)."
        )
        var format: CoverageFormat = .text

        @Flag(help: "text and markdown: leave out books whose every verse is covered.")
        var skipCovered = false

        @Option(help: "text and markdown: the order of the books: canon (the default), cover (lowest first) or name.")
        var sort: CoverageListing.Order = .canon

        @Option(
            name: [.short, .customLong("output")],
            help: ArgumentHelp("File to write the report to (default: standard output).", valueName: "file"))
        var output: String?

        @Option(
            help: ArgumentHelp("Exit with status 2 when total coverage is below PCT percent (not rounded).", valueName: "pct"))
        var failUnder: Double?

        func validate() throws {
            do { _ = try CoverageScope(parsing: scope) } catch { throw ValidationError("--scope \"\(scope)\": \(error)") }
            if skipCovered || sort != .canon, format != .text, format != .markdown {
                throw ValidationError("--skip-covered and --sort apply to --format text and markdown only.")
            }
            if let failUnder, !(0...100).contains(failUnder) {
                throw ValidationError("--fail-under takes a percentage from 0 to 100.")
            }
        }

        func run() throws {
            let session = try Session.open(input)
            let report = CoverageReport(corpus: session.corpus, kind: kind, scope: try CoverageScope(parsing: scope))
            let styler: CoverageStyler? = format == .text && output == nil ? Colors.coverageStyler() : nil
            let listing = CoverageListing(skipCovered: skipCovered, order: sort)
            try OutputFile.write(format.formatter(styler: styler, listing: listing).format(report), to: output)
            guard let failUnder else { return }
            if report.totals.verses == 0 {
                // An empty scope is no evidence of coverage: never let it pass a gate.
                StandardStreams.err("versegraph: no verses in scope \(scope); failing --fail-under\n")
                throw ExitCodes.coverageBelowThreshold
            }
            if !report.meets(threshold: failUnder) {
                StandardStreams.err(
                    "versegraph: total coverage \(report.totals.percentText)% is below --fail-under \(failUnder)%\n")
                throw ExitCodes.coverageBelowThreshold
            }
        }
    }
}
