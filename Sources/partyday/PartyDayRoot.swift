import ArgumentParser
import Foundation
import PartyDayModel

/// The `partyday` command: bare, it opens the terminal UI; its subcommands serve scripts and tests.
struct PartyDayRoot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partyday",
        abstract: "党员活动日 — 支部书记的终端工具 / the Party-member activity day, run from a terminal",
        discussion: """
            数据文件 / data file: --db, $PARTYDAY_DB, $XDG_DATA_HOME/partyday/partyday.sqlite, ~/.local/share/partyday/partyday.sqlite
            语言 / language: --lang zh|en, $PARTYDAY_LANG, $LANG
            """,
        subcommands: [
            UICommand.self, InitCommand.self, MemberCommand.self, GroupCommand.self, BranchCommand.self, DayCommand.self, HolidaysCommand.self, ThemeCommand.self, DuesCommand.self, MakeUpCommand.self, FollowUpCommand.self, ReportCommand.self, ExportCommand.self, UndoCommand.self, RedoCommand.self,
            HistoryCommand.self, AttendanceCommand.self, StationCommand.self, MergeCommand.self, CheckCommand.self, BackupCommand.self, RestoreCommand.self, DemoCommand.self,
        ],
        defaultSubcommand: UICommand.self
    )
}
