/// A shields.io endpoint badge (`https://img.shields.io/endpoint?url=…`) for a README:
///
/// ```json
/// {"color": "red", "label": "verse coverage", "message": "62.4 %", "schemaVersion": 1}
/// ```
///
/// The message is the total percent with one decimal, rounded as the two-decimal percents are
/// (never `100.0 %` while a verse is missing, nor `0.0 %` while one is covered); the colour is
/// the band's: `brightgreen` from 90%, `yellow` from 75%, `red` below.
public struct ShieldsCoverageFormatter: CoverageFormatter {
    /// The badge's left-hand text.
    public let label: String

    /// A formatter whose badge reads `label`.
    public init(label: String = "verse coverage") {
        self.label = label
    }

    /// The endpoint JSON, ending with a newline.
    public func format(_ report: CoverageReport) -> String {
        let totals = report.totals
        return JSONText.object([
            "schemaVersion": .int(1),
            "label": .string(label),
            "message": .string("\(Self.tenths(totals)) %"),
            "color": .string(Self.color(totals.band)),
        ]).document
    }

    /// The percent with one decimal: `62.4`.
    static func tenths(_ counts: some CoverageCounts) -> String {
        let tenths = counts.share(outOf: 1_000)
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// The shields.io colour of a band.
    static func color(_ band: CoverageBand) -> String {
        switch band {
        case .high: "brightgreen"
        case .medium: "yellow"
        case .low: "red"
        }
    }
}
