// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "versegraph",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "versegraph", targets: ["versegraph"]),
        .library(name: "Scripture", targets: ["Scripture"]),
        .library(name: "CommentaryGraph", targets: ["CommentaryGraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/onevcat/Rainbow.git", from: "4.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
    ],
    targets: [
        // libxml2, seen only by the files of Sources/CommentaryGraph/HTML.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Books, versification and references: pure value types, no dependencies.
        .target(name: "Scripture"),
        // Pages, the verse-range graph, analyses and exporters; never prints.
        .target(
            name: "CommentaryGraph",
            dependencies: [
                "Scripture",
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The command-line front end: arguments, output files, colors, exit codes.
        .executableTarget(
            name: "versegraph",
            dependencies: [
                "Scripture",
                "CommentaryGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
            ]
        ),
        // Release-build benchmarks: `swift run -c release versegraph-bench`.
        .executableTarget(
            name: "versegraph-bench",
            dependencies: ["Scripture", "CommentaryGraph"]
        ),
        .testTarget(
            name: "ScriptureTests",
            dependencies: [
                "Scripture",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "CommentaryGraphTests",
            dependencies: [
                "CommentaryGraph", "Scripture", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "versegraphTests",
            dependencies: ["CommentaryGraph", "Scripture"]
        ),
    ]
)
