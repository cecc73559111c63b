/// How well something is covered, in the bands coverage tools colour by.
public enum CoverageBand: String, CaseIterable, Sendable, Hashable {
    /// 90% or more.
    case high
    /// From 75% up to (not including) 90%.
    case medium
    /// Under 75%.
    case low

    /// The lowest percent of the `high` band.
    public static let highThreshold = 90.0
    /// The lowest percent of the `medium` band.
    public static let mediumThreshold = 75.0

    /// The band of an unrounded percent. The unrounded value is used, as by
    /// `CoverageReport.meets(threshold:)`, so that 89.997% (shown as `90.00`) is medium: the
    /// colour agrees with `--fail-under 90`, which it fails.
    public init(percent: Double) {
        if percent >= Self.highThreshold {
            self = .high
        } else if percent >= Self.mediumThreshold {
            self = .medium
        } else {
            self = .low
        }
    }
}

/// Decorates a cell's text for its band, e.g. with terminal colours. The library never knows
/// about terminals: the CLI passes a closure that adds escape codes, tests pass markers, and
/// the default leaves the text as it is.
public typealias CoverageStyler = @Sendable (String, CoverageBand) -> String

/// Verse and covered-verse counts of a chapter, a book or a whole report, with the percent
/// derived the same way everywhere.
public protocol CoverageCounts {
    /// The number of verses in scope.
    var verses: Int { get }
    /// The number of those verses that some counted page holds.
    var covered: Int { get }
}

extension CoverageCounts {
    /// The number of verses that no counted page holds.
    public var uncovered: Int { verses - covered }

    /// The unrounded percent covered; 100 when there is nothing to cover (as coverage.py does).
    public var percent: Double {
        verses > 0 ? Double(covered) * 100 / Double(verses) : 100
    }

    /// The band of the unrounded percent.
    public var band: CoverageBand { CoverageBand(percent: percent) }

    /// The percent with exactly two decimals, such as `87.50` or `33.33`.
    ///
    /// Rounded half up in integer arithmetic, so the text never depends on floating point;
    /// like coverage.py it never shows `100.00` while a verse is missing, nor `0.00` while one
    /// is covered (it shows `99.99` and `0.01` instead).
    public var percentText: String { CoverageWording.points(percentHundredths, signed: false) }

    /// The percent as shown by `percentText`, in hundredths: `8750` for `87.50`.
    public var percentHundredths: Int { share(outOf: 10_000) }

    /// covered/verses in units of `1/whole`, rounded half up in integer arithmetic, but never
    /// `whole` while a verse is missing nor 0 while one is covered; `whole` when there is
    /// nothing to cover. `share(outOf: 1_000)` is the percent in tenths.
    func share(outOf whole: Int) -> Int {
        guard verses > 0 else { return whole }
        var units = (covered * 2 * whole + verses) / (2 * verses)
        if units == whole, covered < verses { units = whole - 1 }
        if units == 0, covered > 0 { units = 1 }
        return units
    }
}
