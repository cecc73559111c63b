/// The page's own names for itself: `<title>`, the first `<h1>`, Open Graph and canonical
/// metadata. Fed by `PageExtractor`; the first occurrence of each wins.
struct PageHead {
    private(set) var title: String?
    /// The first `<h1>` outside the site chrome.
    private(set) var h1: String?
    /// The first `<h1>` inside chrome (a `<header>`), kept in case the page has no other:
    /// an article's own header holds its h1 as often as a site header holds a logo.
    private(set) var h1InChrome: String?
    /// The source lines of `h1` and `h1InChrome`.
    private(set) var h1Line: Int?
    private(set) var h1InChromeLine: Int?
    private(set) var ogTitle: String?
    private(set) var ogURL: String?
    private(set) var canonicalURL: String?
    /// The `href` of the first `<base>`: what relative links resolve against.
    private(set) var baseHref: String?

    private var titleCapture: (index: Int, bytes: [UInt8])?
    private var h1Capture: (index: Int, bytes: [UInt8], inChrome: Bool, line: Int)?

    /// An element starts at stack position `index`.
    mutating func start(
        _ name: Int, names: SectionRules.KnownNames, attributes: [HTMLAttribute], index: Int, inChrome: Bool, line: Int
    ) {
        switch name {
        case names.title where title == nil && titleCapture == nil:
            titleCapture = (index, [])
        case names.h1 where h1Capture == nil && h1 == nil && !(inChrome && h1InChrome != nil):
            h1Capture = (index, [], inChrome, line)
        case names.meta:
            let property = (value("property", in: attributes) ?? value("name", in: attributes))?.lowercased()
            guard let content = value("content", in: attributes) else { return }
            if property == "og:title", ogTitle == nil { ogTitle = TextFolding.fold(content) }
            if property == "og:url", ogURL == nil { ogURL = TextFolding.trim(content) }
        case names.link where canonicalURL == nil:
            let rel = value("rel", in: attributes)?.lowercased().split(whereSeparator: \.isWhitespace) ?? []
            if rel.contains("canonical"), let href = value("href", in: attributes) {
                canonicalURL = TextFolding.trim(href)
            }
        case names.base where baseHref == nil:
            if let href = value("href", in: attributes) { baseHref = TextFolding.trim(href) }
        default:
            break
        }
    }

    /// Whether text now goes into the title or an `<h1>`.
    var isCapturingText: Bool { titleCapture != nil || h1Capture != nil }

    /// Text of the page, outside script and style.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        titleCapture?.bytes.append(contentsOf: bytes)
        h1Capture?.bytes.append(contentsOf: bytes)
    }

    /// The element at stack position `index` ends.
    mutating func end(index: Int) {
        if let capture = titleCapture, capture.index == index {
            title = TextFolding.fold(capture.bytes)
            titleCapture = nil
        }
        if let capture = h1Capture, capture.index == index {
            let text = TextFolding.fold(capture.bytes)
            if capture.inChrome {
                h1InChrome = text
                h1InChromeLine = capture.line
            } else {
                h1 = text
                h1Line = capture.line
            }
            h1Capture = nil
        }
    }

    private func value(_ name: String, in attributes: [HTMLAttribute]) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
