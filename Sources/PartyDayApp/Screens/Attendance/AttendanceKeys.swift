import PartyDayModel
import TerminalUI

extension KeyScope {
    /// On the attendance sheet.
    static let attendance = KeyScope("attendance", title: LocalizedText(zh: "考勤", en: "Attendance"))
    /// Typing an excused member's reason on the attendance sheet.
    static let attendanceReason = KeyScope("attendanceReason", title: LocalizedText(zh: "考勤:填写请假原因时", en: "Attendance: typing a reason"))
    /// Typing the grace period or the station PIN on the attendance sheet.
    static let attendanceSetting = KeyScope("attendanceSetting", title: LocalizedText(zh: "考勤:设置宽限或 PIN 时", en: "Attendance: typing the grace period or PIN"))
}

extension KeyCommand {
    static let markPresent = KeyCommand(rawValue: "markPresent")
    static let markLate = KeyCommand(rawValue: "markLate")
    static let markExcused = KeyCommand(rawValue: "markExcused")
    static let markAbsent = KeyCommand(rawValue: "markAbsent")
    static let closeDay = KeyCommand(rawValue: "closeDay")
    static let toggleSignOut = KeyCommand(rawValue: "toggleSignOut")
    static let setGrace = KeyCommand(rawValue: "setGrace")
    static let setStationPIN = KeyCommand(rawValue: "setStationPIN")
}

extension AttendanceScreen {
    /// The screen's own keys, in the order help lists them.
    public static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .markPresent, scope: .attendance, keys: [.character("p")],
                       help: LocalizedText(zh: "记为出席", en: "mark present"), inBar: true, barLabel: LocalizedText(zh: "出席", en: "present")),
        Keymap.Binding(command: .markLate, scope: .attendance, keys: [.character("l")],
                       help: LocalizedText(zh: "记为迟到", en: "mark late"), inBar: true, barLabel: LocalizedText(zh: "迟到", en: "late")),
        Keymap.Binding(command: .markExcused, scope: .attendance, keys: [.character("e")],
                       help: LocalizedText(zh: "记为请假(写原因)", en: "mark excused, with a reason"), inBar: true,
                       barLabel: LocalizedText(zh: "请假", en: "excused")),
        Keymap.Binding(command: .markAbsent, scope: .attendance, keys: [.character("x")],
                       help: LocalizedText(zh: "记为缺席", en: "mark absent"), inBar: true, barLabel: LocalizedText(zh: "缺席", en: "absent")),
        Keymap.Binding(command: .closeDay, scope: .attendance, keys: [.character("c")],
                       help: LocalizedText(zh: "结束考勤:未签到者记为缺席;已结束时重新开放(先询问)", en: "close the day: the rest absent; on a closed day, reopen it (asks first)"), inBar: true,
                       barLabel: LocalizedText(zh: "结束", en: "close")),
        Keymap.Binding(command: .recordDuesPayment, scope: .attendance, keys: [.character("d")],
                       help: LocalizedText(zh: "选中的党员当场交纳这个月的党费:记录(月份、金额、代交人,可撤销)",
                                           en: "the selected member pays this month's dues on the day: record it (months, amount, paid by; undoable)"),
                       inBar: true, barLabel: LocalizedText(zh: "收党费", en: "dues")),
        Keymap.Binding(command: .toggleSignOut, scope: .attendance, keys: [.character("s")],
                       help: LocalizedText(zh: "这天要求签退:开/关", en: "sign-out for the day: on or off"), inBar: true,
                       barLabel: LocalizedText(zh: "签退", en: "sign-out")),
        Keymap.Binding(command: .setGrace, scope: .attendance, keys: [.character("g")],
                       help: LocalizedText(zh: "本支部迟到宽限(分钟)", en: "the branch's grace period before late (minutes)"), inBar: false),
        Keymap.Binding(command: .setStationPIN, scope: .attendance, keys: [.character("P")],
                       help: LocalizedText(zh: "设置签到台 PIN(输入两次)", en: "set the station PIN (typed twice)"), inBar: false),
        Keymap.Binding(command: .cancel, scope: .attendance, keys: [.escape],
                       help: LocalizedText(zh: "不结束(不重新开放)考勤", en: "do not close (or reopen) the day"), inBar: false),
        Keymap.Binding(command: .confirm, scope: .attendanceReason, keys: [.enter],
                       help: LocalizedText(zh: "记为请假", en: "record excused"), inBar: true),
        Keymap.Binding(command: .cancel, scope: .attendanceReason, keys: [.escape],
                       help: LocalizedText(zh: "取消", en: "cancel"), inBar: true),
        Keymap.Binding(command: .confirm, scope: .attendanceSetting, keys: [.enter],
                       help: LocalizedText(zh: "确定", en: "done"), inBar: true),
        Keymap.Binding(command: .cancel, scope: .attendanceSetting, keys: [.escape],
                       help: LocalizedText(zh: "取消", en: "cancel"), inBar: true),
    ]
}
