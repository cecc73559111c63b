import Foundation

@testable import CommentaryGraph

/// The sample corpus in `Inputs/`, read once for every test that needs it.
enum SampleCorpus {
    /// The repository's root folder.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `Inputs/`.
    static var inputs: String { root.appendingPathComponent("Inputs").path }

    static func loader(jobs: Int = 2) -> CorpusLoader {
        CorpusLoader(
            scanner: HTMLPageScanner(profile: .theBibleSays),
            interpreter: PageInterpreter(profile: .theBibleSays, versification: .kjv), jobs: jobs)
    }

    /// The corpus read with two jobs.
    static let corpus: Corpus = try! loader().load([inputs])

    /// The page at `path` (relative to `Inputs/`).
    static func page(_ path: String) -> CommentaryPage? { corpus.pages.first { $0.path == path } }
}
