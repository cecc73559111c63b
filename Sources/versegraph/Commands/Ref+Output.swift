import CommentaryGraph
import Dispatch
import Scripture

/// What `ref` writes: one answer line per input line on standard output, one diagnostic per
/// bad piece on standard error, both gathered in byte buffers and written in blocks by
/// `flush()` (the caller's, after each block read).
struct RefOutput {
    let parser: ReferenceParser
    let format: Versegraph.Ref.Format
    private(set) var failed = false
    private(set) var lineNumber = 0
    /// The references of the line being read, in storage kept from line to line.
    private var found = ReferenceScan()
    private var out = ByteBuffer()
    private var err = ByteBuffer()
    /// The second worker's buffers, kept between blocks.
    private var spareOut = ByteBuffer()
    private var spareErr = ByteBuffer()

    init(parser: ReferenceParser, format: Versegraph.Ref.Format) {
        self.parser = parser
        self.format = format
    }

    /// Reads one line (UTF-8, without its line break) and buffers its answer.
    mutating func handle(_ line: UnsafeBufferPointer<UInt8>) {
        lineNumber += 1
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
            err.append("line \(lineNumber): ")
            if !error.quoted { err.append("\"\(error.text)\": ") }
            err.append(error.message)
            err.append(0x0A)
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

    /// Reads `lines`, which follow the lines read so far, and buffers their answers in order.
    /// A large block is read by two workers at once, each with its own buffers (moved in and
    /// out, never shared, so that no buffer is copied).
    mutating func handle(block lines: [UnsafeBufferPointer<UInt8>]) {
        guard lines.count >= 256 else {
            for line in lines { handle(line) }
            return
        }
        let half = lines.count / 2
        var first = RefOutput(parser: parser, format: format)
        var second = RefOutput(parser: parser, format: format)
        first.lineNumber = lineNumber
        second.lineNumber = lineNumber + half
        swap(&first.out, &out)
        swap(&first.err, &err)
        swap(&second.out, &spareOut)
        swap(&second.err, &spareErr)
        nonisolated(unsafe) var workers = (first, second)
        nonisolated(unsafe) let lines = lines
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                for line in lines[..<half] { workers.0.handle(line) }
            } else {
                for line in lines[half...] { workers.1.handle(line) }
            }
        }
        swap(&out, &workers.0.out)
        swap(&err, &workers.0.err)
        out.append(workers.1.out)
        err.append(workers.1.err)
        failed = failed || workers.0.failed || workers.1.failed
        lineNumber = workers.1.lineNumber
        swap(&spareOut, &workers.1.out)
        swap(&spareErr, &workers.1.err)
        spareOut.removeAll()
        spareErr.removeAll()
    }

    /// Writes what is buffered.
    ///
    /// - Throws: status 70, having said why, when standard output cannot be written (a full
    ///   disk); a reader that went away is no error.
    mutating func flush() throws {
        if !err.isEmpty {
            err.withBytes { StandardStreams.err(bytes: $0) }
            err.removeAll()
        }
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
