/// What the HTML layer read off each file, kept between runs so that an unchanged file is
/// neither read nor parsed again.
///
/// A file is unchanged when its size, modification time and inode are those recorded; when
/// only the time or inode differ (a `touch`, a fresh checkout), its content hash decides.
/// The cache as a whole is valid only for the versegraph version and the extraction settings
/// (`fingerprint`) it was made with: a cache made under others is not trusted at all.
///
/// The library never touches the cache file: `encoded()` and `init(decoding:fingerprint:)`
/// turn it into bytes and back, and the caller stores them (atomically).
public struct PageCache: Sendable {
    /// One file's record.
    struct Entry: Sendable {
        var size: Int64
        var modified: Int64
        var inode: UInt64
        var contentHash: UInt64
        var page: ScannedPage
    }

    /// What the cache's pages depend on besides the files: versegraph's version, the
    /// extractor's revision and the profile's section rules.
    public let fingerprint: UInt64
    private(set) var entries: [String: Entry]

    /// An empty cache for scanners with `fingerprint`.
    public init(fingerprint: UInt64) {
        self.fingerprint = fingerprint
        self.entries = [:]
    }

    /// How many files the cache holds.
    public var count: Int { entries.count }

    /// The record of `file` when its status shows it unchanged.
    func entry(for file: String, status: FileSystem.Status) -> Entry? {
        guard let entry = entries[file], entry.size == status.size, entry.modified == status.modified,
            entry.inode == status.inode
        else { return nil }
        return entry
    }

    /// The record of `file` whatever its status, for the content-hash comparison.
    func anyEntry(for file: String) -> Entry? { entries[file] }

    /// Replaces every record with `entries` (files no longer found drop out).
    mutating func replaceEntries(_ entries: [String: Entry]) { self.entries = entries }
}

/// Why a cache file was not used.
public enum PageCacheError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not a versegraph page cache (another file, or a newer or older format).
    case foreign
    /// Made with another versegraph version or other extraction settings.
    case stale
    /// Truncated or corrupted.
    case damaged

    public var description: String {
        switch self {
        case .foreign: "not a versegraph page cache of this format"
        case .stale: "made by another versegraph version or with other extraction settings"
        case .damaged: "the file is damaged (truncated or corrupted)"
        }
    }
}

extension PageCache {
    /// The first bytes of a cache file, followed by the format revision.
    static let magic = Array("VGPAGES\u{0}".utf8)
    /// The layout of the records; bumped whenever `encoded()` changes.
    static let formatRevision: UInt64 = 1

    /// The cache in its file format: a header, then one record a file, sorted by file (so the
    /// same cache gives the same bytes), and a content hash of all of it at the end.
    public func encoded() -> [UInt8] {
        var writer = ByteWriter(capacity: entries.count * 600)
        writer.write(raw: Self.magic)
        writer.write(Self.formatRevision)
        writer.write(fingerprint)
        writer.write(entries.count)
        for file in entries.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let entry = entries[file]!
            writer.write(file)
            writer.write(entry.size)
            writer.write(entry.modified)
            writer.write(entry.inode)
            writer.write(entry.contentHash)
            entry.page.encode(into: &writer)
        }
        var bytes = writer.bytes
        let checksum = ContentHash.xxh64(bytes)
        withUnsafeBytes(of: checksum.littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The cache stored in `bytes`, if it was made with `fingerprint`.
    public init(decoding bytes: [UInt8], fingerprint: UInt64) throws(PageCacheError) {
        guard bytes.count >= Self.magic.count + 8, bytes.starts(with: Self.magic) else { throw .foreign }
        let body = Array(bytes.dropLast(8))
        let stored = bytes.suffix(8).withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        var reader = ByteReader(body, offset: Self.magic.count)
        do {
            guard try reader.readUInt64() == Self.formatRevision else { throw PageCacheError.foreign }
            guard ContentHash.xxh64(body) == stored else { throw PageCacheError.damaged }
            guard try reader.readUInt64() == fingerprint else { throw PageCacheError.stale }
            let count = try reader.readInt()
            guard count >= 0, count <= body.count else { throw PageCacheError.damaged }
            var entries: [String: Entry] = [:]
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let file = try reader.readString()
                entries[file] = Entry(
                    size: try reader.readInt64(), modified: try reader.readInt64(), inode: try reader.readUInt64(),
                    contentHash: try reader.readUInt64(), page: try ScannedPage(decoding: &reader))
            }
            guard reader.isAtEnd else { throw PageCacheError.damaged }
            self.fingerprint = fingerprint
            self.entries = entries
        } catch let error as PageCacheError {
            throw error
        } catch {
            throw .damaged
        }
    }
}

extension ScannedPage {
    func encode(into writer: inout ByteWriter) {
        writer.write(h1)
        writer.write(h1Line ?? 0)
        writer.write(title)
        writer.write(ogTitle)
        writer.write(canonicalURL)
        writer.write(ogURL)
        writer.write(baseHref)
        writer.write(UInt64(encoding.cacheCode))
        writer.write(links.count)
        for link in links {
            writer.write(link.kind == .deeper)
            writer.write(link.href)
            writer.write(link.text)
            writer.write(link.line)
        }
        writer.write(sections.count)
        for kind in sections { writer.write(kind == .deeper) }
    }

    init(decoding reader: inout ByteReader) throws(ByteReader.Damaged) {
        let h1 = try reader.readOptionalString()
        let h1Line = try reader.readInt()
        self.init(
            h1: h1, h1Line: h1Line == 0 ? nil : h1Line, title: try reader.readOptionalString(),
            ogTitle: try reader.readOptionalString(), canonicalURL: try reader.readOptionalString(),
            ogURL: try reader.readOptionalString(), baseHref: try reader.readOptionalString())
        guard let encoding = PageEncoding(cacheCode: try reader.readUInt64()) else { throw ByteReader.Damaged() }
        self.encoding = encoding
        let linkCount = try reader.readInt()
        guard linkCount >= 0 else { throw ByteReader.Damaged() }
        links.reserveCapacity(min(linkCount, 4096))
        for _ in 0..<linkCount {
            let kind: LinkKind = try reader.readBool() ? .deeper : .related
            links.append(
                ScannedLink(kind: kind, href: try reader.readString(), text: try reader.readString(), line: try reader.readInt()))
        }
        let sectionCount = try reader.readInt()
        guard sectionCount >= 0 else { throw ByteReader.Damaged() }
        for _ in 0..<sectionCount { sections.append(try reader.readBool() ? .deeper : .related) }
    }
}

extension PageEncoding {
    /// The encoding's number in the cache format.
    fileprivate var cacheCode: Int {
        switch self {
        case .utf8: 0
        case .utf8BOM: 1
        case .utf16LE: 2
        case .utf16BE: 3
        case .windows1252: 4
        }
    }

    fileprivate init?(cacheCode: UInt64) {
        switch cacheCode {
        case 0: self = .utf8
        case 1: self = .utf8BOM
        case 2: self = .utf16LE
        case 3: self = .utf16BE
        case 4: self = .windows1252
        default: return nil
        }
    }
}
