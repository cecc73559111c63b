/// The references found in one text, in storage that a caller keeps from text to text: a
/// reader of many lines (`versegraph ref`) scans each into the same `ReferenceScan`, so that
/// a line of valid references allocates nothing. `ReferenceParser.references(in:)` is the
/// same scan, answered as `[ReferenceMatch]`.
public struct ReferenceScan: Sendable {
    /// A reference as found: where it is in the text, and its ranges or its error.
    public struct Piece: Sendable {
        /// The UTF-8 offsets of the reference within the scanned text.
        public let utf8Range: Range<Int>
        /// Its ranges, as indices into `ranges` (empty when it is an error).
        public let rangeIndices: Range<Int>
        /// Its error, as an index into `errors`, or -1 when it is valid. An index rather than
        /// the error, so that a piece is a plain value and clearing the list costs nothing.
        @usableFromInline let errorIndex: Int
    }

    /// The references in the order written.
    @inlinable public var pieces: ArraySlice<Piece> { pieceStorage[..<pieceCount] }
    /// The ranges of every valid reference, in order.
    @inlinable public var ranges: ArraySlice<VerseRange> { rangeStorage[..<rangeCount] }
    /// The errors of the references that are not valid, in order.
    public private(set) var errors: [ScriptureError] = []

    // Pieces and ranges are overwritten in place from text to text: the arrays only grow,
    // and clearing them is setting a count (`removeAll(keepingCapacity:)` costs more than
    // scanning a short line's name). Visible to inlined code: readers in other modules read
    // them for every line.
    @usableFromInline private(set) var pieceStorage: [Piece] = []
    @usableFromInline private(set) var pieceCount = 0
    @usableFromInline private(set) var rangeStorage: [VerseRange] = []
    @usableFromInline private(set) var rangeCount = 0

    /// How many references were found (`pieces.count`, without making a slice).
    @inlinable public var count: Int { pieceCount }

    /// True when some reference found is not valid.
    @inlinable public var hasErrors: Bool { !errors.isEmpty }

    /// Calls `body` with the ranges of every valid reference, in order (`ranges`, without
    /// making a slice).
    @inlinable public func withRanges<Result>(_ body: (UnsafeBufferPointer<VerseRange>) -> Result) -> Result {
        rangeStorage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<rangeCount])) }
    }

    /// An empty scan, to be filled by `ReferenceParser.scan(inUTF8:into:)`.
    public init() {}

    /// The error of `piece`, when it is not valid.
    @inlinable public func error(of piece: Piece) -> ScriptureError? {
        piece.errorIndex < 0 ? nil : errors[piece.errorIndex]
    }

    /// The pieces as matches, each valid one with its own passage.
    public var matches: [ReferenceMatch] {
        pieces.map { piece in
            let result: Result<Passage, ScriptureError> =
                piece.errorIndex < 0
                ? .success(Passage(Array(rangeStorage[piece.rangeIndices]))) : .failure(errors[piece.errorIndex])
            return ReferenceMatch(utf8Range: piece.utf8Range, result: result)
        }
    }

    /// Forgets what was found, keeping the storage.
    mutating func removeAll() {
        pieceCount = 0
        rangeCount = 0
        if !errors.isEmpty { errors.removeAll(keepingCapacity: true) }
    }

    /// Adds a range of the group being read.
    mutating func append(_ range: VerseRange) { Self.store(range, in: &rangeStorage, count: &rangeCount) }

    /// Drops the ranges from `index` on: a group that turned out to be no reference.
    mutating func dropRanges(from index: Int) { rangeCount = index }

    /// Adds a valid reference made of the ranges at `rangeIndices`.
    mutating func appendValid(_ utf8Range: Range<Int>, rangeIndices: Range<Int>) {
        append(Piece(utf8Range: utf8Range, rangeIndices: rangeIndices, errorIndex: -1))
    }

    /// Adds a reference that is not valid.
    mutating func appendError(_ utf8Range: Range<Int>, _ error: ScriptureError) {
        append(Piece(utf8Range: utf8Range, rangeIndices: rangeCount..<rangeCount, errorIndex: errors.count))
        errors.append(error)
    }

    private mutating func append(_ piece: Piece) { Self.store(piece, in: &pieceStorage, count: &pieceCount) }

    /// Puts `element` after the first `count` of `storage`, over what a longer text left there.
    private static func store<Element>(_ element: Element, in storage: inout [Element], count: inout Int) {
        if count < storage.count {
            storage[count] = element
        } else {
            storage.append(element)
        }
        count += 1
    }
}
