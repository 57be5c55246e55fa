import Dispatch
import Foundation
import PartyDayModel
import PartyDayStore

/// The reports screen's count of every branch, as the terminal UI makes it: page after page of
/// `--page` branches, each its own read. Prints the time of the whole count and the process's peak
/// memory, for choosing the page's size (docs/performance.md).
enum CountFigures {
    static func print(path: String, page size: Int, today: CivilDate) throws {
        let database = try PartyDayDatabase.open(DatabaseLocation(path: path))
        let start = DispatchTime.now().uptimeNanoseconds
        var from = 0
        var total = 1
        var pages = 0
        while from < total {
            total = try database.branchReports(year: today.year, today: today, offset: from, limit: size).total
            from += size
            pages += 1
        }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.map { $0.split(separator: " ").dropFirst().joined(separator: " ") }
        Swift.print(String(format: "the count of %d branches in %d pages of %d: %.0f ms, peak memory %@", total, pages, size, milliseconds, peak ?? "unknown"))
    }
}
