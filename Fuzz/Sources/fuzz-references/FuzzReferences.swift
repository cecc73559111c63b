import FuzzDriver
import Scripture

// The reference parser must take any bytes: never crash, never report a match outside the
// text, and give back ranges that read again as themselves.
private let parsers = [ReferenceParser(mode: .lenient), ReferenceParser(mode: .prose)]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReferences(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    for parser in parsers {
        var previousEnd = 0
        for match in parser.references(inUTF8: bytes) {
            precondition(match.utf8Range.lowerBound >= previousEnd, "matches overlap or go backwards")
            precondition(match.utf8Range.upperBound <= size, "a match ends past the text")
            previousEnd = match.utf8Range.upperBound
            for range in match.passage?.ranges ?? [] {
                // As an end, a whole verse means through its last part ("Acts 9:19b-19" is
                // 19b through the end of 19), so verses are compared without their parts.
                let (start, end) = (range.start, range.end)
                precondition(
                    start.book == end.book && (start.chapter, start.verse) <= (end.chapter, end.verse),
                    "a range ends before it starts: \(range)")
                let again = try? parsers[0].parseRange(range.osisID)
                precondition(again == range, "\(range.osisID) reads back as \(String(describing: again))")
            }
        }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? parsers[0].parse(text)
    _ = parsers[1].references(in: text)
    return 0
}

// SwiftPM links an executable's `main` to `fuzz_references_main`; libFuzzer's driver takes over from there.
@_cdecl("fuzz_references_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzReferences(data!, size) }
}
