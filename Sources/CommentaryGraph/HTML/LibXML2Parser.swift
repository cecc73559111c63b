internal import CLibXML2

/// libxml2's pull SAX HTML parser, seen from Swift. Every raw libxml2 call of versegraph
/// lives in this file; the rest of the package sees `HTMLEventHandler` events only.
///
/// Why SAX and not a tree: it is about 25% faster than building and walking a tree, and a
/// tree silently stops at depth 256 while SAX has no depth limit. Why the pull route
/// (`htmlParseDocument`) rather than the push parser: a push chunk boundary inside
/// `</script>` makes libxml2 take the rest of the page as script.
enum LibXML2Parser {
    /// libxml2 builds global tables (HTML auto-close rules, encoding handlers) on first use;
    /// doing that from two threads at once races. A `static let` runs exactly once.
    private static let initialized: Void = xmlInitParser()

    /// Parses `utf8` (which must be valid UTF-8; its own charset declaration is ignored) and
    /// reports its elements and text to `handler`. Safe to call from many threads at once:
    /// each call has its own parser context.
    static func parse(utf8: [UInt8], handler: any HTMLEventHandler) throws(PageReadError) {
        _ = initialized
        guard utf8.count <= Int(Int32.max) else {
            throw .parserFailed("the page is \(utf8.count) bytes; libxml2 reads at most 2 GB")
        }
        let state = ParseState(handler: handler)
        try utf8.withUnsafeBufferPointer { buffer throws(PageReadError) in
            let context = try ParserContext(buffer)
            context.run(with: state)
        }
    }
}

/// The Swift side of one parse, reached from the C callbacks through `ctxt->_private`.
private final class ParseState {
    let handler: any HTMLEventHandler
    /// The handler's number for each name pointer. libxml2 interns element names in the
    /// context's dictionary (and uses a few static strings for implied elements), so one
    /// pointer is one name for the whole parse: a page makes a string per distinct name,
    /// not one per event.
    /// Unchecked: only the callbacks of this one parse touch it, one after another, and a
    /// dynamic exclusivity check on every event cost more than the table lookup.
    @exclusivity(unchecked) private var names = PointerTable()

    func element(_ name: UnsafePointer<xmlChar>) -> Int {
        if let id = names[name] { return id }
        let id = handler.internName(swiftString(name))
        names[name] = id
        return id
    }

    init(handler: any HTMLEventHandler) { self.handler = handler }
}

/// Numbers by pointer, in an open-addressing table: a page has a few dozen distinct element
/// names and thousands of events, and a `Dictionary` lookup (SipHash) would cost more than
/// the rest of an event.
private struct PointerTable {
    private var keys = [UInt](repeating: 0, count: 256)
    private var values = [Int](repeating: 0, count: 256)
    private var count = 0

    subscript(pointer: UnsafePointer<xmlChar>) -> Int? {
        get {
            let key = UInt(bitPattern: pointer)
            var slot = Self.slot(key, keys.count)
            while keys[slot] != 0 {
                if keys[slot] == key { return values[slot] }
                slot = (slot + 1) & (keys.count - 1)
            }
            return nil
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > keys.count { grow() }
            insert(UInt(bitPattern: pointer), newValue)
        }
    }

    private mutating func insert(_ key: UInt, _ value: Int) {
        var slot = Self.slot(key, keys.count)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        keys = [UInt](repeating: 0, count: keys.count * 2)
        values = [Int](repeating: 0, count: values.count * 2)
        count = 0
        for (key, value) in old { insert(key, value) }
    }

    private static func slot(_ key: UInt, _ size: Int) -> Int {
        // Fibonacci hashing of the pointer, whose low bits are alignment.
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & (size - 1)
    }
}

/// Owns one libxml2 parser context and frees it, and anything it allocated, exactly once.
private struct ParserContext: ~Copyable {
    private let ctxt: htmlParserCtxtPtr

    /// Recovers from broken markup, never touches the network, reports no errors on stderr,
    /// adds no default DTD, and ignores `<meta charset>`: the bytes are already UTF-8.
    /// NOBLANKS is left out on purpose: it would drop the spaces between inline elements.
    /// NOIMPLIED too: the implied `html` and `body` give every piece of text a container.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NODEFDTD.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue)

