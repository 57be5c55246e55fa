import Foundation

/// The catalogue of themes read from `themes.json`: the seven fixed themes with names and descriptions.
public struct ThemeCatalogue: Sendable, Hashable {
    /// The catalogue format this version reads.
    public static let schemaVersion = 1

    /// The themes, in the file's order.
    public private(set) var themes: [Theme]

    /// A catalogue of the given themes.
    public init(themes: [Theme]) {
        self.themes = themes
    }

    /// The theme with an id, if the catalogue has it.
    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }

    /// The name of a theme for display; an id the catalogue lacks shows as itself.
    public func name(of id: String) -> LocalizedText {
        theme(id)?.name ?? LocalizedText(zh: id, en: id)
    }

    /// The catalogue compiled into partyday from `themes.json` at the repository root.
    public static let shipped: ThemeCatalogue = {
        do {
            return try parse(Data(PackageResources.themes_json), file: "themes.json")
        } catch {
            // The shipped file is checked by a test; should it ever be broken, fall back to the ids.
            return ThemeCatalogue(themes: FixedTheme.allCases.map {
                Theme(id: $0.rawValue, name: LocalizedText(zh: $0.rawValue, en: $0.rawValue),
                      description: LocalizedText(zh: "", en: ""))
            })
        }
    }()

    /// Reads and checks a catalogue: valid JSON, the known schema version, unique ids, every fixed
    /// theme present, no empty name. A problem names the file, the place in it and what is wrong.
    public static func parse(_ data: Data, file: String) throws(ThemeCatalogueError) -> ThemeCatalogue {
        func fail(_ place: String, _ problem: LocalizedText) -> ThemeCatalogueError {
            ThemeCatalogueError(file: file, place: place, problem: problem)
        }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            throw fail("", LocalizedText(zh: "不是有效的 JSON \(detail)", en: "is not valid JSON \(detail)"))
        }
        guard let object = root as? [String: Any] else {
            throw fail("", LocalizedText(zh: "顶层应是一个对象 {…}", en: "the top level must be an object {…}"))
        }
        guard let version = object["schema_version"] as? Int else {
            throw fail("schema_version", LocalizedText(zh: "缺少或不是整数", en: "is missing or not a whole number"))
        }
        guard version == schemaVersion else {
            throw fail("schema_version", LocalizedText(
                zh: "是 \(version),本版本只能读取 \(schemaVersion)", en: "is \(version); this version reads \(schemaVersion) only"))
        }
        guard let entries = object["themes"] as? [Any] else {
            throw fail("themes", LocalizedText(zh: "缺少或不是数组 […]", en: "is missing or not an array […]"))
        }
        var themes: [Theme] = []
        for (index, entry) in entries.enumerated() {
            let place = "themes[\(index)]"
            guard let fields = entry as? [String: Any] else {
                throw fail(place, LocalizedText(zh: "应是一个对象 {…}", en: "must be an object {…}"))
            }
            guard let id = (fields["id"] as? String)?.trimmingCharacters(in: .whitespaces), !id.isEmpty else {
                throw fail(place + ".id", LocalizedText(zh: "缺少或为空", en: "is missing or empty"))
            }
            if themes.contains(where: { $0.id == id }) {
                throw fail(place + ".id", LocalizedText(zh: "“\(id)”重复", en: "“\(id)” appears twice"))
            }
            let name = try text(fields["name"], place: place + ".name", required: true, fail: fail)
            let description = try text(fields["description"], place: place + ".description", required: false, fail: fail)
            themes.append(Theme(id: id, name: name, description: description))
        }
        for fixed in FixedTheme.allCases where !themes.contains(where: { $0.id == fixed.rawValue }) {
            throw fail("themes", LocalizedText(
                zh: "缺少固定主题“\(fixed.rawValue)”", en: "the fixed theme “\(fixed.rawValue)” is missing"))
        }
        return ThemeCatalogue(themes: themes)
    }

    private static func text(
        _ value: Any?, place: String, required: Bool, fail: (String, LocalizedText) -> ThemeCatalogueError
    ) throws(ThemeCatalogueError) -> LocalizedText {
        guard let pair = value as? [String: Any] else {
            if !required, value == nil { return LocalizedText(zh: "", en: "") }
            throw fail(place, LocalizedText(zh: "应是 {\"zh\": …, \"en\": …}", en: "must be {\"zh\": …, \"en\": …}"))
        }
        var result = LocalizedText(zh: "", en: "")
        for language in Language.allCases {
            let raw = pair[language.rawValue]
            guard raw == nil || raw is String else {
                throw fail(place + "." + language.rawValue, LocalizedText(zh: "应是文字", en: "must be text"))
            }
            let trimmed = (raw as? String ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if required, trimmed.isEmpty {
                throw fail(place + "." + language.rawValue, LocalizedText(zh: "不能为空", en: "must not be empty"))
            }
            switch language {
            case .zh: result.zh = trimmed
            case .en: result.en = trimmed
            }
        }
        return result
    }
}

/// A theme catalogue file partyday cannot use: which file, where in it, and what is wrong.
public struct ThemeCatalogueError: UserFacingError, Equatable {
    /// The file's name or path.
    public var file: String
    /// Where in the file: `themes[2].name.zh`, or empty for the whole file.
    public var place: String
    /// What is wrong.
    public var problem: LocalizedText

    /// The message: file, place, problem.
    public var message: LocalizedText {
        let at = place.isEmpty ? "" : " \(place)"
        return LocalizedText(zh: "主题目录 \(file)\(at):\(problem.zh)", en: "theme catalogue \(file)\(at): \(problem.en)")
    }
}
