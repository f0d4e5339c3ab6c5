// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "recours",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recours", targets: ["RecoursCLI"]),
        .library(name: "RecoursCore", targets: ["RecoursCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The system ncurses (wide-character build), reached through a module map and a shim header.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Model, rules, calendar, catalog and draft storage: pure Swift, no terminal.
        .target(name: "RecoursCore"),
        // Turns a dossier into the letter of one stage, from Mustache templates.
        .target(
            name: "RecoursLetters",
            dependencies: [
                "RecoursCore",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The `recours` command.
        .executableTarget(
            name: "RecoursCLI",
            dependencies: [
                "RecoursCore",
                "RecoursLetters",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RecoursCoreTests", dependencies: ["RecoursCore"]),
        .testTarget(name: "RecoursLettersTests", dependencies: ["RecoursCore", "RecoursLetters"]),
        .testTarget(name: "RecoursCLITests", dependencies: ["RecoursCLI", "RecoursCore", "CNcurses"]),
    ],
    swiftLanguageModes: [.v6]
)
