import Scripture

/// What each file was read as (the interpreted page record), kept between runs so that an
/// unchanged file is neither read, parsed nor interpreted again.
///
/// A file is unchanged when its size, modification time and inode are those recorded; when
/// only the time or inode differ (a `touch`, a fresh checkout), its content hash decides.
/// The cache as a whole is valid only for the versegraph version and the extraction and
/// interpretation settings (`fingerprint`) it was made with: a cache made under others is
/// not trusted at all.
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
        var page: CommentaryPage
        /// The hash of the page's record as the cache file holds it (`recordHash(of:)`):
        /// what a build's outputs are made from, without the file's status.
        var recordHash: UInt64
    }

    /// The hash of `page`'s record in the cache file's form. Equal records give equal hashes
    /// in every process, so the hash of a record decoded from a file and of the same page
    /// scanned again agree.
    static func recordHash(of page: CommentaryPage) -> UInt64 {
        var writer = ByteWriter(capacity: 1024)
        page.encode(into: &writer)
        return ContentHash.xxh64(writer.bytes)
    }

    /// What the cache's pages depend on besides the files: versegraph's version, the
    /// extractor's and interpreter's revisions, the site profile, the versification and the
    /// base URL.
    public let fingerprint: UInt64
    private(set) var entries: [String: Entry]
    /// The versification the pages' ranges were read under; nil while the cache is empty.
    private(set) var versification: Versification?

    /// An empty cache for scanners with `fingerprint`.
    public init(fingerprint: UInt64) {
        self.fingerprint = fingerprint
        self.entries = [:]
    }

    /// How many files the cache holds.
    public var count: Int { entries.count }

    /// One hash of every file's record and name, in file order: equal for two caches
    /// holding the same pages read the same way, whatever the files' status. With the
    /// fingerprint, it stands for everything the pages give a build.
    public var recordsDigest: UInt64 {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * 80)
        for file in entries.keys.sorted(by: { $0.precedesInUTF8($1) }) {
            bytes.append(contentsOf: file.utf8)
            bytes.append(0)
            withUnsafeBytes(of: entries[file]!.recordHash.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return ContentHash.xxh64(bytes)
    }

    /// The record of `file` when its status shows it unchanged.
    func entry(for file: String, status: FileSystem.Status) -> Entry? {
        guard let entry = entries[file], entry.size == status.size, entry.modified == status.modified,
            entry.inode == status.inode
        else { return nil }
        return entry
    }

    /// The record of `file` whatever its status, for the content-hash comparison.
    func anyEntry(for file: String) -> Entry? { entries[file] }

    /// Replaces every record with `entries`, read under `versification` (files no longer
    /// found drop out).
    mutating func replaceEntries(_ entries: [String: Entry], versification: Versification) {
        self.entries = entries
        self.versification = versification
    }
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
    static let formatRevision: UInt64 = 5

    /// The cache in its file format: a header, then one record a file, sorted by file (so the
    /// same cache gives the same bytes), and a content hash of all of it at the end. Each
    /// record says its length, so that a reader can find them all before decoding any, and
    /// decode them on several threads.
    public func encoded() -> [UInt8] {
        var writer = ByteWriter(capacity: entries.count * 720)
        writer.write(raw: Self.magic)
        writer.write(Self.formatRevision)
        writer.write(fingerprint)
        writer.write(versification?.rawValue ?? "")
        writer.write(entries.count)
        var record = ByteWriter(capacity: 1024)
        for file in entries.keys.sorted(by: { $0.precedesInUTF8($1) }) {
            let entry = entries[file]!
            writer.write(file)  // the page's file, which the record does not repeat
            writer.write(entry.size)
            writer.write(entry.modified)
            writer.write(entry.inode)
            writer.write(entry.contentHash)
            record.removeAll()
            entry.page.encode(into: &record)
            writer.write(record.bytes.count)
            writer.write(raw: record.bytes)
        }
        return writer.finishWithChecksum()
    }

    /// The cache stored in `bytes`, if it was made with `fingerprint`; its records decoded on
    /// up to `jobs` threads.
    public init(decoding bytes: [UInt8], fingerprint: UInt64, jobs: Int = 1) throws(PageCacheError) {
        var reader = try ByteReader(checkedFile: bytes, magic: Self.magic, revision: Self.formatRevision)
        do {
            guard try reader.readUInt64() == fingerprint else { throw PageCacheError.stale }
            let name = try reader.readString()
            let versification = Versification(rawValue: name)
            let count = try reader.readCount()
            guard versification != nil || (name.isEmpty && count == 0) else { throw PageCacheError.damaged }
            var located: [LocatedRecord] = []
            located.reserveCapacity(count)
            for _ in 0..<count {
                let file = try reader.readString()
                let size = try reader.readInt64()
                let modified = try reader.readInt64()
                let inode = try reader.readUInt64()
                let contentHash = try reader.readUInt64()
                let length = try reader.readCount()
                let start = reader.offset
                _ = try reader.readRaw(length)
                located.append(
                    LocatedRecord(
                        file: file, size: size, modified: modified, inode: inode, contentHash: contentHash,
                        bytes: start..<reader.offset))
            }
            guard reader.isAtEnd else { throw PageCacheError.damaged }
            let decoded = Self.decode(located, in: bytes, versification: versification ?? .kjv, jobs: jobs)
            var entries: [String: Entry] = [:]
            entries.reserveCapacity(count)
            for entry in decoded {
                guard let entry, entries.updateValue(entry, forKey: entry.page.file) == nil else {
                    throw PageCacheError.damaged
                }
            }
            self.fingerprint = fingerprint
            self.entries = entries
            self.versification = versification
        } catch let error as PageCacheError {
            throw error
        } catch {
            throw .damaged
        }
    }

    /// Where one file's record lies in a cache file, and the file's status.
    private struct LocatedRecord: Sendable {
        var file: String
        var size: Int64
        var modified: Int64
        var inode: UInt64
        var contentHash: UInt64
        var bytes: Range<Int>
    }

    /// The entries of `records`, in order; nil for a record that does not decode to its
    /// whole length. A slice of records shares one string pool, so a page's host and path
    /// prefix are stored once per slice.
    private static func decode(
        _ records: [LocatedRecord], in bytes: [UInt8], versification: Versification, jobs: Int
    ) -> [Entry?] {
        // Slices of at least 512 records: fewer pools, and never more slices than records.
        let slices = max(1, min(jobs, records.count / 512))
        let size = (records.count + slices - 1) / slices
        let results = SlotArray<[Entry?]>(count: slices)
        Parallel.forEach(count: slices, jobs: jobs) { slice in
            var strings = StringPool()
            let range = min(slice * size, records.count)..<min((slice + 1) * size, records.count)
            results.store(
                range.map { index -> Entry? in
                    let located = records[index]
                    var reader = ByteReader(bytes, offset: located.bytes.lowerBound, end: located.bytes.upperBound)
                    guard
                        let page = try? CommentaryPage(
                            decoding: &reader, file: located.file, versification: versification, strings: &strings),
                        reader.isAtEnd
                    else { return nil }
                    // The record's own bytes, hashed where they lie: the same hash as encoding
                    // the page again (`recordHash(of:)`), at a fraction of the cost.
                    let recordHash = bytes.withUnsafeBytes {
                        ContentHash.xxh64(UnsafeRawBufferPointer(rebasing: $0[located.bytes]))
                    }
                    return Entry(
                        size: located.size, modified: located.modified, inode: located.inode,
                        contentHash: located.contentHash, page: page, recordHash: recordHash)
                }, at: slice)
        }
        return results.values().flatMap { $0 }
    }
}
