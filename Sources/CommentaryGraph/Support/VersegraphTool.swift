/// What versegraph says about itself in reports that name the tool that wrote them (SARIF),
/// and in `versegraph --version`: one place, so the two cannot disagree.
public enum VersegraphTool {
    /// The tool's name.
    public static let name = "versegraph"
    /// The release, as `versegraph --version` prints it.
    public static let version = "0.1.0"
    // No informationUri: it is optional in SARIF, and the project has no public home yet.
}
