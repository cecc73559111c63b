import ArgumentParser
import CommentaryGraph
import Scripture

extension Versegraph {
    /// `versegraph show`: what the corpus says about one passage.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which pages cover a verse or passage, and its deeper and related links in and out.")

        @Argument(help: ArgumentHelp("The verse or passage: \"Exodus 32:31\", \"Exod.32.30-Exod.32.35\".", valueName: "passage"))
        var passage: String

        @OptionGroup var input: InputOptions

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        func validate() throws {
            do { _ = try ReferenceParser(versification: input.versificationForArguments).parseRange(passage) } catch {
                throw ValidationError("\"\(passage)\": \(error)")
            }
        }

        func run() throws {
            let session = try Session.open(input)
            let range = try ReferenceParser(versification: session.versification).parseRange(passage)
            let report = PassageReport(range: range, corpus: session.corpus)
            try OutputFile.write(format == .json ? report.json : report.text, to: nil)
        }
    }
}
