#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The work libxml2 would spend on a page, estimated before it is handed over, so that one
/// hostile page is skipped and named instead of stalling a run.
///
/// libxml2's HTML parser is linear on everything tried (deep nesting, unmatched end tags,
/// unclosed comments, entity runs) but one shape: it compares each attribute of a tag with
/// every earlier one, so a tag of n attributes costs n² / 2 comparisons. 100,000 attributes
/// on one tag (1.1 MB) took 8 s, twice that 32 s. The budget counts attributes per tag in
/// one pass over the bytes and bounds the sum of those squares. It is a count, not a clock,
/// so whether a page is skipped never depends on the machine or its load.
struct ParseBudget: Sendable {
    /// At most this many attribute comparisons per page: about a fifth of a second of
    /// libxml2's time. A real page's tags carry a few dozen attributes at most.
    var maxComparisons = 200_000_000

    /// Why `utf8` is over budget (its worst tag, where it starts, and the limit), or nil.
    func problem(with utf8: [UInt8]) -> PageReadError? {
        guard !Self.isWithinBudget(size: utf8.count, maxComparisons: maxComparisons) else { return nil }
        let (comparisons, worst) = Self.comparisons(in: utf8)
        guard comparisons > maxComparisons else { return nil }
        let line = 1 + utf8[..<worst.offset].lazy.filter { $0 == 0x0A }.count
        return .tooComplex(
            reason: "the tag at line \(line) has \(worst.attributes) attributes, and libxml2's work grows with "
                + "the square of that (\(comparisons) comparisons in the page, over the limit of \(maxComparisons))")
    }

    /// True when no page of `size` bytes can be over budget, so that counting is not needed:
    /// a tag of n attributes spans at least 2n bytes (each attribute is a byte or more, then
    /// a separator, `=` or the tag's end, and the tag opens with `<` and a letter), so a page
    /// holds at most size / 2 attributes, and n(n - 1) / 2 summed over its tags is at most
    /// (size / 2)² / 2. Under the default budget that is every page up to 40,000 bytes, most
    /// of a real site, which then costs no pass at all.
    static func isWithinBudget(size: Int, maxComparisons: Int) -> Bool {
        let (square, overflow) = size.multipliedReportingOverflow(by: size)
        return !overflow && square / 8 <= maxComparisons
    }

    /// The attribute comparisons libxml2 will make on `utf8`, and its worst tag (attribute
    /// count and offset).
    static func comparisons(in utf8: [UInt8]) -> (comparisons: Int, worst: (attributes: Int, offset: Int)) {
        var comparisons = 0
        var worst = (attributes: 0, offset: 0)
        utf8.withUnsafeBufferPointer { bytes in
            var index = 0
            while let open = nextTag(in: bytes, from: index) {
                let (attributes, end) = countAttributes(in: bytes, tagAt: open)
                comparisons += attributes * (attributes - 1) / 2
                if attributes > worst.attributes { worst = (attributes, open) }
                index = end
            }
        }
        return (comparisons, worst)
    }

    /// The offset of the next `<` that opens a start tag (a letter follows), from `index`.
    private static func nextTag(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var index = index
        while let open = find(UInt8(ascii: "<"), in: bytes, from: index) {
            if open + 1 < bytes.count, bytes[open + 1] | 0x20 &- 0x61 < 26 { return open }
            index = open + 1
        }
        return nil
    }

    /// The offset of the first `byte` at or after `index`: memchr, because most of a page is
    /// text between tags and this pass must cost little next to libxml2's.
    private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + index, Int32(byte), bytes.count - index)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The attributes of the start tag at `open` as libxml2 reads them (names separated by
    /// white space, values quoted or not), and the offset just after the tag.
    private static func countAttributes(in bytes: UnsafeBufferPointer<UInt8>, tagAt open: Int) -> (Int, Int) {
        var index = open + 1
        // The element's name.
        while index < bytes.count, !isHTMLSpace(bytes[index]), bytes[index] != 0x3E, bytes[index] != 0x2F { index += 1 }
        var attributes = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3E { return (attributes, index + 1) }  // >
            if isHTMLSpace(byte) || byte == 0x2F {  // white space or /
                index += 1
                continue
            }
            if byte == 0x3C { return (attributes, index) }  // < opens the next tag: libxml2 ends this one
            attributes += 1
            // The name, then an optional value.
            while index < bytes.count, !endsName(bytes[index]) { index += 1 }
            while index < bytes.count, isHTMLSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == 0x3D else { continue }  // =
            index += 1
            while index < bytes.count, isHTMLSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            if bytes[index] == 0x22 || bytes[index] == 0x27 {  // " or '
                let quote = bytes[index]
                index = find(quote, in: bytes, from: index + 1).map { $0 + 1 } ?? bytes.count
            } else {
                while index < bytes.count, !isHTMLSpace(bytes[index]), bytes[index] != 0x3E { index += 1 }
            }
        }
        return (attributes, bytes.count)
    }

    /// White space, `=`, `>`, `/` or `<`: what ends an attribute's name.
    private static func endsName(_ byte: UInt8) -> Bool {
        isHTMLSpace(byte) || byte == 0x3D || byte == 0x3E || byte == 0x2F || byte == 0x3C
    }
}
