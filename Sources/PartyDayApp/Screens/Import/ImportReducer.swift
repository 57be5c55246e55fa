import PartyDayModel
import TerminalUI

/// Keys and results of importing a roster sheet from the screen.
enum ImportReducer {
    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        guard var importing = state.importing else { return [] }
        defer { if state.importing != nil { state.importing = importing } }
        let command = Keymap.command(for: key, in: [.form])
        switch importing.stage {
        case .reading, .importing:
            return []
        case .choosingFile:
            switch command {
            case .cancel:
                state.importing = nil
            case .confirm:
                let path = importing.path.text.trimmingCharacters(in: .whitespaces)
                guard !path.isEmpty else {
                    importing.problem = LocalizedText(zh: "请输入 CSV 文件的路径", en: "Type the path of the CSV file")
                    return []
                }
                importing.stage = .reading
                importing.problem = nil
                return [.previewImport(path: path, branchID: importing.branchID)]
            default:
                if importing.path.handle(key) { importing.problem = nil }
            }
        case .preview(let preview):
            switch command {
            case .cancel:
                state.importing = nil
            case .confirm:
                guard !preview.accepted.isEmpty else {
                    importing.stage = .choosingFile
                    importing.problem = LocalizedText(zh: "没有可导入的行", en: "No row can be imported")
                    return []
                }
                importing.stage = .importing(preview)
                return [.commitImport(preview.accepted)]
            case .previousField:
                importing.offset = max(0, importing.offset - 1)
            case .nextField:
                importing.offset = min(max(0, preview.rejected.count - 1), importing.offset + 1)
            default:
                break
            }
        }
        return []
    }

    static func previewed(_ result: Result<ImportPreview, StoreError>, in state: inout AppState) {
        guard state.importing != nil else { return }
        switch result {
        case .success(let preview):
            state.importing?.stage = .preview(preview)
            state.importing?.offset = 0
        case .failure(let error):
            state.importing?.stage = .choosingFile
            state.importing?.problem = error.message
        }
    }

    static func finished(_ result: Result<Int, StoreError>, in state: inout AppState) -> [Effect] {
        switch result {
        case .success(let count):
            state.importing = nil
            state.status = StatusMessage(LocalizedText(zh: "已导入 \(count) 名党员。按 u 撤销", en: "Imported \(count) members. u undoes it"), .success)
            return state.loadEffects
        case .failure(let error):
            state.importing?.stage = .choosingFile
            state.importing?.problem = error.message
            return []
        }
    }
}
