/// A row of the generated book table: what the versification data says of one book.
struct BookRecord: Sendable {
    let osisID: String
    let title: String
    let usfmCode: String
    let aliases: [String]
    let kjvVerseCounts: [Int]
}
