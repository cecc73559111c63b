import CommentaryGraph
import FuzzDriver

// The config reader must take any text: a config or a `ConfigError`, never a crash; and the
// glob patterns it yields must match in bounded time (libFuzzer's -timeout catches a hang).
private let paths = [
    "en/synopsis/exo+32:31.html", "a/b/c/d/e/f/g/h/i/j/index.html",
    String(repeating: "a", count: 60), String(repeating: "ab/", count: 30) + "x.bak",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let config = try? VersegraphConfig(yaml: text, source: "fuzz.yml") else { return 0 }
    for pattern in (config.ignoredFiles + config.ignoredURLs).map(GlobPattern.init) {
        for path in paths { _ = pattern.matches(path) }
    }
    return 0
}

// SwiftPM links an executable's `main` to `fuzz_config_main`; libFuzzer's driver takes over from there.
@_cdecl("fuzz_config_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzConfig(data!, size) }
}
