// swift-tools-version:6.1
import PackageDescription

/// How partyday's programs are linked on Linux (docs/decisions.md, "Linked by lld"): with the toolchain's
/// own lld, relative relocations packed (RELR: 20 KB to read at start instead of 2.4 MB) and no symbol
/// table exported for other objects to look in (the static standard library asks for one; nothing
/// loads partyday's symbols). The floor is linked the same way, so the two stay comparable.
let programLinking: [LinkerSetting] = [
    .unsafeFlags(
        ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
        .when(platforms: [.linux]))
]

/// partyday: the monthly Party-member activity day, run end to end from a terminal.
let package = Package(
    name: "partyday",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "partyday", targets: ["partyday"]),
        .executable(name: "partyday-bench", targets: ["partyday-bench"]),
        .executable(name: "partyday-floor", targets: ["partyday-floor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // scrypt for the check-in station's PIN (CryptoExtras); see docs/decisions.md.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "PartyDayModel",
            // The shipped theme catalogue, compiled in: a link to themes.json at the repository root.
            resources: [.embedInCode("Themes/themes.json")]
        ),
        .target(
            name: "PartyDayStore",
            dependencies: [
                "PartyDayModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(name: "TerminalUI"),
        .target(
            name: "CNCursesW",
            cSettings: [.define("NCURSES_WIDECHAR", to: "1"), .define("_XOPEN_SOURCE_EXTENDED", to: "1")],
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(name: "TerminalNCurses", dependencies: ["TerminalUI", "CNCursesW"]),
        // The pure core: state, actions, reducers, views, keymap. It never links GRDB.
        .target(
            name: "PartyDayApp",
            dependencies: ["PartyDayModel", "TerminalUI"]
        ),
        // The runtime that runs the core's effects against the data file.
        .target(
            name: "PartyDayRuntime",
            dependencies: ["PartyDayApp", "PartyDayModel", "PartyDayStore"]
        ),
        .executableTarget(
            name: "partyday",
            dependencies: [
                "PartyDayModel", "PartyDayStore", "TerminalUI", "TerminalNCurses", "PartyDayApp", "PartyDayRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: programLinking
        ),
        .executableTarget(
            name: "partyday-bench",
            dependencies: [
                "PartyDayModel", "PartyDayStore", "PartyDayApp", "PartyDayRuntime", "TerminalUI",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            linkerSettings: programLinking
        ),
        // The floor the benchmark sets partyday's first frame beside: ncurses and one line, nothing else.
        .executableTarget(name: "partyday-floor", dependencies: ["CNCursesW"], linkerSettings: programLinking),
        // Fuzz targets for every parser of outside input; see Fuzz/README.md. Built normally it replays
        // inputs, so the suite keeps the seed corpus and every crash found; with -DFUZZING it is libFuzzer's.
        .executableTarget(name: "partyday-fuzz", dependencies: ["PartyDayModel", "TerminalUI"]),
        // What the test targets share: temporary files, the process runner, the tmux session, snapshot files.
        .target(
            name: "PartyDayTestSupport",
            dependencies: ["PartyDayStore", "TerminalUI", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/PartyDayTestSupport"
        ),
        .testTarget(name: "PartyDayModelTests", dependencies: ["PartyDayModel"]),
        .testTarget(name: "PartyDayStoreTests", dependencies: ["PartyDayStore", "PartyDayModel", "PartyDayTestSupport"]),
        .testTarget(name: "CommandLineTests", dependencies: ["PartyDayModel", "PartyDayTestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(
            name: "PartyDayAppTests",
            dependencies: [
                "PartyDayApp", "PartyDayRuntime", "PartyDayStore", "PartyDayModel", "TerminalUI", "PartyDayTestSupport",
            ],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
