/// What a build wrote, kept beside the page cache: the digest of what its outputs were made
/// from (`Workspace.Load.outputDigest`), the status of each file it wrote, and what its
/// summary said. A rerun whose digest is the same, and whose output files are still the very
/// files the stamp names, has nothing to make: its outputs would be byte for byte the same.
///
/// An output is "the very file" when its size, modification time and inode are the ones
/// recorded after it was written. Every output is written to a new temporary file and
/// renamed, so any later write, by versegraph or anyone, gives it another inode or time: a
/// stamp can only vouch for the files it saw written.
///
/// Like `PageCache`, the library never touches the stamp's file: `encoded()` and
/// `init(decoding:)` turn it into bytes and back.
public struct BuildStamp: Sendable, Hashable {
    /// One output file as written.
    public struct Output: Sendable, Hashable {
        /// Its name in the output folder.
        public var name: String
        public var size: Int64
        public var modified: Int64
        public var inode: UInt64
    }

    /// The digest of everything the outputs were made from.
    public var digest: UInt64
    /// The files written, in the order the summary names them.
    public var outputs: [Output]
    /// The graph's size and the checks' counts, as the summary gave them.
    public var nodes: Int
    public var edges: Int
    public var findings: String

    /// A stamp for outputs just written into `folder`, reading each one's status; throws
    /// when one cannot be read (then no stamp is kept, and the next run makes them again).
    public init(
        digest: UInt64, outputs names: [String], in folder: String, nodes: Int, edges: Int, findings: String
    ) throws(FileSystemError) {
        self.digest = digest
        self.outputs = []
        for name in names {
            let status = try FileSystem.status(folder + "/" + name)
            outputs.append(Output(name: name, size: status.size, modified: status.modified, inode: status.inode))
        }
        self.nodes = nodes
        self.edges = edges
        self.findings = findings
    }

    /// True when every output named is still in `folder` as it was written.
    public func outputsAreUnchanged(in folder: String) -> Bool {
        outputs.allSatisfy { output in
            guard let status = try? FileSystem.status(folder + "/" + output.name), status.kind == .regular else {
                return false
            }
            return status.size == output.size && status.modified == output.modified && status.inode == output.inode
        }
    }
}

extension BuildStamp {
    static let magic = Array("VGBUILD\u{0}".utf8)
    static let formatRevision: UInt64 = 1

    /// The stamp in its file format: a header, the fields, and a content hash of it all.
    public func encoded() -> [UInt8] {
        var writer = ByteWriter(capacity: 512)
        writer.write(raw: Self.magic)
        writer.write(Self.formatRevision)
        writer.write(digest)
        writer.write(nodes)
        writer.write(edges)
        writer.write(findings)
        writer.write(outputs.count)
        for output in outputs {
            writer.write(output.name)
            writer.write(output.size)
            writer.write(output.modified)
            writer.write(output.inode)
        }
        return writer.finishWithChecksum()
    }

    /// The stamp stored in `bytes`; throws `.foreign` for another file or format and
    /// `.damaged` for a truncated or corrupted one.
    public init(decoding bytes: [UInt8]) throws(PageCacheError) {
        var reader = try ByteReader(checkedFile: bytes, magic: Self.magic, revision: Self.formatRevision)
        do {
            digest = try reader.readUInt64()
            nodes = try reader.readInt()
            edges = try reader.readInt()
            findings = try reader.readString()
            outputs = []
            for _ in 0..<(try reader.readCount()) {
                outputs.append(
                    Output(
                        name: try reader.readString(), size: try reader.readInt64(), modified: try reader.readInt64(),
                        inode: try reader.readUInt64()))
            }
            guard reader.isAtEnd else { throw PageCacheError.damaged }
        } catch let error as PageCacheError {
            throw error
        } catch {
            throw .damaged
        }
    }
}

extension BuildStamp {
    /// The name of the stamp file for outputs written into `folder` (an absolute path).
    public static func fileName(forOutputFolder folder: String) -> String {
        let hash = ContentHash.xxh64(Array(folder.utf8))
        let hex = String(hash, radix: 16)
        return "build-" + String(repeating: "0", count: 16 - hex.count) + hex + ".v1"
    }
}
