import Foundation
import TerminalUI

/// The check-in station as a program the loop runs, in the kiosk input mode: Ctrl-C, Ctrl-Z and
/// Ctrl-\ are keys it ignores, and only the PIN ends it.
public struct StationProgram: Program {
    public init() {}

    public var inputMode: InputMode { .kiosk }

    public func action(for key: Key) -> StationAction { .key(key) }

    public func tick(_ now: Date) -> StationAction { .tick(now) }

    public func reduce(_ state: inout StationState, _ action: StationAction) -> [Command<StationEffect, StationAction>] {
        StationReducer.reduce(&state, action)
    }

    public func render(_ state: StationState) -> Grid { StationView.render(state) }

    public func isFinished(_ state: StationState) -> Bool { state.shouldQuit }
}
