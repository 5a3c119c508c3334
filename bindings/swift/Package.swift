// swift-tools-version:5.9
// The Swift package of callguard's bindings. `bindings/test.sh` assembles it with the files
// uniffi generates (Sources/CallGuardKit/CallGuardKit.swift, and the header and module map in
// Sources/CallGuardKitFFI/) and links it against libcallguard.so; see bindings/README.md.
import PackageDescription

let package = Package(
    name: "CallGuardKit",
    products: [
        .library(name: "CallGuardKit", targets: ["CallGuardKit"]),
    ],
    targets: [
        // The C declarations of libcallguard's uniffi scaffolding (generated header + modulemap).
        .systemLibrary(name: "CallGuardKitFFI", path: "Sources/CallGuardKitFFI"),
        // The generated Swift API plus small hand-written conveniences.
        .target(
            name: "CallGuardKit",
            dependencies: ["CallGuardKitFFI"],
            path: "Sources/CallGuardKit",
            linkerSettings: [.linkedLibrary("callguard")]
        ),
        .testTarget(
            name: "CallGuardKitTests",
            dependencies: ["CallGuardKit"],
            path: "Tests/CallGuardKitTests"
        ),
    ]
)
