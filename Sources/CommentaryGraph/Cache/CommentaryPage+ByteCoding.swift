import Scripture

/// The page cache's form of an interpreted page: everything `PageInterpreter` made of it, so
/// that a page taken from the cache is neither parsed nor interpreted again. The page's
/// `file` is the record's key and is not repeated.
extension CommentaryPage {
    func encode(into writer: inout ByteWriter) {
        writer.write(path)
        writer.write(url)
        // A page's declared URL is usually the one its mirror path stands for.
        writer.write(mirrorURL == url)
        if mirrorURL != url { writer.write(mirrorURL) }
        writer.write(kind == nil ? 0 : kind == .synopsis ? 1 : 2)
        writer.write(passage)
        writer.write(title)
        writer.write(titleErrors.count)
        for error in titleErrors { writer.write(error) }
        writer.write(titleLine)
        writer.write(sections.count)
        for section in sections { writer.write(section == .deeper) }
        writer.write(links.count)
        for link in links {
            writer.write(link.kind == .deeper)
            writer.write(link.href)
            writer.write(link.url, sharingPathWith: link.href)
            writer.write(link.text)
            writer.write(link.textPassage)
            writer.write(link.textError != nil)
            if let error = link.textError { writer.write(error) }
            writer.write(link.line)
            writer.write(link.urlPassage)
        }
    }

    /// The page that `encode(into:)` wrote for `file`, its ranges checked against
    /// `versification`; equal strings share storage through `strings`.
    init(
        decoding reader: inout ByteReader, file: String, versification: Versification, strings: inout StringPool
    ) throws(ByteReader.Damaged) {
        let path = try reader.readString()
        let url = try reader.readSiteURL(strings: &strings)
        let mirrorURL = try reader.readBool() ? url : try reader.readSiteURL(strings: &strings)
        let kind: PageKind? =
            switch try reader.readInt() {
            case 0: nil
            case 1: .synopsis
            case 2: .commentary
            default: throw ByteReader.Damaged()
            }
        let passage = try reader.readRange(in: versification)
        let title = try reader.readOptionalString()
        var titleErrors: [ScriptureError] = []
        for _ in 0..<(try reader.readCount()) { titleErrors.append(try reader.readScriptureError()) }
        let titleLine = try reader.readInt()
        var sections: [LinkKind] = []
        for _ in 0..<(try reader.readCount()) { sections.append(try reader.readBool() ? .deeper : .related) }
        let linkCount = try reader.readCount()
        var links: [PageLink] = []
        links.reserveCapacity(linkCount)
        for _ in 0..<linkCount {
            let kind: LinkKind = try reader.readBool() ? .deeper : .related
            let href = try reader.readPooledString(&strings)
            links.append(
                PageLink(
                    kind: kind, href: href, url: try reader.readSiteURL(strings: &strings, sharingPathWith: href),
                    text: try reader.readPooledString(&strings), textPassage: try reader.readRange(in: versification),
                    textError: try reader.readBool() ? try reader.readScriptureError() : nil, line: try reader.readInt(),
                    urlPassage: try reader.readRange(in: versification)))
        }
        self.init(
            path: path, file: file, url: url, mirrorURL: mirrorURL, kind: kind, passage: passage, title: title,
            titleErrors: titleErrors, links: links, sections: sections, titleLine: titleLine)
    }
}

/// The strings met while decoding a cache, so that equal ones share one storage: a site has a
/// handful of hosts, and the same link (its href and text) appears on many pages.
struct StringPool {
    private var hosts: [String] = []
    private var texts: [Key: String] = [:]

    /// A host name: compared with the few seen.
    mutating func host(_ bytes: ArraySlice<UInt8>) -> String {
        if let known = hosts.first(where: { $0.utf8.elementsEqual(bytes) }) { return known }
        let host = String(decoding: bytes, as: UTF8.self)
        if hosts.count < 16 { hosts.append(host) }
        return host
    }

    /// Any text; one of 15 bytes or fewer is stored in the `String` itself and not pooled.
    mutating func text(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.count > 15 else { return String(decoding: bytes, as: UTF8.self) }
        if let known = texts[Key(bytes: bytes)] { return known }
        let text = String(decoding: bytes, as: UTF8.self)
        texts[Key(bytes: bytes)] = text
        return text
    }

    /// Bytes hashed as one block (an array hashes element by element).
    private struct Key: Hashable {
        let bytes: ArraySlice<UInt8>

        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }

        static func == (lhs: Key, rhs: Key) -> Bool { lhs.bytes.elementsEqual(rhs.bytes) }
    }
}

extension ByteWriter {
    /// A URL; its path is left out when it is `text` (a link's href is often its path).
    mutating func write(_ url: SiteURL?, sharingPathWith text: String? = nil) {
        write(url != nil)
        guard let url else { return }
        write(url.host)
        write(url.query)
        if let text {
            write(url.path == text)
            if url.path == text { return }
        }
        write(url.path)
    }
}

extension ByteReader {
    /// A URL that `write(_:sharingPathWith:)` wrote, sharing the storage of `text` when
    /// its path is that text.
    mutating func readSiteURL(strings: inout StringPool, sharingPathWith text: String? = nil) throws(Damaged) -> SiteURL? {
        guard try readBool() else { return nil }
        let host = strings.host(try readRaw(try readCount()))
        let query = try readPooledString(&strings)
        if let text, try readBool() { return SiteURL(normalizedHost: host, path: text, query: query) }
        return SiteURL(normalizedHost: host, path: try readPooledString(&strings), query: query)
    }

    /// A string, sharing the storage of an equal one read before.
    mutating func readPooledString(_ strings: inout StringPool) throws(Damaged) -> String {
        strings.text(try readRaw(try readCount()))
    }

    /// A count of items that follow: never negative, never more than the bytes left.
    mutating func readCount() throws(Damaged) -> Int {
        let count = try readInt()
        guard count >= 0, count <= remaining else { throw Damaged() }
        return count
    }
}

extension SiteURL {
    /// A URL from a host, path and query already normalised (as the cache stored them).
    fileprivate init(normalizedHost host: String, path: String, query: String) {
        self.host = host
        self.path = path
        self.query = query
    }
}
