import Foundation
import PartyDayModel
import PartyDayStore
import PartyDayApp

extension StoreEffectRunner {
    /// The themes screen's effects: a year's coverage, adding, renaming and retiring a branch theme.
    func performThemeEffect(_ effect: Effect) -> Action? {
        switch effect {
        case .loadThemes(let branchID, let year):
            return attempt { db throws(StoreError) in
                let branch = try db.branch(id: branchID)
                let own = try db.branchThemes(branchID: branch.id)
                let first = YearMonth(year: year - 1, month: 1)?.firstDay ?? today
                let last = max(today, YearMonth(year: year, month: 12)?.lastDay ?? today)
                let days = try db.activityDays(branchID: branch.id, from: first, through: last)
                return ThemesData(branchID: branch.id, own: own, coverage: ThemeCoverage.of(days, year: year, today: today))
            }.map { Action.reply(.themes($0)) }
        case .saveTheme(let branchID, let renaming, let name, let description):
            guard let database else { return nil }
            return Action.reply(.themeSaved(Result { () throws(StoreError) in
                if let renaming {
                    let theme = try database.findBranchTheme(BranchTheme.id(rowID: renaming), branchID: branchID)
                    try database.updateBranchTheme(theme, name: name, description: description, actor: actor)
                    return ThemeChange.renamed(name: name)
                }
                try database.addBranchTheme(branchID: branchID, name: name, description: description, actor: actor)
                return ThemeChange.added(name: name)
            }))
        case .retireTheme(let branchID, let rowID):
            guard let database else { return nil }
            return Action.reply(.themeSaved(Result { () throws(StoreError) in
                let theme = try database.findBranchTheme(BranchTheme.id(rowID: rowID), branchID: branchID)
                try database.retireBranchTheme(theme, on: today, actor: actor)
                return ThemeChange.retired(name: theme.name)
            }))
        default:
            return nil
        }
    }
}
