/// HTML's white space between attributes and around values: space, tab, newline, form feed
/// and carriage return. One definition for the byte scanners that look at a page before
/// libxml2 does (the charset sniffer and the parse budget).
@inline(__always)
func isHTMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
}
