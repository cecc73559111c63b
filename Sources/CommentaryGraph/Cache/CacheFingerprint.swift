extension PageInterpreter {
    /// Bumped whenever interpretation changes what it makes of the same scanned page.
    static let interpreterRevision = 1

    /// What the interpreted pages depend on besides what the scanner read: the site's hosts,
    /// page kinds, passage URL patterns, book codes and title patterns, the versification and
    /// the base URL. A profile that reads URLs or titles differently must not reuse records
    /// made under another.
    public var fingerprint: UInt64 {
        let bookCodes: [String] =
            switch profile.bookCodes {
            case .table(let table): ["table"] + table.map { "\($0.key)=\($0.value.osisID)" }.sorted()
            default: [profile.bookCodes.description]
            }
        let parts =
            [VersegraphTool.version, String(Self.interpreterRevision), versification.rawValue, baseURL?.key ?? ""]
            + ["|"] + profile.hosts + ["|"] + profile.synopsisPathPrefixes + ["|"] + profile.commentaryPathPrefixes
            + ["|"] + profile.passageURLs.map(\.text) + ["|"] + bookCodes + ["|"] + profile.titlePatterns.map(\.text)
        return ContentHash.xxh64(Array(parts.joined(separator: "\u{0}").utf8))
    }
}

extension CorpusLoader {
    /// The fingerprint of a page cache this loader can use: its records are interpreted
    /// pages, so both the scanner's and the interpreter's settings must match.
    public var cacheFingerprint: UInt64 {
        var bytes: [UInt8] = []
        for part in [scanner.fingerprint, interpreter.fingerprint] {
            withUnsafeBytes(of: part.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return ContentHash.xxh64(bytes)
    }
}
