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
        // Tests only: property-based generators for the fuzz tests (decoder, dates, NISS/NIR, text editor).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The system ncurses (wide-character build), reached through a module map and a shim header.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Model, rules, calendar, catalog and draft storage: pure Swift, no terminal.
        .target(name: "RecoursCore"),
        // Async-signal-safe terminal restore and signal flags (C: signal handlers must be).
        .target(name: "CTerminalGuard"),
        // Turns a dossier into the letter of one stage, from Mustache templates.
        .target(
            name: "RecoursLetters",
            dependencies: [
                "RecoursCore",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The wizard as values: state, update (key → new state + effects), view (state → screen buffer).
        .target(name: "RecoursUI", dependencies: ["RecoursCore", "RecoursLetters"]),
        // The thin ncurses layer: terminal input into events, screen buffer into terminal output, effects.
        .target(name: "RecoursTerminal", dependencies: ["RecoursUI", "RecoursCore", "CNcurses", "CTerminalGuard"]),
        // The `recours` command.
        .executableTarget(
            name: "RecoursCLI",
            dependencies: [
                "RecoursCore",
                "RecoursLetters",
                "RecoursUI",
                "RecoursTerminal",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `scripts/benchmark`: the wizard's update and view timed in-process (not a test: no timing in tests).
        .executableTarget(
            name: "RecoursBenchmark", dependencies: ["RecoursCore", "RecoursLetters", "RecoursUI", "RecoursTerminal"]),
        // Helpers shared by the test targets (a seeded random generator).
        .target(name: "RecoursTestSupport", path: "Tests/RecoursTestSupport"),
        .testTarget(
            name: "RecoursCoreTests",
            dependencies: [
                "RecoursCore", "RecoursTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Corpus"]
        ),
        // Golden files and snapshots are read from the source tree (through #filePath), not bundled.
        .testTarget(name: "RecoursLettersTests", dependencies: ["RecoursCore", "RecoursLetters"], exclude: ["Golden"]),
        .testTarget(
            name: "RecoursCLITests", dependencies: ["RecoursCLI", "RecoursCore", "RecoursTestSupport", "CNcurses"],
            exclude: ["Golden"]),
        .testTarget(
            name: "RecoursUITests",
            dependencies: [
                "RecoursUI", "RecoursCore", "RecoursLetters", "RecoursTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Corpus", "Snapshots", "Golden"]
        ),
        // The terminal layer without a terminal: key decoding tables, screen diffs on an in-memory terminal.
        .testTarget(
            name: "RecoursTerminalTests",
            dependencies: ["RecoursTerminal", "RecoursUI", "RecoursCore", "RecoursTestSupport"]),
        // Drives the real binary in a real terminal (tmux).
        .testTarget(name: "RecoursEndToEndTests", dependencies: ["RecoursCLI"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
