import PartyDayModel
import TerminalUI

/// The station's settings typed on the sheet's last line: the branch's grace period, and the PIN,
/// typed twice and masked. Enter takes what is typed, Esc drops it.
enum AttendanceSettings {
    static func type(_ key: Key, _ setting: AttendanceSheetState.SettingPrompt, _ sheet: inout AttendanceSheetState) -> ScreenStep {
        let command = Keymap.command(for: key, in: [.attendanceSetting])
        if command == .cancel {
            sheet.setting = nil
            return .none
        }
        // Both take digits only; anything else is neither typed nor silently changed.
        if command != .confirm, case .character(let c) = key, !(c.isASCII && c.isNumber) {
            return .status(LocalizedText(zh: "只能输入数字", en: "Digits only"), .error)
        }
        switch setting {
        case .grace(var field, let base):
            guard command == .confirm else {
                if field.handle(key) { sheet.setting = .grace(field, base: base) }
                return .none
            }
            guard let minutes = Int(field.text), Lateness.graceRange.contains(minutes), let data = sheet.data else {
                return .status(LocalizedText(zh: "迟到宽限须在 0–60 分钟之间", en: "The grace period must be 0–60 minutes"), .error)
            }
            if data.graceMinutes != base {
                // Changed elsewhere (a station's settings) since the prompt opened: said, then Enter again saves.
                sheet.setting = .grace(field, base: data.graceMinutes)
                return .status(LocalizedText(
                    zh: "签到台刚把迟到宽限改为 \(data.graceMinutes) 分钟;再按 Enter 改为 \(minutes) 分钟",
                    en: "A station just set the grace period to \(data.graceMinutes) min; Enter again sets \(minutes)"), .error)
            }
            sheet.setting = nil
            return .run(.setGraceMinutes(branchID: data.day.branchID, minutes: minutes))
        case .pin(var field, let first):
            guard command == .confirm else {
                if field.handle(key) { sheet.setting = .pin(field, first: first) }
                return .none
            }
            let empty = TextFieldState("", maximumLength: field.maximumLength)
            guard let first else {
                guard (try? StationPIN.validated(field.text)) != nil else {
                    sheet.setting = .pin(empty, first: nil)
                    return .status(LocalizedText(zh: "PIN 须为 4–12 位数字", en: "The PIN is 4–12 digits"), .error)
                }
                sheet.setting = .pin(empty, first: field.text)
                return .none
            }
            guard first == field.text else {
                sheet.setting = .pin(empty, first: nil)
                return .status(LocalizedText(zh: "两次输入的 PIN 不一致,请重新输入", en: "The two PINs differ; type it again"), .error)
            }
            sheet.setting = nil
            return .run(.setStationPIN(first))
        }
    }

    /// The prompt's words, and whether what is typed is hidden.
    static func prompt(_ setting: AttendanceSheetState.SettingPrompt) -> (LocalizedText, TextFieldState, masked: Bool) {
        switch setting {
        case .grace(let field, _):
            (LocalizedText(zh: " 本支部迟到宽限(0–60 分钟) ", en: " The branch's grace period (0–60 min) "), field, false)
        case .pin(let field, nil):
            (LocalizedText(zh: " 新的签到台 PIN(4–12 位数字) ", en: " New station PIN (4–12 digits) "), field, true)
        case .pin(let field, _):
            (LocalizedText(zh: " 再输入一次 PIN ", en: " The PIN again "), field, true)
        }
    }

    /// What the status says once a setting is saved.
    static func said(_ change: StationSettingChange) -> LocalizedText {
        switch change {
        case .signOut(true): LocalizedText(zh: "这天要求签退:签到台上再次签到(十分钟后)即为签退。按 u 撤销", en: "Sign-out is on: identifying again at the station (after ten minutes) signs out. u undoes it")
        case .signOut(false): LocalizedText(zh: "这天不再要求签退。按 u 撤销", en: "Sign-out is off. u undoes it")
        case .graceMinutes(let minutes): LocalizedText(zh: "迟到宽限已设为 \(minutes) 分钟。按 u 撤销", en: "Grace period set to \(minutes) min. u undoes it")
        case .pin: LocalizedText(zh: "已设置签到台 PIN", en: "The station PIN is set")
        }
    }
}
