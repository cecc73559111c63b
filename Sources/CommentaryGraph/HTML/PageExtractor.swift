/// Turns the SAX events of one page into a `ScannedPage`, without building a tree.
///
/// Sections are found by heading text, never by CSS class:
/// - Text is cut into *blocks* at the start and end of every block element (`p`, `div`,
///   `li`, `h1`–`h6`, …, `br`) and at the start of every link. A block that starts at a
///   block boundary (not right after a link), and whose folded text begins with one of the
///   profile's headings, opens that section. So `<h2>`, `<div>`, `<p><strong>…</strong></p>`,
///   a `<strong>` or `<b>` standing at the start of a line, and bare text before a `<br>` or
///   a list all work, while "see the <b>Deeper Commentary</b> below" and text after a link
///   (a summary) never open a section.
/// - Section end: the start of the next `h1`–`h6`, the next section-opening block, or the end
///   of the heading's container (the element around the heading; for a heading that shares
///   its block with the list, that block). If the container ends before the section took
///   a link, the section moves out to the container's parent, because sites wrap a heading
///   alone in a `<div>` and the list in another; `main`, `article`, `body` and `html` always
///   end it. Chrome (`nav`, `footer`, …) is invisible and neither ends nor opens a section.
/// - Links are taken only inside a section, outside ignored containers, with a usable href.
struct PageExtractor {
    private struct OpenElement {
        let name: Int
        /// The element's class, limited to `.ignored` and `.rawText` inside chrome.
        let elementClass: ElementClass
        let isLink: Bool
    }

    private struct OpenLink {
        let index: Int
        let kind: LinkKind?
        let href: String
        let line: Int
        var text: [UInt8] = []
    }

    private struct Section {
        let kind: LinkKind
        var container: Int
        var linkCount = 0
    }

    /// A block longer than this cannot be a heading; only its start is kept for the test.
    private static let blockByteLimit = 256

    private let rules: SectionRules
    /// Numbers for the names the rules do not know, from `rules.classes.count` on.
    private var otherNames: [String: Int] = [:]
    private var stack: [OpenElement] = []
    private var blockIndices: [Int] = []
    private var ignoredDepth = 0
    private var rawTextDepth = 0

    private var block: [UInt8] = []
    private var blockFollowsLink = false
    private var link: OpenLink?
    private var links: [ScannedLink] = []
    private var section: Section?
    private var sections: [LinkKind] = []

    private var head = PageHead()
    /// The marks of a lean parse, nil when the page is parsed whole.
    private var cuts: CutCheck?

    init(rules: SectionRules, cuts: LeanPage? = nil) {
        self.rules = rules
        self.cuts = cuts.map { CutCheck(textCuts: $0.textCuts, rawTextCuts: $0.rawTextCuts) }
        stack.reserveCapacity(64)
        block.reserveCapacity(Self.blockByteLimit)
    }

    /// The page, once the parse is over; closes whatever the parser left open.
    mutating func finish(encoding: PageEncoding) -> ScannedPage {
        while !stack.isEmpty { close(stack.count - 1) }
        finishLink()
        return ScannedPage(
            h1: head.h1 ?? head.h1InChrome, h1Line: head.h1 != nil ? head.h1Line : head.h1InChromeLine,
            title: head.title, ogTitle: head.ogTitle,
            canonicalURL: head.canonicalURL, ogURL: head.ogURL, baseHref: head.baseHref, links: links,
            sections: sections, encoding: encoding)
    }

    // MARK: Events (see HTMLEventHandler)

    mutating func internName(_ name: String) -> Int {
        if let number = rules.number(of: name) { return number }
        if let number = otherNames[name] { return number }
        let number = rules.classes.count + otherNames.count
        otherNames[name] = number
        return number
    }

    /// Links need their `href` only where they can be edges; the head's elements and the
    /// `<h1>` always need theirs.
    func wantsDetails(of element: Int) -> Bool {
        let names = rules.names
        if element == names.a { return ignoredDepth == 0 && rawTextDepth == 0 }
        return element == names.meta || element == names.link || element == names.base || element == names.h1
    }

