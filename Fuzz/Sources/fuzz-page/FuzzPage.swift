import CommentaryGraph
import FuzzDriver
import Scripture

// Page extraction must take any bytes: sniffing, decoding, libxml2, the scanner and the
// interpreter either give a page or a `PageReadError`, never a crash or a hang. And a page
// reads the same parsed lean (prose and script bodies cut out) as parsed whole.
private let scanner = HTMLPageScanner(profile: .theBibleSays)
private let wholeScanner = {
    var scanner = HTMLPageScanner(profile: .theBibleSays)
    scanner.parsesLean = false
    return scanner
}()
private let interpreter = PageInterpreter(profile: .theBibleSays, versification: .kjv)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let lean = Result { () throws(PageReadError) in try scanner.scan(bytes) }
    let whole = Result { () throws(PageReadError) in try wholeScanner.scan(bytes) }
    precondition(lean == whole, "read differently lean and whole: \(lean) vs \(whole)")
    guard case .success(let scanned) = lean else { return 0 }
    let page = interpreter.page(from: scanned, path: "/en/synopsis/exo+32:31", file: "fuzz.html")
    // The interpreter drops links that are neither to the site's pages nor name a passage;
    // it never makes one up.
    precondition(page.links.count <= scanned.links.count, "the interpreter made up links")
    for link in page.links { precondition(link.line >= 1, "a link without a line: \(link.href)") }
    return 0
}

// SwiftPM links an executable's `main` to `fuzz_page_main`; libFuzzer's driver takes over from there.
@_cdecl("fuzz_page_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzPage(data!, size) }
}
