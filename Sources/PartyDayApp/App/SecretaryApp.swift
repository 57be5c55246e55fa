import Foundation
import TerminalUI

/// The secretary's app as a program the loop runs: the calendar, the roster, the themes, the history
/// and their forms, in the terminal's normal input mode.
public struct SecretaryApp: Program {
    public init() {}

    public func action(for key: Key) -> Action { .key(key) }

    public func tick(_ now: Date) -> Action { .tick(now) }

    public func reduce(_ state: inout AppState, _ action: Action) -> [Command<Effect, Action>] {
        // Esc while the work waits for a file another process holds stops the wait; the work then
        // answers that it stopped, and says so where its answer goes.
        if case .key(.escape) = action, state.fileWaiting != nil { return [.interrupt] }
        let effects = Reducer.reduce(&state, action)
        // Once the screen shown has what it reads, the others are read ahead (the runner skips what it
        // holds for the file as it is), so their keys draw at once.
        if case .reply = action, effects.isEmpty { return state.readAheadEffects.map { .run($0) } }
        return effects.map { .run($0) }
    }

    public func render(_ state: AppState) -> Grid { Renderer.render(state) }

    public func isFinished(_ state: AppState) -> Bool { state.shouldQuit }

    public func showsProgressFirst(_ work: Effect) -> Bool { work.showsProgressFirst }

    public func runsInBackground(_ work: Effect) -> Bool { work.runsInBackground }
}