    mutating func startElement(_ name: Int, attributes: [HTMLAttribute], line: Int) {
        let index = stack.count
        var elementClass = name < rules.classes.count ? rules.classes[name] : []
        let invisible = ignoredDepth > 0 || elementClass.contains(.ignored)
        if rawTextDepth == 0 {
            head.start(name, names: rules.names, attributes: attributes, index: index, inChrome: invisible, line: line)
        }

        var isLink = false
        if invisible {
            elementClass.formIntersection([.ignored, .rawText])
        } else {
            if elementClass.contains(.block) {
                endBlock(container: blockIndices.last ?? -1)
                if elementClass.contains(.heading) { section = nil }
            } else if name == rules.names.a, let href = attributes.first(where: { $0.name == "href" }),
                case let trimmed = TextFolding.trim(href.value), rules.isCandidate(href: trimmed)
            {
                isLink = true
                startLink(href: trimmed, line: line, index: index)
            }
        }
        stack.append(OpenElement(name: name, elementClass: elementClass, isLink: isLink))
        if elementClass.contains(.block) { blockIndices.append(index) }
        if elementClass.contains(.ignored) { ignoredDepth += 1 }
        if elementClass.contains(.rawText) { rawTextDepth += 1 }
    }

    mutating func endElement(_ name: Int) {
        // libxml2 balances its events; searching down the stack still copes with any
        // end event that names an element further down.
        guard let target = stack.lastIndex(where: { $0.name == name }) else { return }
        while stack.count > target { close(stack.count - 1) }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if cuts != nil, LeanPage.firstMarkLead(in: bytes, from: 0) != nil {
            readTextAroundMarks(bytes)
        } else {
            readText(bytes)
        }
    }

