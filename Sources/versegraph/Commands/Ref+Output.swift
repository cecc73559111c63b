import CommentaryGraph
import Scripture

/// What `ref` writes for a run of lines: one answer line per input line on standard output,
/// one diagnostic per bad piece on standard error, both gathered in byte buffers and written
/// by `flush(firstLine:)`. The diagnostics count lines from the run's start: a block's place in
/// the input is known only once the blocks before it are cut, and they may be answered at once
/// (`StandardInputPipeline`).
struct RefOutput {
    let parser: ReferenceParser
    let format: Versegraph.Ref.Format
    private(set) var failed = false
    /// The lines handled since the last flush.
    private(set) var lineCount = 0
    /// The references of the line being read, in storage kept from line to line.
    private var found = ReferenceScan()
    private var out = ByteBuffer()
    /// The diagnostics without their "line N: ", each ending where `diagnosticEnds` says, for
    /// the line (counted from 0) it gives.
    private var diagnostics = ByteBuffer()
    private var diagnosticEnds: [(line: Int, end: Int)] = []

    init(parser: ReferenceParser, format: Versegraph.Ref.Format) {
        self.parser = parser
        self.format = format
    }

    /// Reads one line (UTF-8, without its line break) and buffers its answer.
    mutating func handle(_ line: UnsafeBufferPointer<UInt8>) {
        defer { lineCount += 1 }
        parser.scan(inUTF8: line, into: &found)
        // Most lines have no error: no list of errors is made for them.
        let errors = found.count == 0 || found.hasErrors ? reportErrors(in: line) : nil
        switch format {
        case .osis: appendOSIS()
        case .human: out.append(human(found.matches))
        case .json: out.append(json(found.matches, errors: errors ?? [], line: line))
        }
        out.append(0x0A)
    }

    /// Buffers the diagnostics of the line just scanned, and returns them.
    private mutating func reportErrors(in line: UnsafeBufferPointer<UInt8>) -> [RefError] {
        var errors: [RefError] = []
        if found.count == 0 {
            let input = Self.trimmed(line)
            errors.append(RefError(text: input, message: "\(ScriptureError.noReference(input))", quoted: true))
        }
        for match in found.pieces {
            guard let error = found.error(of: match) else { continue }
            let piece = String(decoding: UnsafeBufferPointer(rebasing: line[match.utf8Range]), as: UTF8.self)
            let message = "\(error)"
            // A message that starts by quoting what is wrong is not prefixed with the piece.
            errors.append(RefError(text: piece, message: message, quoted: message.hasPrefix("\"")))
        }
        for error in errors {
            failed = true
            if !error.quoted { diagnostics.append("\"\(error.text)\": ") }
            diagnostics.append(error.message)
            diagnosticEnds.append((lineCount, diagnostics.count))
        }
        return errors
    }

    /// A bad piece of a line and why.
    struct RefError {
        let text: String
        let message: String
        /// The message already quotes what is wrong.
        let quoted: Bool
    }

    /// The line without surrounding ASCII spaces and tabs.
    private static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> String {
        var lower = 0
        var upper = line.count
        while lower < upper, line[lower] == 0x20 || line[lower] == 0x09 { lower += 1 }
        while upper > lower, line[upper - 1] == 0x20 || line[upper - 1] == 0x09 { upper -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: line[lower..<upper]), as: UTF8.self)
    }

    /// Writes what is buffered, the diagnostics first, numbering the lines handled since the
    /// last flush from `firstLine`; then counts lines from 0 again.
    ///
    /// - Throws: status 70, having said why, when standard output cannot be written (a full
    ///   disk); a reader that went away is no error.
    mutating func flush(firstLine: Int) throws {
        if !diagnosticEnds.isEmpty {
            var err = ByteBuffer()
            diagnostics.withBytes { text in
                var start = 0
                for (line, end) in diagnosticEnds {
                    err.append("line \(firstLine + line): ")
                    err.append(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(text)[start..<end]))
                    err.append(0x0A)
                    start = end
                }
            }
            err.withBytes { StandardStreams.err(bytes: $0) }
            diagnostics.removeAll()
            diagnosticEnds.removeAll(keepingCapacity: true)
        }
        lineCount = 0
        if !out.isEmpty {
            let problem = out.withBytes { StandardStreams.out(bytes: $0) }
            out.removeAll()
            if let problem { throw OutputFile.failure("standard output", problem) }
        }
    }

    /// The valid references' ranges (the scan's `ranges` are all of them, in order), written
    /// straight from the scan's storage.
    private mutating func appendOSIS() {
        // The buffer is moved out while written: a closure that wrote `self.out` while
        // `self.found` is read would make Swift copy the scan (and retain its arrays).
        var out = ByteBuffer()
        swap(&out, &self.out)
        found.withRanges { ranges in
            var separator = false
            for range in ranges {
                out.write(atMost: 1 + VerseRange.osisByteCapacity) { pointer in
                    if separator { pointer.storeBytes(of: 0x2C, as: UInt8.self) }
                    let comma = separator ? 1 : 0
                    return comma + range.writeOSIS(to: pointer + comma)
                }
                separator = true
            }
        }
        swap(&out, &self.out)
    }

    private func osis(_ matches: [ReferenceMatch]) -> [String] { matches.compactMap { $0.passage?.osisID } }

    private func human(_ matches: [ReferenceMatch]) -> String {
        matches.compactMap { $0.passage?.humanForm(in: parser.versification) }.joined(separator: "; ")
    }

    private func json(
        _ matches: [ReferenceMatch], errors: [RefError], line: UnsafeBufferPointer<UInt8>
    ) -> String {
        let references = osis(matches)
        return JSONText.object([
            "input": .string(String(decoding: line, as: UTF8.self)),
            "osis": .string(references.joined(separator: ",")),
            "human": .string(human(matches)),
            "references": JSONText.strings(references),
            "errors": .array(errors.map { JSONText.strings(["text": $0.text, "error": $0.message]) }),
        ]).compact
    }
}
