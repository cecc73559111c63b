import ArgumentParser

/// The exit statuses of versegraph, in one place (the README's table mirrors this).
///
/// | status | meaning |
/// |---|---|
/// | 0 | success: no failing finding, coverage at or above `--fail-under` |
/// | 1 | `check` found failing findings; `diff` met `--fail-on`; `ref` met a piece that is not a valid reference |
/// | 2 | `coverage` is below `--fail-under` |
/// | 64 | usage error: an unknown option, a bad value, a missing input |
/// | 70 | an output file or standard output could not be written, or `build --svg always` could not run Graphviz |
enum ExitCodes {
    /// Findings fail the run (`check`, `diff`), or a reference did not parse.
    static let failingFindings = ExitCode(1)
    /// Coverage is below the threshold.
    static let coverageBelowThreshold = ExitCode(2)
    /// The command line or an input is wrong.
    static let usage = ExitCode(64)
    /// An output file could not be written (or Graphviz could not render with `--svg always`).
    static let cannotWrite = ExitCode(70)

    /// Runs `body`, turning what it throws into a message on standard error and status 64.
    /// A missing input, a broken configuration or baseline is a usage error: with status 1 a
    /// CI job could not tell it from findings that fail the run.
    static func asUsageError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            StandardStreams.err("versegraph: error: \(error)\n")
            throw usage
        }
    }
}
