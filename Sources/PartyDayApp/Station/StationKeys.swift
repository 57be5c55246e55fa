import PartyDayModel
import TerminalUI

extension KeyScope {
    /// At the check-in station.
    static let station = KeyScope("station", title: LocalizedText(zh: "签到台", en: "The check-in station"))
    /// Choosing among several matches at the station.
    static let stationChoice = KeyScope("stationChoice", title: LocalizedText(zh: "签到台:多人符合时", en: "Station: several match"))
}

extension KeyCommand {
    static let checkIn = KeyCommand(rawValue: "checkIn")
    static let notMe = KeyCommand(rawValue: "notMe")
    static let leaveStation = KeyCommand(rawValue: "leaveStation")
}

/// The station's keys; they join the one keymap table (and docs/keymap.md).
enum StationKeys {
    static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .checkIn, scope: .station, keys: [.enter],
                       help: LocalizedText(zh: "签到", en: "check in"), inBar: true),
        Keymap.Binding(command: .notMe, scope: .station, keys: [.function(2)],
                       help: LocalizedText(zh: "不是我(签到后几秒内撤回)", en: "not me (takes the check-in back, for a few seconds)"), inBar: true,
                       barLabel: LocalizedText(zh: "不是我", en: "not me")),
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
    ]
}
