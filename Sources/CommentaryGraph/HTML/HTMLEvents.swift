/// One attribute of a start tag, as libxml2 reported it: the name lowercased, entities in the
/// value decoded. A boolean attribute (`<option selected>`) has an empty value.
struct HTMLAttribute: Hashable, Sendable {
    var name: String
    var value: String
}

/// Receives the events of one HTML parse, in document order.
///
/// The parser guarantees that every `startElement` is matched by one `endElement` with the
/// same name (implied and auto-closed elements included), so a receiver can keep a stack.
/// Text arrives as UTF-8 bytes in as many pieces as libxml2 likes; the buffer is only valid
/// during the call.
protocol HTMLEventHandler: AnyObject {
    /// The handler's number for an element name, asked once per distinct name of a parse;
    /// later events name the element by that number, so that no event builds a string.
    func internName(_ name: String) -> Int
    /// Whether the attributes and source line of the element starting now are needed;
    /// others are skipped, which saves building strings for every `div` of a page.
    func wantsDetails(of element: Int) -> Bool
    /// An element starts; `attributes` and `line` are empty and 0 unless `wantsDetails`.
    func startElement(_ element: Int, attributes: [HTMLAttribute], line: Int)
    /// An element ends, explicitly or because the parser closed it.
    func endElement(_ element: Int)
    /// Text content, entities decoded. Comments never arrive here.
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// The body of a `script` or `style` element, as it stands.
    func rawText(_ bytes: UnsafeBufferPointer<UInt8>)
}
