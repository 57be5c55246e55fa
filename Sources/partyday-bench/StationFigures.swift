import Foundation
import PartyDayApp
import PartyDayModel
import PartyDayRuntime
import PartyDayStore
import TerminalUI

/// The check-in station's figures, in process: Enter to the confirmation drawn, with the durable commit.
enum StationFigures {
    /// A member number typed and Enter, the check-in written (synchronous=FULL), the confirmation
    /// reduced and drawn; each run checks in the next expected member.
    static func enterToConfirmation(database: PartyDayDatabase, dayID: Int64) throws -> (seconds: Double, people: Int) {
        let runner = StationEffectRunner(database: database, stationName: "测速")
        var state = StationState(name: "测速", language: .zh, height: 24, width: 80, timeZone: .current, now: Date())
        guard case .dayLoaded(let loaded)? = runner.run(.loadDay(dayID)) else { return (0, 0) }
        _ = StationReducer.reduce(&state, .dayLoaded(loaded))
        let people = state.day?.expected.filter { state.day?.records[$0.id] == nil } ?? []
        var next = 0
        let seconds = Timing.median(runs: min(31, people.count)) {
            for character in people[next].memberNumber ?? people[next].name {
                _ = StationReducer.reduce(&state, .key(.character(character)))
            }
            for command in StationReducer.reduce(&state, .key(.enter)) {
                guard case .run(let work, _) = command, let action = runner.run(work) else { continue }
                _ = StationReducer.reduce(&state, action)
            }
            _ = StationView.render(state)
            next += 1
        }
        return (seconds, people.count)
    }
}
