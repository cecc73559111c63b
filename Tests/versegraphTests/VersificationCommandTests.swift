import Foundation
import Testing

/// A passage on the command line is read under the versification in force: `--versification`,
/// else `versegraph.yml`'s, else KJV. 3 John 1:15 exists under RSV only.
@Suite("versegraph passages under the versification in force")
struct VersificationCommandTests {
    /// A synopsis page for 3 John 1:15.
    static func site(config: String? = nil) throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.write("site/thebiblesays.com/en/synopsis/3jn+1:15", minimalPage("3 John 1:15"))
        if let config { try folder.write("versegraph.yml", config) }
        return folder
    }

    @Test func showReadsThePassageUnderTheConfiguredVersification() throws {
        let folder = try Self.site(config: "versification: rsv\n")
        let run = try folder.run(["show", "3 John 1:15", "site", "-q"])
        #expect(run.status == 0, "versegraph.yml says rsv: \(run.stderr)")
        #expect(run.stdout.contains("(3John.1.15)"), "\(run.stdout)")
    }

    @Test func exportAroundReadsThePassageUnderTheVersificationOption() throws {
        let folder = try Self.site()
        let run = try folder.run(["export", "site", "--around", "3 John 1:15", "--versification", "rsv", "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(nodeIDs(ofGraphJSON: run.stdout) == ["3John.1.15"], "\(run.stdout)")
    }

    @Test func exportAroundReadsThePassageUnderTheConfiguredVersification() throws {
        let folder = try Self.site(config: "versification: rsv\n")
        let run = try folder.run(["export", "site", "--around", "3 John 1:15", "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(nodeIDs(ofGraphJSON: run.stdout) == ["3John.1.15"], "\(run.stdout)")
    }

    @Test func underKJVThePassageIsStillAUsageError() throws {
        let folder = try Self.site()
        let show = try folder.run(["show", "3 John 1:15", "site", "-q"])
        #expect(show.status == 64)
        #expect(show.stderr.contains("verse 15 does not exist: 3 John 1 has 14 verses"), "\(show.stderr)")
    }
}
