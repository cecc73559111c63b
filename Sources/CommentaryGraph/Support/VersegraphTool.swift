/// What versegraph says about itself in reports that name the tool that wrote them (SARIF),
/// and in `versegraph --version`: one place, so the two cannot disagree.
public enum VersegraphTool {
    /// The tool's name.
    public static let name = "versegraph"
    /// The release, as `versegraph --version` prints it.
    public static let version = "0.1.0"
    /// Where to read about the tool and its rules.
    public static let informationURI = "https://github.com/versegraph/versegraph"
}