    init(_ buffer: UnsafeBufferPointer<UInt8>) throws(PageReadError) {
        // An empty array has a nil base address, and libxml2 returns NULL for size 0.
        guard let base = buffer.baseAddress, !buffer.isEmpty else { throw .empty }
        let created = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            htmlCreateMemoryParserCtxt($0, Int32(buffer.count))
        }
        guard let created else {
            throw .parserFailed("libxml2 could not create a parser context (out of memory?)")
        }
        ctxt = created
    }

    deinit {
        // Our SAX handler never builds a document, but free one if libxml2 made it anyway.
        if let document = ctxt.pointee.myDoc { xmlFreeDoc(document) }
        htmlFreeParserCtxt(ctxt)
    }

    /// Installs the SAX handler and parses the whole buffer.
    func run(with state: ParseState) {
        var sax = xmlSAXHandler()
        sax.startElement = onStartElement
        sax.endElement = onEndElement
        sax.characters = onCharacters
        // Whitespace between elements separates words ("<b>a</b> <i>b</i>"): keep it.
        sax.ignorableWhitespace = onCharacters
        // Script and style bodies come as CDATA.
        sax.cdataBlock = onRawText
        // With the SAX2 magic set, libxml2 sends every error to `serror` of this context
        // instead of the (thread-local but global) generic handler or stderr, where it is
        // dropped: recovered errors are no finding (HTML5 tags alone raise some).
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.serror = onStructuredError
        ctxt.pointee.sax.pointee = sax
        // The callbacks receive `userData`, which libxml2 sets to the context itself.
        ctxt.pointee._private = Unmanaged.passUnretained(state).toOpaque()
        _ = htmlCtxtUseOptions(ctxt, Self.options)
        // Two guards, both needed (measured): a memory context starts with no charset, so
        // without this line libxml2 reads every non-ASCII byte as Latin-1; and without
        // IGNORE_ENC a meta charset makes it convert our UTF-8 again (and print iconv errors
        // on stderr, bypassing `serror`).
        ctxt.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
        // The return value only says whether the page was well-formed, which in recovery
        // mode no real page is; events already delivered are the result.
        withExtendedLifetime(state) { _ = htmlParseDocument(ctxt) }
        ctxt.pointee._private = nil
    }
}

// MARK: - Callbacks

/// Runs `body` with the context and parse state behind a callback's `ctx` (libxml2's
/// `userData`). The state is borrowed, not retained: `run(with:)` keeps it alive for the
/// whole parse, and a retain and release around each of a page's thousands of events cost
/// a tenth of the parse (two atomic operations each, measured with perf).
@inline(__always)
private func withState(
    _ ctx: UnsafeMutableRawPointer?, _ body: (htmlParserCtxtPtr, ParseState) -> Void
) {
    guard let ctx else { return }
    let ctxt = ctx.assumingMemoryBound(to: htmlParserCtxt.self)
    guard let state = ctxt.pointee._private else { return }
    Unmanaged<ParseState>.fromOpaque(state)._withUnsafeGuaranteedRef { body(ctxt, $0) }
}

private let onStartElement: startElementSAXFunc = { ctx, name, attributes in
    guard let name else { return }
    withState(ctx) { ctxt, state in
        let element = state.element(name)
        guard state.handler.wantsDetails(of: element) else {
            state.handler.startElement(element, attributes: [], line: 0)
            return
        }
        var list: [HTMLAttribute] = []
        if var cursor = attributes {
            // A NULL-terminated array of name, value pairs; a value is NULL for `<x flag>`.
            while let attributeName = cursor.pointee {
                let value = cursor.successor().pointee.map(swiftString) ?? ""
                list.append(HTMLAttribute(name: swiftString(attributeName), value: value))
                cursor += 2
            }
        }
        state.handler.startElement(element, attributes: list, line: startTagLine(ctxt))
    }
}

private let onEndElement: endElementSAXFunc = { ctx, name in
    guard let name else { return }
    withState(ctx) { _, state in state.handler.endElement(state.element(name)) }
}

private let onCharacters: charactersSAXFunc = { ctx, characters, length in
    guard let characters, length > 0 else { return }
    withState(ctx) { _, state in state.handler.text(UnsafeBufferPointer(start: characters, count: Int(length))) }
}

private let onRawText: cdataBlockSAXFunc = { ctx, characters, length in
    guard let characters, length > 0 else { return }
    withState(ctx) { _, state in state.handler.rawText(UnsafeBufferPointer(start: characters, count: Int(length))) }
}

private let onStructuredError: xmlStructuredErrorFunc = { _, _ in }

// MARK: - Helpers

/// The one conversion of libxml2 text to `String`. Invalid UTF-8 is repaired with U+FFFD,
/// never rejected: a page must not fail because of one bad byte.
private func swiftString(_ text: UnsafePointer<xmlChar>) -> String {
    String(decoding: UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))), as: UTF8.self)
}

/// The 1-based line of the `<` of the start tag being reported.
///
/// libxml2 calls `startElement` with `input->cur` at the tag's closing `>`, so `input->line`
/// is the line where the tag ends; subtract the newlines back to its `<`. The parser keeps
/// at least the current tag in its buffer (it only shrinks between tags).
private func startTagLine(_ ctxt: htmlParserCtxtPtr) -> Int {
    guard let input = ctxt.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base
    else { return 0 }
    var line = Int(input.pointee.line)
    var p = cur
    while p > base {
        p -= 1
        if p.pointee == UInt8(ascii: "<") { break }
        if p.pointee == UInt8(ascii: "\n") { line -= 1 }
    }
    return max(line, 1)
}
