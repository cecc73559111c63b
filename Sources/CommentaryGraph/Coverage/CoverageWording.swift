import Scripture

/// The wording that the human-readable formats share, so text, Markdown and HTML say the
/// same thing the same way.
enum CoverageWording {
    /// A book's missing verses without the book name (the row or heading names it), in the
    /// human form of a passage: `1-31; 32:1-29; 33-40` for Exodus. A run that crosses chapter
    /// ends is shown as its partial first chapter, the whole chapters, and its partial last
    /// chapter, so whole missing chapters read as chapters (`33-40`). Pieces in other chapters
    /// are separated by `; ` and pieces of one chapter by `, `, as in references, where
    /// `16:1-30, 17-24` would mean verses 17-24 of chapter 16. Single-chapter books give
    /// verses (`3-5, 9`), as references to them do.
    static func missing(_ book: BookCoverage, in versification: Versification) -> String {
        var text = ""
        var previous: VerseRange?
        for piece in book.missing.flatMap({ pieces(of: $0, in: versification) }) {
            if let previous {
                let sameChapter = book.book.hasSingleChapter || previous.end.chapter == piece.start.chapter
                text += sameChapter ? ", " : "; "
            }
            text += local(piece.humanForm(in: versification), book: book.book)
            previous = piece
        }
        return text
    }

    /// A chapter's missing verses as verse numbers only: `1-29, 31`.
    static func missingVerses(_ chapter: ChapterCoverage) -> String {
        chapter.missing.map {
            $0.start.verse == $0.end.verse ? "\($0.start.verse)" : "\($0.start.verse)-\($0.end.verse)"
        }.joined(separator: ", ")
    }

    /// `31,102`: thousands grouped with commas, for the formats people read.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return number < 0 ? "-" + text : text
    }

    /// Hundredths as a two-decimal number: `8750` → `87.50`, `-5` → `-0.05`; with `signed`,
    /// a gain carries a `+` (`+1.25`) and no change reads `0.00`.
    static func points(_ hundredths: Int, signed: Bool) -> String {
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        let sign = hundredths < 0 ? "-" : (signed && hundredths > 0 ? "+" : "")
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A gap as a to-do line: `Psalms 120-134: 15 chapters, 153 verses, 0 pages`; numbers
    /// grouped (`1,533`) with `grouping`.
    static func gap(_ gap: CoverageGap, in versification: Versification, grouping: Bool = true) -> String {
        func number(_ value: Int) -> String { grouping ? grouped(value) : String(value) }
        let chapters = gap.chapters == 1 ? "1 chapter" : "\(number(gap.chapters)) chapters"
        let verses = gap.verses == 1 ? "1 verse" : "\(number(gap.verses)) verses"
        return "\(gap.range.humanForm(in: versification)): \(chapters), \(verses), 0 pages"
    }

    /// The total in words: `26 of 31,102 verses covered (0.08%)`.
    static func summary(_ report: CoverageReport) -> String {
        let totals = report.totals
        return "\(grouped(totals.covered)) of \(grouped(totals.verses)) verses covered (\(totals.percentText)%)"
    }

    /// What was counted against what: `Commentary pages · scope canon · KJV`.
    static func context(_ report: CoverageReport) -> String {
        let kind = report.kind.pageNoun
        return "\(kind.prefix(1).uppercased())\(kind.dropFirst()) · scope \(report.scope) · "
            + report.versification.rawValue.uppercased()
    }

    /// Splits a run at chapter ends into a partial head, whole chapters and a partial tail.
    private static func pieces(of run: VerseRange, in versification: Versification) -> [VerseRange] {
        let (start, end) = (run.start, run.end)
        guard start.chapter != end.chapter else { return [run] }
        let book = run.book
        func last(_ chapter: Int) -> Int { versification.verseCount(of: book, chapter: chapter) ?? 1 }
        // Every piece lies within the run, whose verses exist, so the `try?`s never fail.
        var pieces: [VerseRange] = []
        let headIsPartial = start.verse != 1
        let tailIsPartial = end.verse != last(end.chapter)
        if headIsPartial,
            let head = try? VerseRange(start, Verse(book, start.chapter, last(start.chapter)), in: versification)
        {
            pieces.append(head)
        }
        let firstWhole = start.chapter + (headIsPartial ? 1 : 0)
        let lastWhole = end.chapter - (tailIsPartial ? 1 : 0)
        if firstWhole <= lastWhole,
            let whole = try? VerseRange(book, chapter: firstWhole, through: lastWhole, in: versification)
        {
            pieces.append(whole)
        }
        if tailIsPartial, let tail = try? VerseRange(Verse(book, end.chapter, 1), end, in: versification) {
            pieces.append(tail)
        }
        return pieces
    }

    /// A human form without its leading book name: `Exodus 32:1-29` → `32:1-29`.
    private static func local(_ human: String, book: Book) -> String {
        let prefix = book.displayName + " "
        return human.hasPrefix(prefix) ? String(human.dropFirst(prefix.count)) : human
    }
}
