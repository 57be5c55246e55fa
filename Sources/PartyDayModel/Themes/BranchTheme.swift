/// A theme a branch sets itself (the "X" of "7+X"): kept in the data file, renamed or described at will,
/// retired when no longer offered (it stays on the days that took it).
public struct BranchTheme: Sendable, Hashable {
    /// The row id; the theme's id on days is `x:<row id>`, so renaming never touches a day.
    public var rowID: Int64
    /// The branch that set it.
    public var branchID: Int64
    /// Its name and what it covers.
    public var name: LocalizedText
    public var description: LocalizedText
    /// When it was retired, if it was.
    public var retiredOn: CivilDate?

    public init(rowID: Int64, branchID: Int64, name: LocalizedText, description: LocalizedText, retiredOn: CivilDate? = nil) {
        self.rowID = rowID
        self.branchID = branchID
        self.name = name
        self.description = description
        self.retiredOn = retiredOn
    }

    /// The id days store for it.
    public var id: String { Self.id(rowID: rowID) }

    /// `x:12`.
    public static func id(rowID: Int64) -> String { "x:\(rowID)" }

    /// The row id in a theme id like `x:12`, if it is one.
    public static func rowID(in id: String) -> Int64? {
        id.hasPrefix("x:") ? Int64(id.dropFirst(2)) : nil
    }

    /// The theme as a day's record and the pickers show it.
    public var theme: Theme { Theme(id: id, name: name, description: description) }

    /// Checks a name (required, one line, at most 30 characters) and a description (optional).
    /// A refusal names the field's id: `name` or `description`.
    public static func validated(name: String, description: String) throws(ValidationError) -> (name: String, description: String) {
        let cleanName: String
        do {
            cleanName = try TextRules.requiredLine(name, field: LocalizedText(zh: "主题名称", en: "theme name"), maximum: 30)
        } catch {
            throw error.naming("name")
        }
        do {
            let cleanDescription = try TextRules.optionalLine(description, field: LocalizedText(zh: "主题说明", en: "description"), maximum: 200) ?? ""
            return (cleanName, cleanDescription)
        } catch {
            throw error.naming("description")
        }
    }
}

extension ThemeCatalogue {
    /// The catalogue with a branch's own themes after the fixed ones; retired themes are named but,
    /// unless `includingRetired`, not offered.
    public func adding(_ own: [BranchTheme], includingRetired: Bool) -> ThemeCatalogue {
        ThemeCatalogue(themes: themes + own.filter { includingRetired || $0.retiredOn == nil }.map(\.theme))
    }
}
