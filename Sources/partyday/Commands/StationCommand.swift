import ArgumentParser
import Foundation
import PartyDayApp
import PartyDayModel
import PartyDayRuntime
import PartyDayStore
import TerminalNCurses
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// `partyday station`: the check-in station at the door, and its PIN.
struct StationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "station",
        abstract: "签到台:门口的锁定签到界面;设置 PIN / the check-in station at the door; its PIN",
        subcommands: [StationOpenCommand.self, StationPINCommand.self, StationExportCommand.self],
        defaultSubcommand: StationOpenCommand.self)
}

/// `partyday station [--name NAME] [--day DATE]`: the locked kiosk, on today's activity day.
struct StationOpenCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "打开签到台(锁定;退出需 PIN)/ open the station (locked; leaving needs the PIN)")

    @OptionGroup var global: GlobalOptions
    @Option(help: "签到台名称 / the station's name") var name: String = "门口"
    @Option(help: "活动日(默认今天)/ the day (default: today)") var day: String?
    @Option(help: "支部 / the branch") var branch: String?
    @Flag(name: .customLong("collect-dues"), help: "签到后可收本月党费(F5 记录)/ take this month's dues after a check-in (F5 records it)")
    var collectDues = false

    func execute(_ context: CommandContext) throws {
        let stationName = try DayReference.stationName(name, option: "--name")
        let database = try context.database()
        guard try database.hasStationPIN() else { throw StationRefusal.noPIN }
        let branch = try database.branch(branch)
        let date = try day.map { text throws(CommandLineError) in
            guard let date = CivilDate(text) else { throw CommandLineError.invalidDate(text) }
            return date
        } ?? CivilDate.today()
        guard let found = try database.activityDay(on: date, branchID: branch.id) else { throw StationRefusal.noDay(date.description) }
        let environment = ProcessEnvironment.current
        let backend: NCursesBackend
        do {
            backend = try NCursesBackend(environment: environment)
        } catch {
            throw TerminalUnavailable()
        }
        defer { backend.stop() }
        // From here on the station's screen shows a wait, and Esc stops it.
        database.fileWait.announce(to: nil)
        let size = backend.size
        // The station's clock is the real one, moved to $PARTYDAY_TODAY's day when that is set.
        let clock = ShiftedClock(offset: Today.now().timeIntervalSince(Date()))
        let state = StationState(
            name: stationName, language: context.language, height: size.height, width: size.width, timeZone: .current, now: clock.now,
            collectsDues: collectDues)
        ProgramLoop(
            program: StationProgram(), state: state, backend: backend,
            runner: StationEffectRunner(database: database, stationName: stationName), clock: clock,
            tickInterval: ProgramLoop<StationProgram>.watchInterval)
            .run(initial: [.run(.loadDay(found.id))])
        if let signal = backend.receivedSignal {
            backend.stop()
            throw ExitCode(128 + signal)
        }
    }
}

/// Why a station does not open.
enum StationRefusal: UserFacingError {
    case noPIN
    case noDay(String)

    var message: LocalizedText {
        switch self {
        case .noPIN:
            LocalizedText(zh: "签到台还没有 PIN:先用 partyday station pin 设置(退出签到台需要它)",
                          en: "the station has no PIN: set one with partyday station pin first (leaving the station needs it)")
        case .noDay(let date):
            LocalizedText(zh: "\(date) 没有活动日:用 partyday day add \(date) 添加,或用 --day 指定", en: "no activity day on \(date): add one with partyday day add \(date), or name one with --day")
        }
    }
}

/// `partyday station pin`: sets the station PIN, typed twice (hidden at a terminal; two lines on
/// standard input from a script).
struct StationPINCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "pin", abstract: "设置签到台 PIN(4–12 位数字,输入两次)/ set the station PIN (4–12 digits, typed twice)")

    @OptionGroup var global: GlobalOptions

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let first = try HiddenLine.read(prompt: LocalizedText(zh: "新 PIN:", en: "New PIN: ")(context.language))
        let pin = try StationPIN.validated(first)
        let second = try HiddenLine.read(prompt: LocalizedText(zh: "再输一次:", en: "Again: ")(context.language))
        guard second.trimmingCharacters(in: .whitespaces) == pin else {
            throw CommandLineError.pinsDiffer
        }
        try database.setStationPIN(pin, actor: try context.actor())
        context.say(LocalizedText(zh: "已设置签到台 PIN", en: "The station PIN is set"))
    }
}

/// A line read without echo at a terminal (echo comes back however the read ends, Ctrl-C included),
/// or a plain line from a pipe.
enum HiddenLine {
    nonisolated(unsafe) private static var saved = termios()

    static func read(prompt: String) throws(CommandLineError) -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true) else {
                throw .missing(option: "stdin", field: LocalizedText(zh: "PIN(标准输入每行一次,共两行)", en: "the PIN (a line on standard input, twice)"))
            }
            return line
        }
        Console.error(prompt)
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        let restore: @convention(c) (Int32) -> Void = { signal in
            tcsetattr(STDIN_FILENO, TCSANOW, &HiddenLine.saved)
            _exit(128 + signal)
        }
        let previous = (Glibc.signal(SIGINT, restore), Glibc.signal(SIGTERM, restore), Glibc.signal(SIGHUP, restore))
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            _ = Glibc.signal(SIGINT, previous.0)
            _ = Glibc.signal(SIGTERM, previous.1)
            _ = Glibc.signal(SIGHUP, previous.2)
            Console.error("\n")
        }
        guard let line = readLine(strippingNewline: true) else {
            throw .missing(option: "PIN", field: LocalizedText(zh: "PIN", en: "the PIN"))
        }
        return line
    }
}
