import Foundation
import Testing

/// Issue 9: every file found is accounted for, as read, skipped (with its reason) or ignored,
/// in the summary line and in `check.json`; `--verbose` names each ignored file.
@Suite("Every file accounted for")
struct FileAccountCommandTests {
    /// Two pages, one random-bytes `.html`, one empty page, one extension-less file that is
    /// not HTML, and one page that `ignore.files` leaves out.
    private func mirror() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.write("site/en/synopsis/rut+1:1.html", minimalPage("Ruth 1:1", related: ["/en/synopsis/rut+1:2"]))
        try folder.write("site/en/synopsis/rut+1:2.html", minimalPage("Ruth 1:2", related: ["/en/synopsis/rut+1:1"]))
        var generator = SystemRandomNumberGenerator()
        try folder.write("site/junk.html", bytes: (0..<4096).map { _ in UInt8.random(in: 1...255, using: &generator) })
        try folder.write("site/empty.html", "")
        try folder.write("site/robots", "User-agent: *\nDisallow:\n")
        try folder.write("site/drafts/rut+1:3.html", minimalPage("Ruth 1:3"))
        try folder.write("versegraph.yml", "ignore:\n  files: [\"drafts/**\"]\n")
        return folder
    }

    @Test func checkJSONCountsAndNamesEveryFile() throws {
        let folder = try mirror()
        let run = try folder.run(["check", "site", "--format", "json", "--config", "versegraph.yml"])
        #expect(run.status == 0, "\(run.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let summary = try #require(root["summary"] as? [String: Any])
        let files = try #require(summary["files"] as? [String: Any])
        #expect(files["found"] as? Int == 6)
        #expect(files["read"] as? Int == 2)
        #expect(files["skipped"] as? Int == 2)
        #expect(files["ignored"] as? Int == 2)
        #expect(files["skippedByReason"] as? [String: Int] == ["empty": 1, "not HTML": 1])
        let skipped = try #require(root["skipped"] as? [[String: String]])
        #expect(skipped.map { $0["file"] ?? "" } == ["site/empty.html", "site/junk.html"])
        #expect(skipped[1]["reason"]?.contains("control characters") == true, "\(skipped)")
        let ignored = try #require(root["ignored"] as? [[String: String]])
        #expect(ignored.map { $0["file"] ?? "" } == ["site/drafts/rut+1:3.html", "site/robots"])
        #expect(ignored[0]["reason"] == "matches ignore.files")
        #expect(run.stderr.contains("versegraph: 6 files found: 2 pages read, 2 skipped (1 empty, 1 not HTML), 2 ignored;"))
    }

    @Test func textCheckSaysWhatBecameOfTheOtherFilesAndVerboseNamesThem() throws {
        let folder = try mirror()
        let quiet = try folder.run(["check", "site", "--config", "versegraph.yml"])
        #expect(quiet.stdout == "no problems found in 2 pages\n", "\(quiet.stdout)")
        #expect(quiet.stderr.contains("versegraph: skipped site/junk.html: this is not an HTML page"))
        #expect(quiet.stderr.contains("versegraph: 6 files found: 2 pages read, 2 skipped (1 empty, 1 not HTML), 2 ignored\n"))
        #expect(!quiet.stderr.contains("ignored site/robots"))
        let verbose = try folder.run(["check", "site", "--config", "versegraph.yml", "--verbose"])
        #expect(verbose.stderr.contains("versegraph: ignored site/robots: not an HTML page"), "\(verbose.stderr)")
        #expect(verbose.stderr.contains("versegraph: ignored site/drafts/rut+1:3.html: matches ignore.files"))
    }

    @Test func buildWritesTheSameAccountIntoCheckJSON() throws {
        let folder = try mirror()
        let run = try folder.run(["build", "site", "--out", "out", "--config", "versegraph.yml", "--svg", "never"])
        #expect(run.status == 0, "\(run.stderr)")
        let check = try #require(folder.bytes("out/check.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: check) as? [String: Any])
        let files = try #require((root["summary"] as? [String: Any])?["files"] as? [String: Any])
        #expect(files["found"] as? Int == 6 && files["read"] as? Int == 2)
    }
}
