import Foundation
import PartyDayModel
import PartyDayStore

/// Runs effects against the outside world and reports the outcome as an action.
public protocol EffectRunner: AnyObject {
    func run(_ effect: Effect) -> Action?
}

/// Runs effects against the data file. The file is created only when first-run setup completes, so
/// quitting the setup leaves nothing behind.
public final class StoreEffectRunner: EffectRunner {
    private let location: DatabaseLocation
    private let actor: ActorID
    private let today: CivilDate
    private var database: PartyDayDatabase?
    private var watcher: ChangeWatcher?

    /// A runner for a file that may not exist yet (`database` nil) or is already open.
    public init(location: DatabaseLocation, actor: ActorID, today: CivilDate, database: PartyDayDatabase?) {
        self.location = location
        self.actor = actor
        self.today = today
        self.database = database
        self.watcher = database.flatMap { try? ChangeWatcher($0) }
    }

    public func run(_ effect: Effect) -> Action? {
        let action = perform(effect)
        // This process's own commit is reloaded by its result; the next tick should not report it too.
        // (Its result's reloads also read any other process's commit made meanwhile.)
        if effect.writes { _ = try? watcher?.hasChanged() }
        return action
    }

    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .loadHistory(let limit):
            guard let database, let entries = try? database.history(limit: limit) else { return nil }
            return .historyLoaded(entries)
        case .undo:
            return undoOrRedo(redo: false)
        case .redo:
            return undoOrRedo(redo: true)
        case .setUp(let name, let sampleData):
            return .setupFinished(setUp(branchName: name, sampleData: sampleData))
        case .loadMonth(let month, let branchID):
            return loadMonth(month, branchID: branchID).map(Action.monthLoaded)
        case .planYear(let year, let branchID):
            guard let database else { return nil }
            return .planFinished(Result { () throws(StoreError) in
                try database.planYear(year, branchID: try database.branch(id: branchID).id, actor: actor)
            })
        case .saveDay(let day, let isNew):
            guard let database else { return nil }
            return .daySaved(Result { () throws(StoreError) in
                isNew ? try database.addActivityDay(day, actor: actor) : try database.updateActivityDay(day, actor: actor)
            })
        case .loadMeetings(let branchID):
            guard let database, let branch = try? database.branch(id: branchID),
                  let standings = try? database.meetingStandings(branchID: branch.id, asOf: today),
                  let recent = try? database.activityDays(branchID: branch.id, from: today.adding(days: -800), through: today)
            else { return nil }
            let coverage = ThemeCoverage.of(recent, year: today.year, catalogue: .shipped, today: today)
            return .meetingsLoaded(branchID: branch.id, standings, themeLastUsed: coverage.lastUsed)
        case .loadRoster(let branchID, let includeLeft):
            guard let database, let branch = try? database.branch(id: branchID),
                  let entries = try? database.roster(MemberFilter(branchID: branch.id, includeLeft: includeLeft)),
                  let groups = try? database.organisations(kind: .group),
                  let standings = try? database.memberStandings(branchID: branch.id, asOf: today)
            else { return nil }
            return .rosterLoaded(RosterData(
                branch: branch, entries: entries,
                groupNames: Dictionary(uniqueKeysWithValues: groups.filter { $0.parentID == branch.id }.map { ($0.id, $0.name) }),
                standings: standings))
        case .loadMember(let id, let forLeaving):
            guard let database, let member = try? database.member(id: id) else { return nil }
            return .memberLoaded(member, forLeaving: forLeaving)
        case .saveMember(let profile, let id):
            guard let database else { return nil }
            return .memberSaved(Result { () throws(StoreError) in
                if let id { try database.updateMember(id: id, to: profile, actor: actor) } else { try database.addMember(profile, actor: actor) }
            })
        case .recordLeaving(let id, let date, let reason, let note):
            guard let database else { return nil }
            return .memberSaved(Result { () throws(StoreError) in
                try database.recordLeaving(memberID: id, on: date, reason: reason, note: note, actor: actor)
            })
        case .previewImport(let path, let branchID):
            guard let database else { return nil }
            return .importPreviewed(Result { () throws(StoreError) in
                let expanded = (path as NSString).expandingTildeInPath
                guard let data = FileManager.default.contents(atPath: expanded) else {
                    throw StoreError.invalid(ValidationError(
                        field: LocalizedText(zh: "文件 \(path)", en: "file \(path)"),
                        problem: LocalizedText(zh: "找不到或无法读取", en: "cannot be found or read")))
                }
                let branch = try database.branch(id: branchID)
                let (sheet, encoding) = try database.previewImport(data, branchID: branch.id, today: today)
                return ImportPreview(
                    file: (expanded as NSString).lastPathComponent, encoding: encoding.rawValue, accepted: sheet.accepted,
                    rejected: sheet.rejected, ignoredColumns: sheet.ignoredColumns)
            })
        case .commitImport(let rows):
            guard let database else { return nil }
            return .importFinished(Result { () throws(StoreError) in try database.importMembers(rows, actor: actor) })
        case .loadThemes(let branchID, let year):
            guard let database, let branch = try? database.branch(id: branchID),
                  let own = try? database.branchThemes(branchID: branch.id),
                  let first = YearMonth(year: year - 1, month: 1),
                  let days = try? database.activityDays(branchID: branch.id, from: first.firstDay, through: max(today, YearMonth(year: year, month: 12)?.lastDay ?? today))
            else { return nil }
            return .themesLoaded(ThemesData(
                branchID: branch.id, own: own, coverage: ThemeCoverage.of(days, year: year, catalogue: .shipped, today: today)))
        case .saveTheme(let branchID, let renaming, let name, let description):
            guard let database else { return nil }
            return .themeSaved(Result { () throws(StoreError) in
                if let renaming {
                    let theme = try database.findBranchTheme(BranchTheme.id(rowID: renaming), branchID: branchID)
                    try database.updateBranchTheme(theme, name: name, description: description, actor: actor)
                    return LocalizedText(zh: "已修改主题 \(name)", en: "Theme renamed \(name)")
                }
                try database.addBranchTheme(branchID: branchID, name: name, description: description, actor: actor)
                return LocalizedText(zh: "已新增主题 \(name)", en: "Theme added: \(name)")
            })
        case .retireTheme(let branchID, let rowID):
            guard let database else { return nil }
            return .themeSaved(Result { () throws(StoreError) in
                let theme = try database.findBranchTheme(BranchTheme.id(rowID: rowID), branchID: branchID)
                try database.retireBranchTheme(theme, on: today, actor: actor)
                return LocalizedText(zh: "已停用主题 \(theme.name.zh)", en: "Theme retired: \(theme.name.en)")
            })
        case .loadBranches:
            guard let database, let branches = try? database.organisations(kind: .branch) else { return nil }
            return .branchesLoaded(branches)
        case .checkForChanges:
            guard let watcher, (try? watcher.hasChanged()) == true else { return nil }
            return .fileChanged
        }
    }

    private func loadMonth(_ month: YearMonth, branchID: Int64?) -> MonthData? {
        guard let database, let branch = try? database.branch(id: branchID),
              let days = try? database.activityDays(branchID: branch.id, from: month.firstDay, through: month.lastDay),
              let attendance = try? database.attendance(dayIDs: days.map(\.id)),
              let branchThemes = try? database.branchThemes(branchID: branch.id),
              let holidays = try? database.holidayCalendar()
        else { return nil }
        var entries: [Int: Holiday] = [:]
        for day in 1...month.dayCount {
            if let date = CivilDate(year: month.year, month: month.month, day: day), let holiday = holidays.entry(on: date) {
                entries[day] = holiday
            }
        }
        return MonthData(
            month: month, branch: branch, days: days, attendance: attendance, holidays: entries,
            lunar: LunarCalendar.captions(for: month), hasHolidayData: holidays.hasData(for: month.year), branchThemes: branchThemes)
    }

    private func undoOrRedo(redo: Bool) -> Action? {
        guard let database else { return nil }
        do {
            let summary = redo ? try database.redo(actor: actor) : try database.undo(actor: actor)
            return .undoFinished(.success(summary), redo: redo)
        } catch {
            return .undoFinished(.failure(error), redo: redo)
        }
    }

    private func setUp(branchName: String, sampleData: Bool) -> Result<String, StoreError> {
        do {
            let opened: PartyDayDatabase
            if let database {
                opened = database
            } else {
                opened = try PartyDayDatabase.open(location)
            }
            database = opened
            if sampleData {
                try opened.generateDemo(DemoOptions(today: today), actor: actor)
            } else {
                try opened.initialise(branchName: branchName, actor: actor)
            }
            watcher = try ChangeWatcher(opened)
            return .success(try opened.ownBranch().name)
        } catch {
            return .failure(error)
        }
    }
}
