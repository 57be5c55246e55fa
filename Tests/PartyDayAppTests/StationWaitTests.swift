import Foundation
import PartyDayModel
import Testing
@testable import PartyDayApp
import TerminalUI

@Suite("The station while the file is held elsewhere")
struct StationWaitTests {
    @Test("a wait shows over the day's line naming the holder; Esc stops it; once over the day's line is back", arguments: Language.allCases)
    func waitShownAndStopped(language: Language) {
        var state = StationTests.state(language)
        let dayLine = StationView.render(state).text
        _ = StationReducer.reduce(&state, .fileWaiting(FileWaiting(holder: "python3 (PID 42)", seconds: 8)))
        let waiting = StationView.render(state).text
        #expect(waiting.contains(language == .zh ? "python3 (PID 42) 占用,等待中(最多 8 秒,Esc 停止)" : "held by python3 (PID 42); waiting (at most 8 s, Esc stops)"))
        let commands = StationReducer.reduce(&state, .key(.escape))
        guard case .interrupt? = commands.first, commands.count == 1 else {
            Issue.record("\(commands)")
            return
        }
        _ = StationReducer.reduce(&state, .fileWaiting(nil))
        #expect(StationView.render(state).text == dayLine)
    }
}
