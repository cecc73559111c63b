import CommentaryGraph
import Foundation
import Rainbow

/// Terminal colors: on when standard output is a terminal and `NO_COLOR` is not set (Rainbow
/// makes the same decision for its own `enabled`, so its styles apply exactly then).
enum Colors {
    static var enabled: Bool {
        StandardStreams.outIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// Colors coverage cells by band: green from 90%, yellow from 75%, red below.
    static func coverageStyler() -> CoverageStyler? {
        guard enabled else { return nil }
        return { text, band in
            switch band {
            case .high: text.green
            case .medium: text.yellow
            case .low: text.red
            }
        }
    }

    /// Colors the severity word of check findings: errors red and bold, warnings yellow and
    /// bold, notes cyan, as compilers do.
    static func checkStyler() -> CheckStyler? {
        guard enabled else { return nil }
        return { text, severity in
            switch severity {
            case .error: text.red.bold
            case .warning: text.yellow.bold
            case .note: text.cyan
            }
        }
    }
}
