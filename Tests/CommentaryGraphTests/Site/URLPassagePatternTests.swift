import Scripture
import Testing

@testable import CommentaryGraph

@Suite struct URLPassagePatternTests {
    /// A profile of one host reading URLs by `patterns` with `codes`.
    func profile(_ patterns: [String], _ codes: BookCodes) throws -> SiteProfile {
        var profile = SiteProfile.empty
        profile.hosts = ["example.org"]
        profile.passageURLs = try patterns.map(URLPassagePattern.init)
        profile.bookCodes = codes
        return profile
    }

    func passage(_ href: String, _ profile: SiteProfile) -> String? {
        SiteURL(href, profile: profile)?.passage(profile: profile, versification: .kjv)?.osisID
    }

    @Test(arguments: [
        ("/en/synopsis/{book}+{chapter}:{verse}", BookCodes.usfm, "https://example.org/en/synopsis/exo+32:31", "Exod.32.31"),
        ("/commentary/{book}/{chapter}/{verse}", .english, "https://example.org/commentary/exodus/32/31/", "Exod.32.31"),
        ("/{book}-{chapter}-{verse}.html", .english, "https://example.org/1-john-3-16.html", "1John.3.16"),
        ("/{book}-{chapter}-{verse}.html", .english, "https://example.org/song-of-solomon-2-1.html", "Song.2.1"),
        ("/bible/{book}.{chapter}.{verse}", .osis, "https://example.org/bible/Exod.32.31", "Exod.32.31"),
        (
            "?book={book}&chapter={chapter}&verse={verse}", .english,
            "https://example.org/read?verse=31&book=Exodus&chapter=32", "Exod.32.31"
        ),
        ("/c/{book}/{chapter}/{verse}-{end}", .usfm, "https://example.org/c/psa/23/1-6", "Ps.23.1-Ps.23.6"),
        ("/c/{book}/{chapter}", .english, "https://example.org/c/psalm/23", "Ps.23.1-Ps.23.6"),
        ("*/{book}/{chapter}", .usfm, "https://example.org/any/where/psa/23", "Ps.23.1-Ps.23.6"),
    ])
    func eachSchemeReadsItsURLs(pattern: String, codes: BookCodes, href: String, osis: String) throws {
        #expect(passage(href, try profile([pattern], codes)) == osis)
    }

    @Test func aURLThatDoesNotMatchOrNamesNoVerseHasNoPassage() throws {
        let profile = try profile(["/commentary/{book}/{chapter}/{verse}"], .english)
        #expect(passage("https://example.org/commentary/exodus/41/1", profile) == nil, "Exodus has 40 chapters")
        #expect(passage("https://example.org/commentary/exodos/32/1", profile) == nil)
        #expect(passage("https://example.org/commentary/exodus/32/1/extra", profile) == nil)
        #expect(passage("https://example.org/commentary/exodus/32/1000", profile) == nil)
        #expect(passage("https://example.org/about", profile) == nil)
    }

    @Test func aTableGivesTheSitesOwnCodes() throws {
        let profile = try profile(["/v/{book}_{chapter}v{verse}"], .table(["ex": try #require(Book(osisID: "Exod"))]))
        #expect(passage("https://example.org/v/EX_32v31", profile) == "Exod.32.31")
        #expect(passage("https://example.org/v/exo_32v31", profile) == nil)
    }

    @Test func queryPagesStayApartAndCompareEqualWhateverTheOrder() throws {
        let profile = try profile(["/notes.php?book={book}&chapter={chapter}&verse={verse}"], .usfm)
        let a = SiteURL("https://www.example.org/notes.php?book=exo&chapter=32&verse=31#top", profile: profile)
        let b = SiteURL("//example.org/notes.php?utm_source=x&VERSE=31&chapter=32&Book=EXO", profile: profile)
        let c = SiteURL("https://example.org/notes.php?book=exo&chapter=32&verse=30", profile: profile)
        #expect(a == b)
        #expect(a != c)
        #expect(a?.key == "example.org/notes.php?book=exo&chapter=32&verse=31")
        #expect(SiteURL("https://example.org/notes.php?book=exo", profile: .theBibleSays)?.query == "")
        let mirrored = SiteURL(
            mirrorPath: "example.org/notes.php?book=exo&chapter=32&verse=31.html", baseURL: nil, profile: profile)
        #expect(mirrored == a, "a file wget saved for the page")
    }

    @Test(arguments: [
        ("/c/{book}/{chapter}/{verse", "\"/c/{book}/{chapter}/{verse\": a { is not closed"),
        ("/c/{book}/{psalm}", "\"/c/{book}/{psalm}\": unknown placeholder {psalm}; expected {book}, {chapter}, {verse} or {end}"),
        ("/c/{chapter}/{verse}", "\"/c/{chapter}/{verse}\": {book} is missing"),
        ("/c/{book}{chapter}", "\"/c/{book}{chapter}\": two placeholders must be separated by text"),
        ("/c/{book}/{chapter}/{end}", "\"/c/{book}/{chapter}/{end}\": {end} needs a {verse}"),
        ("c/{book}/{chapter}", "\"c/{book}/{chapter}\": the path must start with / (or be left out: ?key={book}…)"),
        ("/c?{book}", "\"/c?{book}\": a query part must be name=value, found \"{book}\""),
    ])
    func badPatternsSayWhy(pattern: String, message: String) {
        #expect(throws: URLPatternError.self) { try URLPassagePattern(pattern) }
        do {
            _ = try URLPassagePattern(pattern)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func englishNamesIgnoreTheWordSeparators() {
        for name in ["1-john", "1john", "1_john", "1 john"] {
            #expect(Array(name.utf8).withUnsafeBufferPointer { BookCodes.english.book($0) } == Book(osisID: "1John"))
        }
        #expect(Array("psalm".utf8).withUnsafeBufferPointer { BookCodes.english.book($0) } == Book(osisID: "Ps"))
        #expect(Array("jo".utf8).withUnsafeBufferPointer { BookCodes.english.book($0) } == nil)
    }
}
