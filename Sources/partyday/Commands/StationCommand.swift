import ArgumentParser
import Foundation
import PartyDayModel
import PartyDayStore
#if canImport(Glibc)
import Glibc
#endif

/// `partyday station`: the check-in station's settings. (The station itself, the locked kiosk at the
/// door, comes with its screen; its PIN is set here first.)
struct StationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "station",
        abstract: "签到台:设置 PIN / the check-in station: set its PIN",
        subcommands: [StationPINCommand.self])
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
