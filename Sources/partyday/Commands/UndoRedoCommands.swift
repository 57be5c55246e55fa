import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday undo`: takes back the acting identity's latest change.
struct UndoCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "撤销自己最近的一次操作 / undo your latest change")

    @OptionGroup var global: GlobalOptions

    func execute(_ context: CommandContext) throws {
        let undone = try context.database().undo(actor: try context.actor())
        context.say(LocalizedText(zh: "已撤销:\(undone.label.zh)", en: "Undone: \(undone.label.en)"))
    }
}

/// `partyday redo`: brings back the acting identity's latest undone change.
struct RedoCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "redo", abstract: "重做自己最近撤销的操作 / redo your latest undone change")

    @OptionGroup var global: GlobalOptions

    func execute(_ context: CommandContext) throws {
        let redone = try context.database().redo(actor: try context.actor())
        context.say(LocalizedText(zh: "已重做:\(redone.label.zh)", en: "Redone: \(redone.label.en)"))
    }
}
