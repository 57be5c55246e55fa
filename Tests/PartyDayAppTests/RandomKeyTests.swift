import Foundation
import PartyDayModel
import PartyDayStore
import PartyDayTestSupport
import Testing
@testable import PartyDayApp
import PartyDayRuntime
import TerminalUI

/// Seeded random keys through the real loop, reducers, views and store on a demo file: every bound key
/// of every screen and the station, typed and pasted text, resizes down to a few cells, and idle time
/// for the ticks. Nothing may crash, every frame must be the window's size, and the file must check
/// sound afterwards, history included. A failing seed repeats exactly.
@Suite("Random keys across every screen")
struct RandomKeyTests {
    static let today = CivilDate(year: 2026, month: 11, day: 25)!
    /// Keys per run; `PARTYDAY_RANDOM_KEYS=N` gives a longer run.
    static let count = ProcessInfo.processInfo.environment["PARTYDAY_RANDOM_KEYS"].flatMap { Int($0) } ?? 1_500

    /// Text a secretary or a member might type or paste, hostile values included.
    static let texts = [
        "张三", "李", "王红", "wang", "dy0", "138", "2026-03-06", "2026-13-45", "99999999999999999999-1-1",
        "4,5", "¥3,000.50", "\u{200B}", "\u{1B}[31m", "第一党小组", "  ", "/no/such/file.csv", "12:30", "0",
    ]

    /// The keys of the random run: every key bound anywhere except quitting, and typing keys.
    static func alphabet(_ bindings: [Keymap.Binding]) -> [Key] {
        var keys = Set(bindings.filter { $0.command != .quit }.flatMap(\.keys))
        keys.remove(.character("q"))
        for key: Key in [.left, .right, .home, .end, .backspace, .delete, .insert, .tab, .backTab, .enter, .escape] {
            keys.insert(key)
        }
        for character in "0123456789abcxyz张王 -:/.,党" { keys.insert(.character(character)) }
        return keys.sorted { $0.label < $1.label }
    }

    /// A seeded script of events from an alphabet.
    static func script(seed: UInt64, count: Int, alphabet: [Key]) -> (events: [TestBackend.Event], sizes: Set<String>) {
        var random = SplitMix(seed: seed)
        var events: [TestBackend.Event] = []
        var sizes: Set<String> = ["24x80"]
        func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        for _ in 0..<count {
            switch pick(100) {
            case 0..<80:
                events.append(.key(alphabet[pick(alphabet.count)]))
            case 80..<88:
                for character in texts[pick(texts.count)] { events.append(.waiting(.character(character))) }
            case 88..<91:
                events.append(.key(.paste(texts[pick(texts.count)] + (pick(2) == 0 ? "\n" : ""))))
            case 91..<95:
                let height = pick(3) == 0 ? 1 + pick(12) : 12 + pick(50)
                let width = pick(3) == 0 ? 1 + pick(40) : 40 + pick(160)
                sizes.insert("\(height)x\(width)")
                events.append(.key(.resize(height: height, width: width)))
            case 95..<97:
                events.append(.key(.resize(height: 24, width: 80)))
            default:
                events.append(.idle(0.6))
            }
        }
        return (events, sizes)
    }

    /// Every frame is as large as some window the script set.
    static func checkFrames(_ frames: [Grid], sizes: Set<String>) {
        for frame in frames where !sizes.contains("\(frame.height)x\(frame.width)") {
            Issue.record("a frame of \(frame.height)x\(frame.width), no window's size")
            return
        }
    }

    @Test("the secretary's screens", arguments: [(UInt64(1), Language.zh), (2, .zh), (3, .en)])
    func secretary(seed: UInt64, language: Language) throws {
        let folder = try TemporaryFolder()
        let database = try PartyDayDatabase.open(folder.location)
        try database.generateDemo(DemoOptions(members: 60, branches: 2, years: 2, seed: seed, today: Self.today), actor: .secretary)
        let before = try database.history().count
        let (events, sizes) = Self.script(seed: seed, count: Self.count, alphabet: Self.alphabet(Keymap.bindings))
        let clock = ManualClock()
        let backend = TestBackend(height: 24, width: 80, events: events, clock: clock)
        var state = AppState(
            language: language, actor: .secretary, height: 24, width: 80, needsSetup: false,
            branchName: try database.ownBranch().name, today: Self.today)
        state.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let runner = StoreEffectRunner(location: folder.location, actor: .secretary, today: Self.today, database: database)
        let final = ProgramLoop(program: SecretaryApp(), state: state, backend: backend, runner: runner, clock: clock, settleTime: 2)
            .run(initial: state.loadEffects.map { .run($0) })
        #expect(backend.pending.isEmpty, "the run ended early, on screen \(final.screen)")
        #expect(try database.history().count > before, "the keys changed the file (days planned, members saved, undone)")
        Self.checkFrames(backend.frames, sizes: sizes)
        let report = try PartyDayDatabase.open(folder.location).check(full: true)
        #expect(report.isHealthy, "\(report.problems)")
    }

    @Test("the check-in station", arguments: [(UInt64(4), Language.zh), (6, .en)])
    func station(seed: UInt64, language: Language) throws {
        let folder = try TemporaryFolder()
        let database = try PartyDayDatabase.open(folder.location)
        try database.generateDemo(DemoOptions(members: 60, branches: 1, years: 1, seed: seed, today: Self.today), actor: .secretary)
        try database.setStationPIN("246810", actor: .secretary)
        let branch = try database.ownBranch()
        let day = try #require(try database.activityDays(branchID: branch.id, year: 2026).last { $0.date <= Self.today })
        // One check-in by number first (a member the demo has not checked in), so the history below does
        // not rest on the seed's luck.
        let unique = try database.addMember(
            MemberProfile(branchID: branch.id, name: "门口测试", memberNumber: "RK0001", joinedOn: CivilDate(year: 2020, month: 1, day: 1)!),
            actor: .secretary)
        let (random, sizes) = Self.script(seed: seed, count: Self.count, alphabet: Self.alphabet(StationKeys.bindings))
        let events = "RK0001".map { TestBackend.Event.key(.character($0)) } + [.key(.enter)] + random
        let zone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let start = try #require(calendar.date(from: DateComponents(
            year: day.date.year, month: day.date.month, day: day.date.day, hour: 14, minute: 0)))
        let clock = ManualClock(start)
        let backend = TestBackend(height: 24, width: 80, events: events, clock: clock)
        let state = StationState(name: "门口", language: language, height: 24, width: 80, timeZone: zone, now: start)
        let runner = StationEffectRunner(database: database, stationName: "门口")
        _ = ProgramLoop(program: StationProgram(), state: state, backend: backend, runner: runner, clock: clock, settleTime: 2)
            .run(initial: [.run(.loadDay(day.id))])
        #expect(backend.pending.isEmpty, "the station closed early")
        let stationHistory = try database.history(actor: .station("门口")).map(\.label.zh)
        #expect(stationHistory.contains { $0.contains(unique.name) },
                "the name typed first checked its member in, whatever the keys after did: \(unique.name) \(stationHistory)")
        Self.checkFrames(backend.frames, sizes: sizes)
        let report = try PartyDayDatabase.open(folder.location).check(full: true)
        #expect(report.isHealthy, "\(report.problems)")
    }
}
