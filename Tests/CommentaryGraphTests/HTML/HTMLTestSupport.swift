import Foundation
import Testing

@testable import CommentaryGraph

/// Scans `html` (UTF-8) with the TheBibleSays profile.
func scan(_ html: String, profile: SiteProfile = .theBibleSays) throws -> ScannedPage {
    try HTMLPageScanner(profile: profile).scan(Array(html.utf8))
}

/// The bytes of `Fixtures/html/<name>`.
func fixture(_ name: String) throws -> [UInt8] {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/html"))
    return try [UInt8](Data(contentsOf: url))
}

/// `body` inside a minimal page.
func page(_ body: String) -> String {
    "<!DOCTYPE html>\n<html><head><title>T</title></head><body>\n\(body)\n</body></html>\n"
}

/// `(kind, href, text)` of each link, for compact expectations.
func triples(_ page: ScannedPage) -> [String] {
    page.links.map { "\($0.kind.rawValue) \($0.href) \($0.text)" }
}

/// `bytes` scanned with lean parses off: what every page must read as.
func wholeScan(_ bytes: [UInt8]) -> Result<ScannedPage, PageReadError> {
    var scanner = HTMLPageScanner(profile: .theBibleSays)
    scanner.parsesLean = false
    return Result { () throws(PageReadError) in try scanner.scan(bytes) }
}

/// `bytes` scanned as the command line scans them, lean where it can.
func leanScan(_ bytes: [UInt8]) -> Result<ScannedPage, PageReadError> {
    Result { () throws(PageReadError) in try HTMLPageScanner(profile: .theBibleSays).scan(bytes) }
}

/// What the lean parse of `html` (valid UTF-8) makes of it, and whether its cuts were all
/// harmless (else the scanner parses the page again whole); nil when nothing is cut.
func leanParse(_ html: String) throws -> (page: ScannedPage, harmless: Bool)? {
    let rules = SectionRules(profile: .theBibleSays)
    guard let lean = LeanPage(Array(html.utf8), keep: rules.leanKeep) else { return nil }
    let handler = PageExtractorHandler(rules: rules, cuts: lean)
    try LibXML2Parser.parse(utf8: lean.bytes, handler: handler)
    return (handler.extractor.finish(encoding: .utf8), handler.extractor.cutsWereHarmless)
}
