import CommentaryGraph
import Foundation
import Rainbow

/// Terminal colors: on when standard output is a terminal and `NO_COLOR` is not set.
enum Colors {
    static var enabled: Bool {
        StandardStreams.outIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// Colors coverage cells by band: green from 90%, yellow from 75%, red below.
    static func coverageStyler() -> CoverageStyler? {
        guard enabled else { return nil }
        Rainbow.enabled = true
        return { text, band in
            switch band {
            case .high: text.green
            case .medium: text.yellow
            case .low: text.red
            }
        }
    }

    /// Colors severities in check output.
    static func checkStyler() -> CheckStyler? {
        guard enabled else { return nil }
        Rainbow.enabled = true
        return { text, severity in
            switch severity {
            case .error: text.red.bold
            case .warning: text.yellow.bold
            case .note: text.cyan
            }
        }
    }
}
