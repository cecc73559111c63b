// swift-tools-version: 6.1
// libFuzzer targets for versegraph. They live in their own package because a fuzzer has no
// `main` (libFuzzer brings it) and needs the whole build instrumented:
//
//     cd Fuzz && swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//
// `Scripts/fuzz.sh` builds them and runs each for a given time; see the README's "Fuzzing".
import PackageDescription

let package = Package(
    name: "versegraph-fuzz",
    dependencies: [.package(name: "versegraph", path: "..")],
    targets: [
        // libFuzzer's driver, called from each target's `main`.
        .target(name: "FuzzDriver"),
        // The reference parser and scanner on arbitrary text.
        .executableTarget(
            name: "fuzz-references",
            dependencies: ["FuzzDriver", .product(name: "Scripture", package: "versegraph")]
        ),
        // Page extraction: sniffing, decoding, libxml2, the scanner and the interpreter.
        .executableTarget(
            name: "fuzz-page",
            dependencies: [
                "FuzzDriver",
                .product(name: "CommentaryGraph", package: "versegraph"),
                .product(name: "Scripture", package: "versegraph"),
            ]
        ),
        // The config reader and the glob patterns it yields.
        .executableTarget(
            name: "fuzz-config",
            dependencies: ["FuzzDriver", .product(name: "CommentaryGraph", package: "versegraph")]
        ),
    ]
)
