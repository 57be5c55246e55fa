import Foundation

/// Where the data file lives: `--db`, then `PARTYDAY_DB`, then `$XDG_DATA_HOME/partyday/partyday.sqlite`,
/// else `~/.local/share/partyday/partyday.sqlite`.
public struct DatabaseLocation: Sendable, Hashable {
    /// The file's path.
    public let path: String
    /// Whether the path is the default one, whose folder partyday may create.
    public let isDefault: Bool

    /// Creates a location for an explicit path.
    public init(path: String, isDefault: Bool = false) {
        self.path = path
        self.isDefault = isDefault
    }

    /// The file name inside the default folder.
    public static let defaultFileName = "partyday.sqlite"

    /// Resolves the location from the command line's `--db` and the environment.
    public static func resolve(explicit: String?, environment: [String: String]) -> DatabaseLocation {
        if let explicit, !explicit.isEmpty { return DatabaseLocation(path: explicit) }
        if let fromEnvironment = environment["PARTYDAY_DB"], !fromEnvironment.isEmpty {
            return DatabaseLocation(path: fromEnvironment)
        }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return DatabaseLocation(path: dataHome + "/partyday/" + defaultFileName, isDefault: true)
    }

    /// The folder that holds the file.
    public var folder: String {
        (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
    }
}
