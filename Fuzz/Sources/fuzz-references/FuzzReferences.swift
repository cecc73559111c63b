import FuzzDriver
import Scripture

// The reference parser must take any bytes: never crash, never report a match outside the
// text, and give back ranges that read again as themselves; a scan into reused storage
// (`versegraph ref`'s way) must answer as a fresh one does.
private let parsers = [ReferenceParser(mode: .lenient), ReferenceParser(mode: .prose)]
nonisolated(unsafe) private var reused = [ReferenceScan(), ReferenceScan()]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReferences(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    for (index, parser) in parsers.enumerated() {
        var previousEnd = 0
        let matches = parser.references(inUTF8: bytes)
        parser.scan(inUTF8: bytes, into: &reused[index])
        precondition(reused[index].matches == matches, "a reused scan answers otherwise")
        precondition(
            Array(reused[index].ranges) == reused[index].pieces.flatMap { reused[index].ranges[$0.rangeIndices] },
            "the scan's ranges are not its valid pieces' ranges")
        for match in matches {
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
    // No error outlives its input: Swift keeps an indirect enum's case in the spare bits of
    // its pointer, which LeakSanitizer cannot follow, so a kept error reads as a leak. The
    // scans keep their storage, and so still test its reuse.
    for index in reused.indices { parsers[index].scan(inUTF8: UnsafeBufferPointer(start: nil, count: 0), into: &reused[index]) }
    return 0
}

// SwiftPM links an executable's `main` to `fuzz_references_main`; libFuzzer's driver takes over from there.
@_cdecl("fuzz_references_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzReferences(data!, size) }
}
