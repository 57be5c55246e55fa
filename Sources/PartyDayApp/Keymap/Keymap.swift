import PartyDayModel
import TerminalUI

/// The one table of key bindings: it drives dispatch, the bottom bar, the `?` overlay and docs/keymap.md.
public enum Keymap {
    /// One binding: what it does, where, which keys, what help says, and whether the bottom bar shows it
    /// (with a shorter label where the help's words would not fit).
    public struct Binding: Sendable {
        public let command: KeyCommand
        public let scope: KeyScope
        public let keys: [Key]
        public let help: LocalizedText
        public let inBar: Bool
        public let barLabel: LocalizedText?

        init(command: KeyCommand, scope: KeyScope, keys: [Key], help: LocalizedText, inBar: Bool, barLabel: LocalizedText? = nil) {
            self.command = command
            self.scope = scope
            self.keys = keys
            self.help = help
            self.inBar = inBar
            self.barLabel = barLabel
        }
    }

    /// Every binding, in the order help lists them.
    public static let bindings: [Binding] = [
        Binding(command: .help, scope: .global, keys: [.character("?"), .function(1)],
                help: LocalizedText(zh: "帮助", en: "help"), inBar: true),
        Binding(command: .quit, scope: .global, keys: [.character("q")],
                help: LocalizedText(zh: "退出", en: "quit"), inBar: true),
        Binding(command: .undo, scope: .global, keys: [.character("u")],
                help: LocalizedText(zh: "撤销自己的上一步", en: "undo your last change"), inBar: true),
        Binding(command: .redo, scope: .global, keys: [.control("r")],
                help: LocalizedText(zh: "重做", en: "redo"), inBar: true),
        Binding(command: .openCalendar, scope: .global, keys: [.character("1")],
                help: LocalizedText(zh: "打开“日历”", en: "open Calendar"), inBar: false),
        Binding(command: .openRoster, scope: .global, keys: [.character("2")],
                help: LocalizedText(zh: "打开“党员”", en: "open Roster"), inBar: false),
        Binding(command: .openThemes, scope: .global, keys: [.character("3")],
                help: LocalizedText(zh: "打开“主题”", en: "open Themes"), inBar: false),
        Binding(command: .openHistory, scope: .global, keys: [.character("6")],
                help: LocalizedText(zh: "打开“历史”", en: "open History"), inBar: false),
        Binding(command: .moveUp, scope: .list, keys: [.up, .character("k")],
                help: LocalizedText(zh: "上移", en: "move up"), inBar: false),
        Binding(command: .moveDown, scope: .list, keys: [.down, .character("j")],
                help: LocalizedText(zh: "下移", en: "move down"), inBar: false),
        Binding(command: .pageUp, scope: .list, keys: [.pageUp, .character("[")],
                help: LocalizedText(zh: "上一页", en: "page up"), inBar: false),
        Binding(command: .pageDown, scope: .list, keys: [.pageDown, .character("]")],
                help: LocalizedText(zh: "下一页", en: "page down"), inBar: false),
        Binding(command: .first, scope: .list, keys: [.home, .character("g")],
                help: LocalizedText(zh: "第一行", en: "first row"), inBar: false),
        Binding(command: .last, scope: .list, keys: [.end, .character("G")],
                help: LocalizedText(zh: "最后一行", en: "last row"), inBar: false),
        Binding(command: .previousDay, scope: .calendar, keys: [.left, .character("h")],
                help: LocalizedText(zh: "前一天", en: "previous day"), inBar: false),
        Binding(command: .nextDay, scope: .calendar, keys: [.right, .character("l")],
                help: LocalizedText(zh: "后一天", en: "next day"), inBar: false),
        Binding(command: .previousWeek, scope: .calendar, keys: [.up, .character("k")],
                help: LocalizedText(zh: "上一周", en: "previous week"), inBar: false),
        Binding(command: .nextWeek, scope: .calendar, keys: [.down, .character("j")],
                help: LocalizedText(zh: "下一周", en: "next week"), inBar: false),
        Binding(command: .previousMonth, scope: .calendar, keys: [.character("["), .pageUp],
                help: LocalizedText(zh: "上个月", en: "previous month"), inBar: true,
                barLabel: LocalizedText(zh: "上月", en: "prev")),
        Binding(command: .nextMonth, scope: .calendar, keys: [.character("]"), .pageDown],
                help: LocalizedText(zh: "下个月", en: "next month"), inBar: true,
                barLabel: LocalizedText(zh: "下月", en: "next")),
        Binding(command: .today, scope: .calendar, keys: [.character("t")],
                help: LocalizedText(zh: "今天", en: "today"), inBar: true,
                barLabel: LocalizedText(zh: "今天", en: "today")),
        Binding(command: .planYear, scope: .calendar, keys: [.character("p")],
                help: LocalizedText(zh: "规划全年活动日", en: "plan the year"), inBar: true,
                barLabel: LocalizedText(zh: "规划", en: "plan")),
        Binding(command: .openDay, scope: .calendar, keys: [.enter],
                help: LocalizedText(zh: "打开或新建这天的记录", en: "open or add the day"), inBar: true,
                barLabel: LocalizedText(zh: "打开", en: "open")),
        Binding(command: .newDay, scope: .calendar, keys: [.character("n")],
                help: LocalizedText(zh: "新建活动日", en: "new activity day"), inBar: true,
                barLabel: LocalizedText(zh: "新建", en: "new")),
        Binding(command: .editDay, scope: .calendar, keys: [.character("e")],
                help: LocalizedText(zh: "修改这天的记录", en: "edit the day's record"), inBar: true,
                barLabel: LocalizedText(zh: "修改", en: "edit")),
        Binding(command: .cancelDay, scope: .calendar, keys: [.character("x")],
                help: LocalizedText(zh: "取消活动日(填原因)", en: "cancel, with a reason"), inBar: true,
                barLabel: LocalizedText(zh: "取消", en: "cancel")),
        Binding(command: .switchBranch, scope: .calendar, keys: [.character("b")],
                help: LocalizedText(zh: "切换支部", en: "switch branch"), inBar: true,
                barLabel: LocalizedText(zh: "切换支部", en: "branch")),
        Binding(command: .search, scope: .roster, keys: [.character("/")],
                help: LocalizedText(zh: "搜索:姓名/拼音/编号", en: "search name, pinyin, no."),
                inBar: true, barLabel: LocalizedText(zh: "搜索", en: "search")),
        Binding(command: .editMember, scope: .roster, keys: [.enter, .character("e")],
                help: LocalizedText(zh: "打开/修改党员信息", en: "open or edit the record"), inBar: true,
                barLabel: LocalizedText(zh: "修改", en: "edit")),
        Binding(command: .newMember, scope: .roster, keys: [.character("n")],
                help: LocalizedText(zh: "添加党员", en: "add a member"), inBar: true,
                barLabel: LocalizedText(zh: "添加", en: "add")),
        Binding(command: .memberLeaves, scope: .roster, keys: [.character("x")],
                help: LocalizedText(zh: "记录离开(转出/去世/除名)", en: "record leaving (kept)"), inBar: true,
                barLabel: LocalizedText(zh: "离开", en: "leaves")),
        Binding(command: .sortNext, scope: .roster, keys: [.character("s")],
                help: LocalizedText(zh: "换一种排序", en: "next sort order"), inBar: true,
                barLabel: LocalizedText(zh: "排序", en: "sort")),
        Binding(command: .filterRoster, scope: .roster, keys: [.character("f")],
                help: LocalizedText(zh: "筛选:身份、党小组、标记、提醒", en: "filter: status, group, flag"), inBar: true,
                barLabel: LocalizedText(zh: "筛选", en: "filter")),
        Binding(command: .importRoster, scope: .roster, keys: [.character("i")],
                help: LocalizedText(zh: "导入名册 CSV(先预览)", en: "import a roster CSV (preview first)"), inBar: true,
                barLabel: LocalizedText(zh: "导入", en: "import")),
        Binding(command: .toggleLeft, scope: .roster, keys: [.character("a")],
                help: LocalizedText(zh: "显示/隐藏已离开的人", en: "show those who left"), inBar: true,
                barLabel: LocalizedText(zh: "含离开", en: "left")),
        Binding(command: .rosterBranch, scope: .roster, keys: [.character("b")],
                help: LocalizedText(zh: "切换支部", en: "switch branch"), inBar: true,
                barLabel: LocalizedText(zh: "支部", en: "branch")),
        Binding(command: .cancel, scope: .roster, keys: [.escape],
                help: LocalizedText(zh: "清除搜索结果,显示全部", en: "clear the search results"), inBar: false),
        Binding(command: .confirm, scope: .search, keys: [.enter],
                help: LocalizedText(zh: "完成(保留结果)", en: "done (keep results)"), inBar: true,
                barLabel: LocalizedText(zh: "完成", en: "done")),
        Binding(command: .cancel, scope: .search, keys: [.escape],
                help: LocalizedText(zh: "清除搜索", en: "clear the search"), inBar: true,
                barLabel: LocalizedText(zh: "清除", en: "clear")),
        Binding(command: .moveDown, scope: .search, keys: [.down, .pageDown],
                help: LocalizedText(zh: "在结果中下移", en: "down the results"), inBar: true,
                barLabel: LocalizedText(zh: "选择", en: "choose")),
        Binding(command: .moveUp, scope: .search, keys: [.up, .pageUp],
                help: LocalizedText(zh: "在结果中上移", en: "up the results"), inBar: false),
        Binding(command: .previousYear, scope: .themes, keys: [.pageUp, .character("[")],
                help: LocalizedText(zh: "上一年", en: "previous year"), inBar: false),
        Binding(command: .nextYear, scope: .themes, keys: [.pageDown, .character("]")],
                help: LocalizedText(zh: "下一年", en: "next year"), inBar: false),
        Binding(command: .addTheme, scope: .themes, keys: [.character("n")],
                help: LocalizedText(zh: "新增本支部主题", en: "add a theme of the branch's own"), inBar: true,
                barLabel: LocalizedText(zh: "新增", en: "add")),
        Binding(command: .renameTheme, scope: .themes, keys: [.character("r"), .character("e")],
                help: LocalizedText(zh: "修改本支部主题", en: "rename or describe it"), inBar: true,
                barLabel: LocalizedText(zh: "修改", en: "edit")),
        Binding(command: .retireTheme, scope: .themes, keys: [.character("x")],
                help: LocalizedText(zh: "停用本支部主题(仍留在用过的日子)", en: "retire it (past days keep it)"), inBar: true,
                barLabel: LocalizedText(zh: "停用", en: "retire")),
        Binding(command: .filterActor, scope: .history, keys: [.character("f")],
                help: LocalizedText(zh: "按操作者筛选", en: "filter by actor"), inBar: true),
        Binding(command: .confirm, scope: .form, keys: [.enter],
                help: LocalizedText(zh: "确定", en: "confirm"), inBar: true),
        Binding(command: .cancel, scope: .form, keys: [.escape],
                help: LocalizedText(zh: "取消", en: "cancel"), inBar: true),
        Binding(command: .nextField, scope: .form, keys: [.tab, .down],
                help: LocalizedText(zh: "下一项", en: "next field"), inBar: true),
        Binding(command: .previousField, scope: .form, keys: [.backTab, .up],
                help: LocalizedText(zh: "上一项", en: "previous field"), inBar: false),
        Binding(command: .previousChoice, scope: .form, keys: [.left],
                help: LocalizedText(zh: "前一选项(文字中左移)", en: "previous choice"), inBar: false),
        Binding(command: .nextChoice, scope: .form, keys: [.right],
                help: LocalizedText(zh: "后一选项(文字中右移)", en: "next choice"), inBar: false),
        Binding(command: .toggle, scope: .form, keys: [.character(" ")],
                help: LocalizedText(zh: "勾选/取消勾选", en: "tick or untick"), inBar: true),
        Binding(command: .addGroup, scope: .form, keys: [.character("+")],
                help: LocalizedText(zh: "在党小组一项:新增党小组", en: "on the group field: add a new group"), inBar: false),
        Binding(command: .help, scope: .form, keys: [.function(1)],
                help: LocalizedText(zh: "帮助(表单中 ? 是文字)", en: "help (in forms ? is text)"), inBar: false),
        Binding(command: .yes, scope: .confirm, keys: [.character("y"), .character("Y"), .enter],
                help: LocalizedText(zh: "是", en: "yes"), inBar: true),
        Binding(command: .no, scope: .confirm, keys: [.character("n"), .character("N"), .escape],
                help: LocalizedText(zh: "否,返回", en: "no, go back"), inBar: true),
        Binding(command: .moveUp, scope: .help, keys: [.up, .character("k")],
                help: LocalizedText(zh: "向上滚动", en: "scroll up"), inBar: true, barLabel: LocalizedText(zh: "上", en: "up")),
        Binding(command: .moveDown, scope: .help, keys: [.down, .character("j")],
                help: LocalizedText(zh: "向下滚动", en: "scroll down"), inBar: true, barLabel: LocalizedText(zh: "下", en: "down")),
        Binding(command: .pageUp, scope: .help, keys: [.pageUp],
                help: LocalizedText(zh: "上一页", en: "page up"), inBar: false),
        Binding(command: .pageDown, scope: .help, keys: [.pageDown, .character(" ")],
                help: LocalizedText(zh: "下一页", en: "page down"), inBar: true, barLabel: LocalizedText(zh: "翻页", en: "page")),
        Binding(command: .closeHelp, scope: .help, keys: [.escape, .character("q"), .character("?"), .enter],
                help: LocalizedText(zh: "关闭(其他键也关闭)", en: "close (so does any other key)"), inBar: true,
                barLabel: LocalizedText(zh: "关闭", en: "close")),
    ] + editingBindings

