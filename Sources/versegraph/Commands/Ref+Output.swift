import CommentaryGraph
import Scripture

/// What `ref` writes: one answer line per input line on standard output, one diagnostic per
/// bad piece on standard error, both gathered in byte buffers and written in blocks.
struct RefOutput {
    let parser: ReferenceParser
    let format: Versegraph.Ref.Format
    private(set) var failed = false
    private var lineNumber = 0
    private var out: [UInt8] = []
    private var err: [UInt8] = []

    init(parser: ReferenceParser, format: Versegraph.Ref.Format) {
        self.parser = parser
        self.format = format
        out.reserveCapacity(1 << 17)
    }

    /// Reads one line (UTF-8, without its line break) and buffers its answer.
    mutating func handle(_ line: UnsafeBufferPointer<UInt8>) {
        lineNumber += 1
        let matches = parser.references(inUTF8: line)
        var errors: [(text: String, error: String)] = []
        for match in matches {
            if case .failure(let error) = match.result {
                let piece = String(decoding: UnsafeBufferPointer(rebasing: line[match.utf8Range]), as: UTF8.self)
                errors.append((piece, "\(error)"))
            }
        }
        if matches.isEmpty {
            let input = String(decoding: line, as: UTF8.self)
            errors.append((input.trimmingSpaces, "\(ScriptureError.noReference(input.trimmingSpaces))"))
        }
        for (piece, message) in errors {
            failed = true
            // A message that starts by quoting what is wrong is not prefixed with the piece.
            let prefix = message.hasPrefix("\"") || matches.isEmpty ? "" : "\"\(piece)\": "
            err.append(contentsOf: "line \(lineNumber): \(prefix)\(message)\n".utf8)
        }
        switch format {
        case .osis: appendOSIS(matches)
        case .human: out.append(contentsOf: human(matches).utf8)
        case .json: out.append(contentsOf: json(matches, errors: errors, line: line).utf8)
        }
        out.append(0x0A)
        if out.count > 1 << 17 { flush() }
    }

    /// Writes what is buffered.
    mutating func flush() {
        if !err.isEmpty {
            StandardStreams.err(bytes: err)
            err.removeAll(keepingCapacity: true)
        }
        if !out.isEmpty {
            StandardStreams.out(bytes: out)
            out.removeAll(keepingCapacity: true)
        }
    }

    private mutating func appendOSIS(_ matches: [ReferenceMatch]) {
        var first = true
        for match in matches {
            guard case .success(let passage) = match.result else { continue }
            for range in passage.ranges {
                if !first { out.append(0x2C) }
                first = false
                range.appendOSIS(to: &out)
            }
        }
    }

    private func osis(_ matches: [ReferenceMatch]) -> [String] { matches.compactMap { $0.passage?.osisID } }

    private func human(_ matches: [ReferenceMatch]) -> String {
        matches.compactMap { $0.passage?.humanForm(in: parser.versification) }.joined(separator: "; ")
    }

    private func json(
        _ matches: [ReferenceMatch], errors: [(text: String, error: String)], line: UnsafeBufferPointer<UInt8>
    ) -> String {
        let references = osis(matches)
        return JSONText.object([
            "input": .string(String(decoding: line, as: UTF8.self)),
            "osis": .string(references.joined(separator: ",")),
            "human": .string(human(matches)),
            "references": JSONText.strings(references),
            "errors": .array(errors.map { JSONText.strings(["text": $0.text, "error": $0.error]) }),
        ]).compact
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
