import Foundation
import PartyDayModel
import PartyDayStore
import PartyDayApp
import TerminalUI

/// Runs effects against the data file. The file is created only when first-run setup completes, so
/// quitting the setup leaves nothing behind.
public final class StoreEffectRunner: WorkRunner {
    private let location: DatabaseLocation
    let actor: ActorID
    let today: CivilDate
    private(set) var database: PartyDayDatabase?
    private var watcher: ChangeWatcher?

    /// A runner for a file that may not exist yet (`database` nil) or is already open.
    public init(location: DatabaseLocation, actor: ActorID, today: CivilDate, database: PartyDayDatabase?) {
        self.location = location
        self.actor = actor
        self.today = today
        self.database = database
        fileWait = database?.fileWait ?? FileWait()
        if let database {
            do {
                self.watcher = try ChangeWatcher(database)
            } catch {
                watchFailure = error
            }
            checkPending = true
        }
    }

    /// The store's wait for another process's hold on the file, read and stopped from the loop's thread.
    private let fileWait: FileWait
    /// The wait last reported to the loop (the loop's thread only).
    private var reportedWait: FileWaiting?

    public func progress() -> Action? {
        let now = fileWait.current
        guard now != reportedWait else { return nil }
        reportedWait = now
        return .fileWaiting(now)
    }

    public func interrupt() { fileWait.cancel() }

    /// How many branches a page of the reports' count holds: about 50 ms on a county's file (L), the
    /// longest another read waits behind it, and about 5 MB of working memory on M where pages of 100
    /// took 10 (`partyday-bench count`; docs/performance.md).
    static let branchReportsPage = 50

    /// The page check of the file that was open when the runner was made.
    private var check: BackgroundCheck?
    /// Whether that check is still to start (it starts at the first look for changes, a tick).
    private var checkPending = false

    /// Why the file cannot be watched, reported once at the next check.
    private var watchFailure: StoreError?

    /// Runs a read or a write on the open file, as a result; nil when there is no file yet (before
    /// first-run setup nothing is read).
    func attempt<Value>(_ body: (PartyDayDatabase) throws(StoreError) -> Value) -> Result<Value, StoreError>? {
        guard let database else { return nil }
        return Result { () throws(StoreError) in try body(database) }
    }

    public func run(_ effect: Effect) -> Action? {
        awaitFirstReads()
        if case .readAhead(let read) = effect {
            readAhead(read)
            return nil
        }
        if effect.readsFileOnly { return read(effect) }
        let action = perform(effect)
        // This process's own commit is reloaded by its result; the next tick should not report it too.
        // (Its result's reloads also read any other process's commit made meanwhile.)
        if effect.writes {
            _ = try? watcher?.hasChanged()
            answers.removeAll()
        }
        return action
    }

    /// Whether reads are answered from what was read before while the file is unchanged (on by
    /// default; the benchmark turns it off to time the reads themselves).
    public var keepsAnswers = true

    /// The reads' answers kept, with the file's version each was read at.
    private var answers = ReadAheadCache()

    /// A read: answered from what was read at the file's current version, else read and kept. The
    /// version is taken before reading, so a commit during the read leaves the answer unkept.
    private func read(_ effect: Effect) -> Action? {
        guard keepsAnswers, let version = watcher?.version() else { return perform(effect) }
        if let kept = answers.answer(for: effect, at: version) { return kept }
        let action = perform(effect)
        if watcher?.version() == version { answers.keep(action, for: effect, at: version) }
        return action
    }

    /// The first screen's reads started by `readFirst`: signalled when they are done.
    private var firstReads: DispatchSemaphore?

    /// Starts the first screen's reads on a thread of their own, so they run while the terminal is set
    /// up; their answers are kept as a read ahead's are, and the worker's same reads find them. Call
    /// before the loop runs; the worker waits for these reads before any work of its own, so the runner
    /// is never used on two threads at once.
    public func readFirst(_ effects: [Effect]) {
        let reads = effects.filter(\.readsFileOnly)
        guard keepsAnswers, watcher != nil, firstReads == nil, !reads.isEmpty else { return }
        let done = DispatchSemaphore(value: 0)
        firstReads = done
        let runner = FirstReadsRunner(runner: self)
        Thread.detachNewThread {
            for effect in reads { _ = runner.runner.read(effect) }
            done.signal()
        }
    }

    /// Waits for the first screen's reads, once, before the worker's first work.
    private func awaitFirstReads() {
        guard let done = firstReads else { return }
        done.wait()
        firstReads = nil
    }

    /// Starts the file's page check, then the day's backup, at the first look for changes (the loop's
    /// first tick, half a second in): it reads the whole file, so it waits for the first frame rather
    /// than slow it; its result is said at a later tick.
    private func startCheck() {
        guard checkPending, let database else { return }
        checkPending = false
        check = BackgroundCheck(database, backupDay: today)
    }

