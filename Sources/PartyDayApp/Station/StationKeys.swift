import PartyDayModel
import TerminalUI

extension KeyScope {
    /// At the check-in station.
    static let station = KeyScope("station", title: LocalizedText(zh: "签到台", en: "The check-in station"))
    /// Choosing among several matches at the station.
    static let stationChoice = KeyScope("stationChoice", title: LocalizedText(zh: "签到台:多人符合、列席登记时", en: "Station: several match, or a guest"))
    /// Typing a guest's name and unit, or who is excused and why.
    static let stationEntry = KeyScope("stationEntry", title: LocalizedText(zh: "签到台:填写时", en: "Station: typing a guest or an excuse"))
    /// The station's settings, after the PIN.
    static let stationMenu = KeyScope("stationMenu", title: LocalizedText(zh: "签到台管理(需 PIN)", en: "Station settings (after the PIN)"))
}

extension KeyCommand {
    static let checkIn = KeyCommand(rawValue: "checkIn")
    static let notMe = KeyCommand(rawValue: "notMe")
    static let leaveStation = KeyCommand(rawValue: "leaveStation")
    static let registerGuest = KeyCommand(rawValue: "registerGuest")
    static let openStationMenu = KeyCommand(rawValue: "openStationMenu")
    static let collectDues = KeyCommand(rawValue: "collectDues")
}

/// The station's keys; they join the one keymap table (and docs/keymap.md).
enum StationKeys {
    static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .checkIn, scope: .station, keys: [.enter],
                       help: LocalizedText(zh: "签到", en: "check in"), inBar: true),
        Keymap.Binding(command: .notMe, scope: .station, keys: [.function(2)],
                       help: LocalizedText(zh: "不是我(签到后几秒内撤回)", en: "not me (takes the check-in back, for a few seconds)"), inBar: true,
                       barLabel: LocalizedText(zh: "不是我", en: "not me")),
        Keymap.Binding(command: .registerGuest, scope: .station, keys: [.function(3)],
                       help: LocalizedText(zh: "列席登记(不在应到名单中的人)", en: "register a guest (someone not expected)"), inBar: true,
                       barLabel: LocalizedText(zh: "列席", en: "guest")),
        Keymap.Binding(command: .collectDues, scope: .station, keys: [.function(5)],
                       help: LocalizedText(zh: "(收党费时)记录刚签到者已交本月党费", en: "(when taking dues) record this month's dues paid by who just checked in"), inBar: false),
        Keymap.Binding(command: .openStationMenu, scope: .station, keys: [.function(9)],
                       help: LocalizedText(zh: "管理:撤回、请假、签退、宽限(需 PIN)", en: "settings: take back, excuse, sign-out, grace (needs the PIN)"),
                       inBar: true, barLabel: LocalizedText(zh: "管理", en: "settings")),
        Keymap.Binding(command: .leaveStation, scope: .station, keys: [.function(10)],
                       help: LocalizedText(zh: "退出签到台(需 PIN)", en: "leave the station (needs the PIN)"), inBar: true,
                       barLabel: LocalizedText(zh: "退出(PIN)", en: "leave (PIN)")),
        Keymap.Binding(command: .confirm, scope: .stationChoice, keys: [.enter],
                       help: LocalizedText(zh: "就是这位", en: "this one"), inBar: true),
        Keymap.Binding(command: .moveUp, scope: .stationChoice, keys: [.up],
                       help: LocalizedText(zh: "上一位", en: "previous"), inBar: false),
        Keymap.Binding(command: .moveDown, scope: .stationChoice, keys: [.down],
                       help: LocalizedText(zh: "下一位", en: "next"), inBar: true, barLabel: LocalizedText(zh: "选择", en: "choose")),
        Keymap.Binding(command: .cancel, scope: .stationChoice, keys: [.escape],
                       help: LocalizedText(zh: "都不是,重新输入", en: "none of these, type again"), inBar: true,
                       barLabel: LocalizedText(zh: "重输", en: "again")),
        Keymap.Binding(command: .confirm, scope: .stationEntry, keys: [.enter],
                       help: LocalizedText(zh: "确定", en: "done"), inBar: true),
        Keymap.Binding(command: .nextField, scope: .stationEntry, keys: [.tab, .down],
                       help: LocalizedText(zh: "下一项", en: "next field"), inBar: true),
        Keymap.Binding(command: .previousField, scope: .stationEntry, keys: [.backTab, .up],
                       help: LocalizedText(zh: "上一项", en: "previous field"), inBar: false),
        Keymap.Binding(command: .cancel, scope: .stationEntry, keys: [.escape],
                       help: LocalizedText(zh: "返回", en: "back"), inBar: true),
        Keymap.Binding(command: .confirm, scope: .stationMenu, keys: [.enter],
                       help: LocalizedText(zh: "执行", en: "do it"), inBar: true),
        Keymap.Binding(command: .moveUp, scope: .stationMenu, keys: [.up],
                       help: LocalizedText(zh: "上一项", en: "previous"), inBar: false),
        Keymap.Binding(command: .moveDown, scope: .stationMenu, keys: [.down],
                       help: LocalizedText(zh: "下一项", en: "next"), inBar: true, barLabel: LocalizedText(zh: "选择", en: "choose")),
        Keymap.Binding(command: .previousChoice, scope: .stationMenu, keys: [.left],
                       help: LocalizedText(zh: "宽限减 5 分钟", en: "grace 5 min shorter"), inBar: false),
        Keymap.Binding(command: .nextChoice, scope: .stationMenu, keys: [.right],
                       help: LocalizedText(zh: "宽限加 5 分钟", en: "grace 5 min longer"), inBar: true,
                       barLabel: LocalizedText(zh: "宽限", en: "grace")),
        Keymap.Binding(command: .cancel, scope: .stationMenu, keys: [.escape],
                       help: LocalizedText(zh: "锁定并返回签到", en: "lock and go back"), inBar: true, barLabel: LocalizedText(zh: "锁定", en: "lock")),
    ]
}
