import PartyDayModel
import TerminalUI

extension KeyScope {
    /// On the roster.
    static let roster = KeyScope("roster", title: LocalizedText(zh: "党员", en: "Roster"))
    /// While typing a search on the roster, where printable keys type text.
    static let search = KeyScope("search", title: LocalizedText(zh: "搜索时", en: "While searching"))
}

extension KeyCommand {
    static let search = KeyCommand(rawValue: "search")
    static let editMember = KeyCommand(rawValue: "editMember")
    static let newMember = KeyCommand(rawValue: "newMember")
    static let memberLeaves = KeyCommand(rawValue: "memberLeaves")
    static let sortNext = KeyCommand(rawValue: "sortNext")
    static let filterRoster = KeyCommand(rawValue: "filterRoster")
    static let importRoster = KeyCommand(rawValue: "importRoster")
    static let toggleLeft = KeyCommand(rawValue: "toggleLeft")
    static let rosterBranch = KeyCommand(rawValue: "rosterBranch")
}

extension RosterScreen {
    /// The screen's own keys, in the order help lists them.
    public static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .search, scope: .roster, keys: [.character("/")],
                help: LocalizedText(zh: "搜索:姓名/拼音/编号", en: "search name, pinyin, no."),
                inBar: true, barLabel: LocalizedText(zh: "搜索", en: "search")),
        Keymap.Binding(command: .editMember, scope: .roster, keys: [.enter, .character("e")],
                help: LocalizedText(zh: "打开/修改党员信息", en: "open or edit the record"), inBar: true,
                barLabel: LocalizedText(zh: "修改", en: "edit")),
        Keymap.Binding(command: .newMember, scope: .roster, keys: [.character("n")],
                help: LocalizedText(zh: "添加党员", en: "add a member"), inBar: true,
                barLabel: LocalizedText(zh: "添加", en: "add")),
        Keymap.Binding(command: .memberLeaves, scope: .roster, keys: [.character("x")],
                help: LocalizedText(zh: "记录离开(转出/去世/除名)", en: "record leaving (kept)"), inBar: true,
                barLabel: LocalizedText(zh: "离开", en: "leaves")),
        Keymap.Binding(command: .sortNext, scope: .roster, keys: [.character("s")],
                help: LocalizedText(zh: "换一种排序", en: "next sort order"), inBar: true,
                barLabel: LocalizedText(zh: "排序", en: "sort")),
        Keymap.Binding(command: .filterRoster, scope: .roster, keys: [.character("f")],
                help: LocalizedText(zh: "筛选:身份、党小组、标记、提醒", en: "filter: status, group, flag"), inBar: true,
                barLabel: LocalizedText(zh: "筛选", en: "filter")),
        Keymap.Binding(command: .importRoster, scope: .roster, keys: [.character("i")],
                help: LocalizedText(zh: "导入名册 CSV(先预览)", en: "import a roster CSV (preview first)"), inBar: true,
                barLabel: LocalizedText(zh: "导入", en: "import")),
        Keymap.Binding(command: .toggleLeft, scope: .roster, keys: [.character("a")],
                help: LocalizedText(zh: "显示/隐藏已离开的人", en: "show those who left"), inBar: true,
                barLabel: LocalizedText(zh: "含离开", en: "left")),
        Keymap.Binding(command: .rosterBranch, scope: .roster, keys: [.character("b")],
                help: LocalizedText(zh: "切换支部", en: "switch branch"), inBar: true,
                barLabel: LocalizedText(zh: "支部", en: "branch")),
        Keymap.Binding(command: .cancel, scope: .roster, keys: [.escape],
                help: LocalizedText(zh: "清除搜索结果,显示全部", en: "clear the search results"), inBar: false),
        Keymap.Binding(command: .confirm, scope: .search, keys: [.enter],
                help: LocalizedText(zh: "完成(保留结果)", en: "done (keep results)"), inBar: true,
                barLabel: LocalizedText(zh: "完成", en: "done")),
        Keymap.Binding(command: .cancel, scope: .search, keys: [.escape],
                help: LocalizedText(zh: "清除搜索", en: "clear the search"), inBar: true,
                barLabel: LocalizedText(zh: "清除", en: "clear")),
        Keymap.Binding(command: .moveDown, scope: .search, keys: [.down, .pageDown],
                help: LocalizedText(zh: "在结果中下移", en: "down the results"), inBar: true,
                barLabel: LocalizedText(zh: "选择", en: "choose")),
        Keymap.Binding(command: .moveUp, scope: .search, keys: [.up, .pageUp],
                help: LocalizedText(zh: "在结果中上移", en: "up the results"), inBar: false),
    ]
}
