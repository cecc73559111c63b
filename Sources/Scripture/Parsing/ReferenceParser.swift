/// Reads Bible references: `Exodus 32:31`, `Exodus 32:30-35`, `Genesis 1:1-2:3`, `Psalm 23`,
/// `Matthew 5-7`, `Acts 9:19b-25`, `Jude 3`, `John 3:16, 18`, `Exodus 32:30-35; 33:1-6`,
/// OSIS ids such as `Exod.32.30-Exod.32.35`, with `-`, `–` or `—`, `:` or `.`, and any spaces.
///
/// Every reference is validated against the versification: a chapter or verse that does not
/// exist is an error with its reason, never clamped.
public struct ReferenceParser: Sendable {
    /// How much a name must look like a reference before it is taken as one.
    public enum Mode: Sendable {
        /// For text that is meant to be references (the `ref` command, OSIS ids): any case.
        case lenient
        /// For running text (titles, link texts, paragraphs): the book name must start with
        /// a capital letter, so "she is 2 cool" holds no reference.
        case prose
    }

    /// The versification that references are validated against.
    public var versification: Versification {
        didSet { validator = ReferenceValidator(versification) }
    }
    /// How strict name matching is.
    public var mode: Mode
    /// The book-name index and the versification's checks, fetched once for all the texts
    /// this parser reads (a scanner is made for each).
    let names = BookNameIndex.shared
    private(set) var validator: ReferenceValidator

    /// A parser for `versification` in `mode`.
    public init(versification: Versification = .kjv, mode: Mode = .lenient) {
        self.versification = versification
        self.mode = mode
        self.validator = ReferenceValidator(versification)
    }

    /// Every reference in `text`, in the order written. A reference whose book and chapter
    /// are recognised but that does not exist is returned with its error. In `.lenient` mode
    /// a list keeps its valid items ("John 3:16, 99" gives John 3:16 and an error for 99);
    /// in `.prose` mode a list with a bad item is one error.
    public func references(in text: String) -> [ReferenceMatch] {
        TextBytes.withBytes(text) { references(inUTF8: $0) }
    }

    /// Every reference in UTF-8 `bytes`, as `references(in:)` finds them in a string; for
    /// readers that hold lines as bytes and want no `String` per line.
    public func references(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [ReferenceMatch] {
        var found = ReferenceScan()
        scan(inUTF8: bytes, into: &found)
        return found.matches
    }

    /// Every reference in UTF-8 `bytes`, as `references(inUTF8:)` finds them, into `found`
    /// (what it held before is dropped, its storage kept): for readers of many texts, which
    /// then allocate nothing for a text of valid references.
    public func scan(inUTF8 bytes: UnsafeBufferPointer<UInt8>, into found: inout ReferenceScan) {
        found.removeAll()
        ReferenceScanner(bytes: bytes, parser: self).scanAll(into: &found)
    }

    /// The passage that `text` is, as a whole (surrounding spaces aside).
    ///
    /// - Throws: the reference's validation error, `.unknownBook` when the text starts with a
    ///   name that is not a book, or `.noReference` when it is not one reference.
    public func parse(_ text: String) throws(ScriptureError) -> Passage {
        // The common case without building a match list: the text is one reference.
        let quick: Result<Passage, ScriptureError>? = TextBytes.withBytes(text) { bytes in
            var lower = 0
            var upper = bytes.count
            while lower < upper, let width = TextBytes.spaceWidth(bytes, lower) { lower += width }
            while upper > lower, TextBytes.isTrailingSpace(bytes, upper) { upper -= 1 }
            let trimmed = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
            let scanner = ReferenceScanner(bytes: trimmed, parser: self)
            var found = ReferenceScan()
            guard let group = scanner.group(at: 0, into: &found), group.end == trimmed.count || !group.failures.isEmpty
            else { return nil }
            return scanner.result(of: group, in: found)
        }
        if let quick { return try quick.get() }
        let trimmed = text.trimmingSpaces
        if let name = trimmed.leadingName, Book(named: name) == nil { throw .unknownBook(name) }
        throw .noReference(trimmed)
    }

    /// The single range that `text` is; a list of several ranges is an error.
    public func parseRange(_ text: String) throws(ScriptureError) -> VerseRange {
        let passage = try parse(text)
        guard passage.ranges.count == 1 else { throw .noReference(text) }
        return passage.ranges[0]
    }
}

/// A reference found in text: where it was and what it names, or why it is not valid.
public struct ReferenceMatch: Hashable, Sendable {
    /// The UTF-8 offsets of the reference within the scanned text.
    public let utf8Range: Range<Int>
    /// The passage, or the reason the reference does not exist.
    public let result: Result<Passage, ScriptureError>

    /// The passage, when the reference is valid.
    public var passage: Passage? { try? result.get() }

    /// The error, when the reference is not valid.
    public var error: ScriptureError? {
        if case .failure(let error) = result { return error }
        return nil
    }

    /// The matched text within `text` (the string that was scanned).
    public func text(in text: String) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let upper = utf8.index(lower, offsetBy: utf8Range.count)
        return text[lower..<upper]
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// The words before the first chapter number, as "Hezekiah" of "Hezekiah 3:1"; nil when
    /// the text does not start with words followed by a number.
    var leadingName: String? {
        let numberPrefix = prefix(while: \.isNumber)
        let words = dropFirst(numberPrefix.count).prefix { !$0.isNumber }
        let name = String(numberPrefix + words).trimmingSpaces.trimmingPeriodsAndColons
        let followedByNumber = dropFirst(numberPrefix.count + words.count).first?.isNumber == true
        return followedByNumber && name.contains(where: { $0.isLetter }) ? name : nil
    }

    private var trimmingPeriodsAndColons: String {
        var text = Substring(self)
        while let last = text.last, last == "." || last == ":" || last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
