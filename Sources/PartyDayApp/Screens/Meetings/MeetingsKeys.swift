import PartyDayModel
import TerminalUI

extension KeyScope {
    /// On the meetings screen.
    static let meetings = KeyScope("meetings", title: LocalizedText(zh: "三会一课", en: "Meetings"))
}

extension KeyCommand {
    static let showLastMeeting = KeyCommand(rawValue: "showLastMeeting")
}

extension MeetingsScreen {
    /// The screen's own keys, in the order help lists them.
    public static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .showLastMeeting, scope: .meetings, keys: [.enter],
                       help: LocalizedText(zh: "在日历上看上次召开的那天", en: "show the last one on the calendar"), inBar: true,
                       barLabel: LocalizedText(zh: "上次", en: "last")),
    ]
}
