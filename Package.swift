// swift-tools-version:6.1
import PackageDescription

/// partyday: the monthly Party-member activity day, run end to end from a terminal.
let package = Package(
    name: "partyday",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "partyday", targets: ["partyday"]),
        .executable(name: "partyday-bench", targets: ["partyday-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "PartyDayModel"),
        .target(
            name: "PartyDayStore",
            dependencies: [
                "PartyDayModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "TerminalUI"),
        .executableTarget(
            name: "partyday",
            dependencies: [
                "PartyDayModel", "PartyDayStore", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "partyday-bench",
            dependencies: ["PartyDayModel", "PartyDayStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "PartyDayModelTests", dependencies: ["PartyDayModel"]),
        .testTarget(name: "PartyDayStoreTests", dependencies: ["PartyDayStore", "PartyDayModel"]),
        .testTarget(name: "CommandLineTests", dependencies: ["PartyDayModel"]),
    ],
    swiftLanguageModes: [.v6]
)