    /// Reads `effect` ahead for a screen not shown (nothing when its answer for the file as it is is kept).
    private func readAhead(_ effect: Effect) {
        guard keepsAnswers, effect.readsFileOnly else { return }
        _ = read(effect)
    }

    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .loadHistory(let limit):
            return attempt { db throws(StoreError) in try db.history(limit: limit) }.map { Action.reply(.history($0)) }
        case .undo:
            return undoOrRedo(redo: false)
        case .redo:
            return undoOrRedo(redo: true)
        case .setUp(let name, let sampleData):
            return .setupFinished(setUp(branchName: name, sampleData: sampleData))
        case .loadMonth(let month, let branchID):
            return attempt { db throws(StoreError) in try loadMonth(month, branchID: branchID, in: db) }
                .map { Action.reply(.month($0)) }
        case .planYear(let year, let branchID):
            return attempt { db throws(StoreError) in try db.planYear(year, branchID: try db.branch(id: branchID).id, actor: actor) }
                .map { Action.reply(.yearPlanned($0)) }
        case .saveDay(let day, let isNew, let base):
            guard let database else { return nil }
            do {
                if isNew { return .daySaved(.success(try database.addActivityDay(day, today: today, actor: actor))) }
                let (saved, kept) = try database.saveActivityDay(day, base: base, today: today, actor: actor)
                return .daySaved(.success(saved), kept: kept)
            } catch {
                return .daySaved(.failure(error))
            }
        case .loadBranchFacts(let branchID):
            return attempt { db throws(StoreError) in
                let branch = try db.branch(id: branchID)
                let recent = try db.activityDays(branchID: branch.id, from: today.adding(days: -800), through: today)
                return BranchFacts(
                    branchID: branch.id, meetings: try db.meetingStandings(branchID: branch.id, asOf: today),
                    themeLastUsed: ThemeCoverage.lastUse(in: recent, asOf: today), ownThemes: try db.branchThemes(branchID: branch.id))
            }.map { Action.reply(.branchFacts($0)) }
        case .loadRoster, .loadMember, .saveMember, .addGroup, .recordLeaving, .previewImport, .commitImport:
            return performRosterEffect(effect)
        case .loadThemes, .saveTheme, .retireTheme:
            return performThemeEffect(effect)
        case .loadAttendance, .setAttendance, .closeAttendance, .reopenAttendance, .setSignOut, .setGraceMinutes, .setStationPIN:
            return performAttendanceEffect(effect)
        case .loadDues, .fixDuesYear, .payDues, .changeDues:
            return performDuesEffect(effect)
        case .loadMakeUps, .completeMakeUp:
            return performMakeUpEffect(effect)
        case .loadFollowUp, .addFollowUpNote, .exempt, .removeExemption:
            return performFollowUpEffect(effect)
        case .loadReports(let year, let branchID):
            return attempt { db throws(StoreError) in
                try db.reports(year: year, branchID: try db.branch(id: branchID).id, today: today)
            }.map { Action.reply(.reports($0)) }
        case .loadBranchReports(let year, let from):
            return attempt { db throws(StoreError) in
                try db.branchReports(year: year, today: today, offset: from, limit: Self.branchReportsPage)
            }.map { result in
                switch result {
                case .success(let page): .reply(.branchReports(year: year, from: from, total: page.total, .success(page.reports)))
                case .failure(let error): .reply(.branchReports(year: year, from: from, total: 0, .failure(error)))
                }
            }
        case .readAhead:
            // `run` takes it: a read ahead answers nothing.
            return nil
        case .loadBranches:
            return attempt { db throws(StoreError) in try db.organisations(kind: .branch) }.map(Action.branchesLoaded)
        case .checkForChanges:
            startCheck()
            // Only a damaged file, or a check that could not run for a reason other than a busy file, is
            // worth saying.
            if let checked = check?.take(), checked != .success(true) {
                if case .failure(.locked) = checked {} else { return .fileChecked(checked) }
            }
            if let failure = check?.takeBackupFailure() { return .backupFailed(failure) }
            if let failure = watchFailure {
                watchFailure = nil
                return .watchFailed(failure)
            }
            guard let watcher else { return nil }
            do {
                return try watcher.hasChanged() ? .fileChanged : nil
            } catch {
                // Reported once; the watcher stays, in case the next check succeeds.
                return .watchFailed(error)
            }
        }
    }

    private func loadMonth(_ month: YearMonth, branchID: Int64?, in database: PartyDayDatabase) throws(StoreError) -> MonthData {
        let branch = try database.branch(id: branchID)
        let days = try database.activityDays(branchID: branch.id, from: month.firstDay, through: month.lastDay)
        let attendance = try database.attendance(dayIDs: days.map(\.id))
        let holidays = try database.holidayCalendar(provisionalFor: [month.year])
        let schedule = try database.schedule(branchID: branch.id)
        var placements: [Int64: LocalizedText] = [:]
        for day in days { placements[day.id] = ActivityDayPlanner.explanation(of: day, schedule: schedule, holidays: holidays) }
        var entries: [Int: Holiday] = [:]
        for day in 1...month.dayCount {
            if let date = CivilDate(year: month.year, month: month.month, day: day), let holiday = holidays.entry(on: date) {
                entries[day] = holiday
            }
        }
        return MonthData(
            month: month, branch: branch, days: days, attendance: attendance, holidays: entries,
            lunar: LunarCalendar.captions(for: month), hasHolidayData: holidays.source(for: month.year) != .provisional,
            placements: placements)
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
                opened = try PartyDayDatabase.open(location, wait: fileWait)
            }
            database = opened
            if sampleData {
                try opened.generateDemo(DemoOptions(today: today), actor: actor)
            } else {
                try opened.initialise(branchName: branchName, recordsBegin: today, actor: actor)
            }
            watcher = try ChangeWatcher(opened)
            watchFailure = nil
            return .success(try opened.ownBranch().name)
        } catch {
            return .failure(error)
        }
    }
}

/// The runner handed to the thread of its first reads; the worker waits for that thread before using
/// the runner (`awaitFirstReads`), so it is used on one thread at a time.
private struct FirstReadsRunner: @unchecked Sendable {
    let runner: StoreEffectRunner
}
