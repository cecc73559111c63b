import Testing

@testable import Scripture

/// The OSIS ids of the valid references the prose scanner finds in `text`.
func found(_ text: String) -> [String] {
    ReferenceParser(mode: .prose).references(in: text).compactMap { $0.passage?.osisID }
}

@Suite struct ReferenceScannerTests {
    @Test(arguments: [
        ("(Deuteronomy 4:39-40)", ["Deut.4.39-Deut.4.40"]),
        ("Acts 26:24-32 shows how Paul answered", ["Acts.26.24-Acts.26.32"]),
        ("Exodus 32:31 meaning", ["Exod.32.31"]),
        ("Exodus 32:30-35 meaning. Moses offered to God", ["Exod.32.30-Exod.32.35"]),
        (
            "See Romans 9:3 and 1 Corinthians 10:7; also Psalm 106:19-23.",
            ["Rom.9.3", "1Cor.10.7", "Ps.106.19-Ps.106.23"]
        ),
        ("as in John 3:16, 18 people came", ["John.3.16"]),
        ("John 3:16, 18 and 20 agree", ["John.3.16,John.3.18"]),
        ("John 3:16, 18 and more", ["John.3.16"]),
        ("John 3:16, 2 Kings 3:4", ["John.3.16", "2Kgs.3.4"]),
        ("Exodus 32:30-35; 33:1-6 meaning", ["Exod.32.30-Exod.32.35,Exod.33.1-Exod.33.6"]),
        ("“Exodus 32:31” said", ["Exod.32.31"]),
        ("Is. 2:3 a verse?", ["Isa.2.3"]),
        ("Mark 5 and Job 3", ["Mark.5.1-Mark.5.43", "Job.3.1-Job.3.26"]),
        ("compare Gal. 5 and Rom. 8, Gal 5:22", ["Gal.5.1-Gal.5.26", "Rom.8.1-Rom.8.39", "Gal.5.22"]),
        ("Exodus 32:31 – a plea", ["Exod.32.31"]),
        ("Exodus 32:31—a plea", ["Exod.32.31"]),
        ("John 3:16 - a verse", ["John.3.16"]),
        ("Exodus 32: the golden calf", ["Exod.32.1-Exod.32.35"]),
        ("Exodus 32:31ff tells", ["Exod.32.31-Exod.32.35"]),
    ])
    func findsReferencesInRunningText(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test(arguments: [
        "Select Language", "Page 20 of 121", "she is 2 cool", "I am 3 years old",
        "Is 2 enough?", "the numbers 5 and 6", "Exodus32", "Exodus 32nd anniversary",
        "mark 5", "AaSelect font sizeDark ModeSet to dark mode", "call 555-1234",
        "Col 3 of the table", "Song 2 was loud", "gal 5", "Am 3 am I", "Gal 5 people", "Ex 3 girlfriend",
        "Jon 3 days", "Joe 3 points", "Dan 3-2 win", "Rom 3-2", "Hag 3 times", "Is 5:30pm too late?",
        "Dan 10:30am call", "Is 5:30 too late", "Exodus 32:31st", "Exodus 32:30-35c",
    ])
    func ordinaryWordsAndNumbersAreNotReferences(text: String) {
        #expect(ReferenceParser(mode: .prose).references(in: text).isEmpty)
    }

    @Test func invalidReferencesAreReportedWhereTheyStand() {
        let text = "see Exodus 32:36-40 meaning"
        let matches = ReferenceParser(mode: .prose).references(in: text)
        #expect(matches.count == 1)
        #expect(matches.first?.error?.description == "verse 36 does not exist: Exodus 32 has 35 verses")
        #expect(matches.first.map { String($0.text(in: text)) } == "Exodus 32:36-40")
    }

    @Test func matchOffsetsAreUTF8Offsets() {
        let text = "Über Exodus 32:31"
        let match = ReferenceParser(mode: .prose).references(in: text).first
        #expect(match?.utf8Range == 6..<18)
    }
}
