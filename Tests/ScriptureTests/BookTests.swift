import Testing
@testable import Scripture

@Test func canonHas66Books() { #expect(Book.all.count == 66) }
