import Foundation
import Testing
import PartyDayModel
import PartyDayStore
@testable import PartyDayApp
import TerminalUI

/// Compares a rendered grid with a text file kept beside the tests; `PARTYDAY_RECORD_SNAPSHOTS=1`
/// writes the files anew on purpose. A missing file is written and the test fails, so nothing passes unseen.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        // Every row of the grid is exactly its width in display columns, wide characters included.
        for row in 0..<grid.height {
            #expect(DisplayWidth.of(grid.rowText(row)) == grid.width, "row \(row) of \(name)", sourceLocation: sourceLocation)
        }
        let file = folder.appendingPathComponent(name + ".txt")
        let text = grid.text + "\n"
        let record = ProcessInfo.processInfo.environment["PARTYDAY_RECORD_SNAPSHOTS"] == "1"
        if record || !FileManager.default.fileExists(atPath: file.path) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            if !record { Issue.record("snapshot \(name) was missing and has been recorded", sourceLocation: sourceLocation) }
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "snapshot \(name) differs:\n\(text)", sourceLocation: sourceLocation)
    }
}

/// States for tests, with fixed times so snapshots do not change with the clock.
enum Sample {
    static func entry(_ id: Int64, _ actor: ActorID, _ zh: String, _ en: String, _ state: ChangeSetState = .done, rows: Int = 1) -> ChangeSetSummary {
        ChangeSetSummary(
            id: id, actor: actor, createdAt: "2026-11-\(DigitText.pad2(Int(id % 28) + 1))T14:3\(id % 10):00.000+08:00",
            label: LocalizedText(zh: zh, en: en), state: state, rowCount: rows, isUndoable: true)
    }

    static let entries: [ChangeSetSummary] = [
        entry(6, .station("门口"), "签到 欧阳明", "Check in 欧阳明"),
        entry(5, .station("门口"), "签到 张三", "Check in 张三"),
        entry(4, .secretary, "修改党员 李四", "Edit member 李四", .undone),
        entry(3, .secretary, "添加党员 李四", "Add member 李四"),
        entry(2, .secretary, "添加党员 张三", "Add member 张三"),
        entry(1, .secretary, "建立支部 第一党支部", "Set up branch 第一党支部", rows: 4),
    ]

    static func historyState(_ language: Language, height: Int = 24, width: Int = 80) -> AppState {
        var state = AppState(language: language, actor: .secretary, height: height, width: width, needsSetup: false, branchName: "第一党支部")
        _ = Reducer.reduce(&state, .historyLoaded(entries))
        return state
    }
}
