import Foundation
import Testing

/// A file name is text from the inputs wherever it is printed: in `check`'s text report (read
/// by CI problem matchers, one finding a line) and in `show`, a newline in a name must not
/// forge a line of its own, nor an escape character reach the terminal.
@Suite("versegraph file names in text reports")
struct ReportFileNameEscapingCommandTests {
    /// A page with one dangling link, named with a newline and an escape sequence.
    static func site() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.write(
            "site/thebiblesays.com/en/synopsis/rut+1:1\nx\u{1B}[31m.html",
            minimalPage("Ruth 1:1", related: ["/en/commentary/gen+1:1"]))
        return folder
    }

    @Test func checkTextKeepsOneFindingALine() throws {
        let folder = try Self.site()
        let run = try folder.run(["check", "site"])
        #expect(run.status == 1, "the dangling link fails the run: \(run.stdout)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2, "one finding and the summary: \(run.stdout.debugDescription)")
        #expect(lines.first?.hasPrefix("site/thebiblesays.com/en/synopsis/rut+1:1") == true)
        #expect(lines.first?.contains(": error: [dangling-link] ") == true, "\(run.stdout.debugDescription)")
        #expect(!run.stdout.unicodeScalars.contains("\u{1B}"), "no raw escape character: \(run.stdout.debugDescription)")
    }

    @Test func showTextKeepsTheNameOnItsLine() throws {
        let folder = try Self.site()
        let run = try folder.run(["show", "Ruth 1:1", "site", "-q"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Covered by 1 page:"), "\(run.stdout)")
        #expect(!run.stdout.contains("rut+1:1\n"), "the name is not broken over two lines: \(run.stdout.debugDescription)")
        #expect(!run.stdout.unicodeScalars.contains("\u{1B}"), "no raw escape character: \(run.stdout.debugDescription)")
    }
}
