import Scripture

/// Parses 100,000 mixed references, generated deterministically, and reports references per
/// second on one core. Every form commentary pages use is in the mix.
struct ReferenceBenchmark {
    let references: [String]

    init(count: Int = 100_000, seed: UInt64 = 0x5EED) {
        var random = SplitMix64(seed: seed)
        let kjv = Versification.kjv
        var references: [String] = []
        references.reserveCapacity(count)
        while references.count < count {
            let book = Book.all[Int(random.next() % 66)]
            let name = book.displayName
            let chapters = kjv.chapterCount(of: book)
            let chapter = 1 + Int(random.next() % UInt64(chapters))
            let verses = kjv.verseCount(of: book, chapter: chapter)!
            let verse = 1 + Int(random.next() % UInt64(verses))
            let last = verse + Int(random.next() % UInt64(verses - verse + 1))
            let next = chapter + 1
            let form = random.next() % 10
            // Forms that need a next chapter or a longer range are drawn again when impossible.
            if next > chapters, [2, 4, 8].contains(form) { continue }
            if last == verse, form == 5 { continue }
            let text: String
            switch form {
            case 0: text = "\(name) \(chapter):\(verse)"
            case 1: text = "\(name) \(chapter):\(verse)-\(last)"
            case 2: text = "\(name) \(chapter):\(verse)–\(next):1"
            case 3: text = "\(name) \(chapter)"
            case 4: text = "\(name) \(chapter)-\(next)"
            case 5: text = "\(name) \(chapter):\(verse)b-\(last)"
            case 6: text = "\(book.osisID).\(chapter).\(verse)-\(book.osisID).\(chapter).\(last)"
            case 7: text = "\(name) \(chapter):\(verse), \(last)"
            case 8: text = "\(name) \(chapter):\(verse)-\(last); \(next):1"
            default: text = "\(book.aliases.last!) \(chapter) : \(verse)"
            }
            references.append(text)
        }
        self.references = references
    }

    /// Parses every reference once; returns how many parsed and a checksum of the results.
    func run() -> (parsed: Int, checksum: Int) {
        let parser = ReferenceParser()
        var parsed = 0
        var checksum = 0
        for text in references {
            if let passage = try? parser.parse(text) {
                parsed += 1
                checksum &+= passage.ranges[0].end.verse
            }
        }
        return (parsed, checksum)
    }
}

/// A small, fast, seedable generator (Steele et al.), so the mix is the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