    /// A script or style body; only its marks count.
    mutating func rawText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard rawTextDepth > 0 else { return text(bytes) }
        guard cuts != nil else { return }
        var next = LeanPage.firstMarkLead(in: bytes, from: 0)
        while let i = next {
            switch LeanPage.mark(in: bytes, at: i) {
            case .text?: cuts?.textMarksSeen += 1
            case .rawText?: cuts?.rawTextMarksSeen += 1
            case nil: break
            }
            next = LeanPage.firstMarkLead(in: bytes, from: i + 1)
        }
    }

    private mutating func readText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard rawTextDepth == 0 else { return }
        head.text(bytes)
        guard ignoredDepth == 0 else { return }
        if link != nil {
            link?.text.append(contentsOf: bytes)
        } else if block.count < Self.blockByteLimit {
            var slice = bytes[...]
            if block.isEmpty { slice = slice.drop(while: { $0 <= 0x20 }) }
            block.append(contentsOf: slice.prefix(Self.blockByteLimit - block.count))
        }
    }

    // MARK: Lean parses

    /// True unless the page was parsed lean and a cut may have changed what it is read as:
    /// a mark went missing (the cut fell in a tag or comment), a script's mark came as text
    /// (the scanner was wrong about a script), or a mark fell where text is read.
    var cutsWereHarmless: Bool { cuts?.isHarmless ?? true }

    private mutating func readTextAroundMarks(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var next = LeanPage.firstMarkLead(in: bytes, from: 0)
        while let i = next {
            next = LeanPage.firstMarkLead(in: bytes, from: i + 1)
            guard i >= start, let mark = LeanPage.mark(in: bytes, at: i) else { continue }
            readText(UnsafeBufferPointer(rebasing: bytes[start..<i]))
            noteMarkInText(mark)
            start = i + 3
        }
        readText(UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// A mark in text stands for text the extraction would have read, unless it is code, or
    /// chrome outside the titles, or goes to a block that is full or already decided.
    private mutating func noteMarkInText(_ mark: LeanPage.Mark) {
        guard mark == .text else {
            cuts?.spoiled = true
            return
        }
        cuts?.textMarksSeen += 1
        guard rawTextDepth == 0 else { return }
        let read =
            head.isCapturingText
            || ignoredDepth == 0
                && (link != nil
                    || block.count < Self.blockByteLimit && !blockFollowsLink
                        && rules.couldOpenSection(startingWith: block))
        if read { cuts?.spoiled = true }
    }

    // MARK: Structure

    private mutating func close(_ index: Int) {
        let element = stack.removeLast()
        if element.isLink, link?.index == index { finishLink() }
        if element.elementClass.contains(.block) {
            blockIndices.removeLast()
            // A heading block that ends here is contained by its parent.
            endBlock(container: index - 1)
        }
        if var open = section, open.container >= index {
            if open.linkCount == 0, index > 0, !element.elementClass.contains(.outermost) {
                open.container = index - 1
                section = open
            } else {
                section = nil
            }
        }
        head.end(index: index)
        if element.elementClass.contains(.ignored) { ignoredDepth -= 1 }
        if element.elementClass.contains(.rawText) { rawTextDepth -= 1 }
    }

    /// Ends the current block of text; if it is a heading, opens its section in `container`.
    private mutating func endBlock(container: Int) {
        defer {
            block.removeAll(keepingCapacity: true)
            blockFollowsLink = false
        }
        guard !blockFollowsLink, !block.isEmpty, link == nil,
            let kind = rules.sectionOpened(byText: block)
        else { return }
        sections.append(kind)
        section = Section(kind: kind, container: container)
    }

    // MARK: Links

    private mutating func startLink(href: String, line: Int, index: Int) {
        // libxml2 closes an open <a> before a new one; stay safe if it ever does not.
        finishLink()
        endBlock(container: blockIndices.last ?? -1)
        link = OpenLink(index: index, kind: section?.kind, href: href, line: line)
    }

    private mutating func finishLink() {
        guard let open = link else { return }
        link = nil
        // A heading that is itself a link (`<h2><a href>Deeper Commentary…</a></h2>`, or in
        // `<strong>`/`<b>`) is a heading, not an edge: its text becomes the heading's block.
        // A bare link in a paragraph stays a link, whatever its text.
        if let item = blockIndices.last, stack.indices.contains(item), isHeadingLike(from: item),
            rules.sectionOpened(byText: open.text) != nil
        {
            block = Array(open.text.prefix(Self.blockByteLimit))
            blockFollowsLink = false
            return
        }
        block.removeAll(keepingCapacity: true)
        blockFollowsLink = true
        guard let kind = open.kind else { return }
        links.append(
            ScannedLink(kind: kind, href: open.href, text: TextFolding.fold(open.text), line: open.line))
        section?.linkCount += 1
    }

    /// True when the open elements from the block at `item` up to the link make a heading:
    /// the block is `h1`–`h6`, or the link stands inside `strong` or `b`.
    private func isHeadingLike(from item: Int) -> Bool {
        stack[item].elementClass.contains(.heading)
            || stack[item...].contains { $0.name == rules.names.strong || $0.name == rules.names.b }
    }
}

/// Feeds libxml2's events to a `PageExtractor`. The extractor is a struct so that each event
/// is one access to it, not one per stored property as a class would make.
final class PageExtractorHandler: HTMLEventHandler {
    /// The extractor the events go to. Unchecked: one parse calls it, one event after
    /// another, never reentrantly; a dynamic exclusivity check per event cost about 2% of
    /// the whole parse (perf).
    @exclusivity(unchecked) var extractor: PageExtractor

    init(rules: SectionRules, cuts: LeanPage? = nil) { extractor = PageExtractor(rules: rules, cuts: cuts) }

    func internName(_ name: String) -> Int { extractor.internName(name) }

    func wantsDetails(of element: Int) -> Bool { extractor.wantsDetails(of: element) }

    func startElement(_ name: Int, attributes: [HTMLAttribute], line: Int) {
        extractor.startElement(name, attributes: attributes, line: line)
    }

    func endElement(_ name: Int) { extractor.endElement(name) }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) { extractor.text(bytes) }

    func rawText(_ bytes: UnsafeBufferPointer<UInt8>) { extractor.rawText(bytes) }
}

/// What a lean parse expects of its marks, and what it saw.
struct CutCheck {
    let textCuts: Int
    let rawTextCuts: Int
    var textMarksSeen = 0
    var rawTextMarksSeen = 0
    /// A mark fell where it may have changed what the page is read as.
    var spoiled = false

    var isHarmless: Bool { !spoiled && textMarksSeen == textCuts && rawTextMarksSeen == rawTextCuts }
}
