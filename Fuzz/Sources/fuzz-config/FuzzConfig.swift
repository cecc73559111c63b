import CommentaryGraph
import FuzzDriver
import Scripture

// The config reader must take any text: a config or a `ConfigError`, never a crash; the glob
// patterns it yields must match in bounded time (libFuzzer's -timeout catches a hang); and
// the site profile it yields must read URLs, through its passage patterns and book codes,
// without a crash.
private let paths = [
    "en/synopsis/exo+32:31.html", "a/b/c/d/e/f/g/h/i/j/index.html",
    String(repeating: "a", count: 60), String(repeating: "ab/", count: 30) + "x.bak",
]

private let hrefs = [
    "https://thebiblesays.com/en/synopsis/exo+32:31", "/en/commentary/exo+32:30-35/index.html",
    "/commentary/exodus/32/30-35/", "/exodus-32-31.html", "/bible/Exod.32.31",
    "/notes/passage.php?book=ex&chapter=32&verse=30&end=35", "?book=Exodus&chapter=32&verse=31",
    "//versenotes.example/commentary/1-john/4/8/", "/%7Bbook%7D/{chapter}/", "",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let config = try? VersegraphConfig(yaml: text, source: "fuzz.yml") else { return 0 }
    for pattern in (config.ignoredFiles + config.ignoredURLs).map(GlobPattern.init) {
        for path in paths { _ = pattern.matches(path) }
    }
    let profile = config.profile
    for href in hrefs {
        guard let url = SiteURL(href, profile: profile) else { continue }
        _ = url.pageKind(profile: profile)
        if let range = url.passage(profile: profile, versification: .kjv) {
            // Verses compared without their parts: as an end, a whole verse means through its
            // last part.
            precondition(
                (range.start.chapter, range.start.verse) <= (range.end.chapter, range.end.verse),
                "a URL names a range that ends before it starts: \(href)")
        }
    }
    return 0
}

// SwiftPM links an executable's `main` to `fuzz_config_main`; libFuzzer's driver takes over from there.
@_cdecl("fuzz_config_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzConfig(data!, size) }
}
