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