    /// The text-editing keys, from the table text fields read (`TextEdit`).
    static let editingBindings: [Binding] = TextEdit.allCases.map { edit in
        let help: LocalizedText = switch edit {
        case .left: LocalizedText(zh: "光标左移一个字", en: "cursor back one character")
        case .right: LocalizedText(zh: "光标右移一个字", en: "cursor forward one character")
        case .start: LocalizedText(zh: "到开头", en: "to the start")
        case .end: LocalizedText(zh: "到末尾", en: "to the end")
        case .backspace: LocalizedText(zh: "删除前一个字", en: "delete the character before")
        case .delete: LocalizedText(zh: "删除后一个字", en: "delete the character after")
        case .clearToStart: LocalizedText(zh: "清除光标前的内容", en: "clear up to the cursor")
        }
        return Binding(command: .editText, scope: .editing, keys: edit.keys, help: help, inBar: false)
    }

    /// The command a key means in the given scopes, searched in order.
    public static func command(for key: Key, in scopes: [KeyScope]) -> KeyCommand? {
        for scope in scopes {
            if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// The keys of a binding as help writes them: `↑/k`.
    public static func keyLabel(_ binding: Binding) -> String {
        binding.keys.map(\.label).joined(separator: "/")
    }

    /// One entry of the bottom bar: the binding's shortest key and its short label.
    public struct BarEntry: Sendable, Equatable {
        public var command: KeyCommand
        public var keys: String
        public var help: String
    }

    /// The bottom bar's entries for the given scopes, in order.
    public static func barEntries(for scopes: [KeyScope], language: Language) -> [BarEntry] {
        scopes.flatMap { scope in
            bindings.filter { $0.scope == scope && $0.inBar }.map { binding in
                BarEntry(command: binding.command, keys: binding.keys.first?.label ?? "", help: (binding.barLabel ?? binding.help)(language))
            }
        }
    }

    /// The scope names shown as headings in help.
    public static func title(of scope: KeyScope) -> LocalizedText {
        switch scope {
        case .global: LocalizedText(zh: "任何界面", en: "Anywhere")
        case .list: LocalizedText(zh: "列表", en: "Lists")
        case .calendar: LocalizedText(zh: "日历", en: "Calendar")
        case .history: LocalizedText(zh: "历史", en: "History")
        case .roster: LocalizedText(zh: "党员", en: "Roster")
        case .themes: LocalizedText(zh: "主题", en: "Themes")
        case .search: LocalizedText(zh: "搜索时", en: "While searching")
        case .form: LocalizedText(zh: "表单与对话框", en: "Forms and dialogs")
        case .editing: LocalizedText(zh: "输入文字时", en: "Typing text")
        case .help: LocalizedText(zh: "帮助窗口", en: "The help window")
        case .confirm: LocalizedText(zh: "询问是否时", en: "Yes/no questions")
        }
    }

    /// docs/keymap.md, generated from the table.
    public static func markdown() -> String {
        var text = "# Keys\n\nGenerated from `Sources/PartyDayApp/Keymap/Keymap.swift`; a test keeps this file equal to it.\n"
        for scope in KeyScope.allCases {
            text += "\n## \(title(of: scope).en) · \(title(of: scope).zh)\n\n| keys | what it does | 作用 |\n| --- | --- | --- |\n"
            for binding in bindings where binding.scope == scope {
                text += "| \(keyLabel(binding).replacingOccurrences(of: "|", with: "\\|")) | \(binding.help.en) | \(binding.help.zh) |\n"
            }
        }
        text += "\nIn forms, printable keys type text; pasted text is typed, never confirmed.\n"
        return text
    }
}
