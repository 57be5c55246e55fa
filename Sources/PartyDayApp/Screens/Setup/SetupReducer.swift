import PartyDayModel
import TerminalUI

/// Keys and results on the first-run form.
enum SetupReducer {
    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        guard var setup = state.setup, !setup.isWorking else { return [] }
        defer { state.setup = setup }
        if Keymap.command(for: key, in: [.form]) == .help {
            state.help = HelpState()
            return []
        }
        switch Keymap.command(for: key, in: [.form, .ticks]) {
        case .confirm:
            return confirm(&setup)
        case .cancel:
            if state.hasUnsavedInput { state.confirmation = .quit } else { state.shouldQuit = true }
            return []
        case .nextField, .previousField:
            setup.model.move(by: 1)
            return []
        case .toggle where setup.focus == .sampleData:
            setup.useSampleData.toggle()
            setup.problem = nil
            return []
        default:
            break
        }
        if setup.focus == .branchName, setup.branchName.handle(key) {
            setup.problem = nil
        }
        return []
    }

    private static func confirm(_ setup: inout SetupState) -> [Effect] {
        if setup.useSampleData {
            setup.isWorking = true
            return [.setUp(branchName: "", sampleData: true)]
        }
        do {
            let name = try TextRules.requiredLine(setup.branchName.text, field: OrganisationKind.branch.name, maximum: 60)
            setup.isWorking = true
            return [.setUp(branchName: name, sampleData: false)]
        } catch {
            setup.model.refuse(error.message, in: .branchName)
            return []
        }
    }

    static func finished(_ result: Result<String, StoreError>, in state: inout AppState) -> [Effect] {
        switch result {
        case .success(let name):
            state.setup = nil
            state.branchName = name
            state.screen = .calendar
            state.status = StatusMessage(
                LocalizedText(zh: "已建立:\(name)。按 p 规划全年活动日,按 ? 查看全部按键", en: "Set up: \(name). Press p to plan the year, ? for every key"), .success)
            return state.loadEffects
        case .failure(.alreadyInitialised(let branch)):
            // Another partyday set the file up a moment earlier: go on to the branch it made.
            state.setup = nil
            state.branchName = branch
            state.screen = .calendar
            state.status = StatusMessage(
                LocalizedText(zh: "另一处刚刚建立了“\(branch)”,已打开它", en: "“\(branch)” was just set up elsewhere; it is open now"), .info)
            return state.loadEffects
        case .failure(let error):
            state.setup?.isWorking = false
            state.setup?.problem = error.message
            return []
        }
    }
}
