import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 9, case 5: names that are not UTF-8 and paths longer than PATH_MAX were dropped
/// without a word. Each is now skipped and named with its reason.
@Suite("versegraph on names it cannot open")
struct AwkwardNameCommandTests {
    /// Writes `text` to the file whose path is `bytes` (not necessarily UTF-8) inside
    /// `folder`, with libc, since Foundation's paths are strings.
    private func write(_ text: String, toRawName bytes: [UInt8], in folder: String) throws {
        let path = Array(folder.utf8) + [0x2F] + bytes + [0]
        let fd = path.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(fd >= 0)
        defer { close(fd) }
        _ = Array(text.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }

    @Test func aNameThatIsNotUTF8IsSkippedAndNamed() throws {
        let folder = try ScratchFolder()
        try folder.write("site/rut+1:1.html", minimalPage("Ruth 1:1"))
        try write(minimalPage("Ruth 1:2"), toRawName: Array("caf".utf8) + [0xE9] + Array(".html".utf8), in: folder.path("site"))
        let run = try folder.run(["check", "site"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("versegraph: skipped site/caf"), "\(run.stderr)")
        #expect(run.stderr.contains(".html: the file name is not UTF-8; rename the file"), "\(run.stderr)")
        #expect(run.stderr.contains("2 files found: 1 page read, 1 skipped (1 name not UTF-8)"), "\(run.stderr)")
    }

    @Test func anArgumentThatIsNotUTF8SaysWhyItCannotBeOpened() throws {
        let folder = try ScratchFolder()
        // What the shell passes for a Latin-1 name reaches the program with U+FFFD in it.
        let run = try folder.run(["check", "caf\u{FFFD}.html"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("the name as given is not UTF-8"), "\(run.stderr)")
    }

    @Test func aPathLongerThanPathMaxIsSkippedAndNamed() throws {
        let folder = try ScratchFolder()
        defer { removeDeeply(folder.path("site")) }
        try folder.write("site/rut+1:1.html", minimalPage("Ruth 1:1"))
        // 22 folders of 200 characters: 4,400 bytes, past Linux's PATH_MAX of 4,096. Made one
        // level at a time, relative to the last, as only the *at calls can.
        var fd = open(folder.path("site"), O_DIRECTORY | O_RDONLY)
        try #require(fd >= 0)
        let level = String(repeating: "d", count: 200)
        for _ in 0..<22 {
            try #require(mkdirat(fd, level, 0o755) == 0)
            let next = openat(fd, level, O_DIRECTORY | O_RDONLY)
            close(fd)
            fd = next
            try #require(fd >= 0)
        }
        let page = openat(fd, "deep.html", O_CREAT | O_WRONLY, 0o644)
        _ = Array(minimalPage("Ruth 1:2").utf8).withUnsafeBytes { Glibc.write(page, $0.baseAddress, $0.count) }
        close(page)
        close(fd)
        let run = try folder.run(["check", "site"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("cannot read the file: File name too long"), "\(run.stderr)")
        #expect(run.stderr.contains("1 page read, 1 skipped (1 unreadable)"), "\(run.stderr)")
    }

    /// `rm -rf`, which walks with *at calls, where Foundation's remover gives up.
    private func removeDeeply(_ path: String) {
        let remover = Process()
        remover.executableURL = URL(fileURLWithPath: "/bin/rm")
        remover.arguments = ["-rf", path]
        try? remover.run()
        remover.waitUntilExit()
    }
}
