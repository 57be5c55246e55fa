import Foundation
import PartyDayModel

/// What a user might run instead: calcurse (Debian's package) on as many appointments as partyday has
/// members, timed to its first frame by the same pty harness as partyday.
enum CalcurseFigure {
    /// calcurse on PATH, or nil.
    static var binary: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/calcurse" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A calcurse data folder in `folder` with `count` one-hour appointments spread over the ten years
    /// before `asOf` (a fixed pseudo-random spread, the same every run).
    static func makeData(count: Int, in folder: String, asOf: CivilDate) throws -> String {
        let data = folder + "/calcurse-\(count)"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        var lines = ""
        lines.reserveCapacity(count * 60)
        var seed: UInt64 = 1
        for index in 0..<count {
            // A small linear congruential generator: the spread only needs to be fixed, not good.
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let day = asOf.adding(days: -Int((seed >> 33) % 3650))
            let hour = 8 + Int((seed >> 20) % 10)
            let date = String(format: "%02d/%02d/%04d", day.month, day.day, day.year)
            lines += String(format: "%@ @ %02d:00 -> %@ @ %02d:00 |支部活动 %d\n", date, hour, date, hour + 1, index)
        }
        try lines.write(toFile: data + "/apts", atomically: true, encoding: .utf8)
        try Data().write(to: URL(fileURLWithPath: data + "/todo"))
        return data
    }

    /// The first frame of calcurse on `count` appointments: the frame that shows its appointments panel.
    static func firstFrame(count: Int, folder: String, asOf: CivilDate, runs: Int, limit: Double) -> CountyTable.Value {
        guard let binary else { return .missing("no calcurse") }
        do {
            let data = try makeData(count: count, in: folder, asOf: asOf)
            let probe = PtyProbe(binary: binary, arguments: ["-D", data])
            switch probe.frameShowing("Appointments", runs: runs, within: limit) {
            case .seconds(let seconds)?: return .measured(seconds)
            case .over(let limit)?: return .over(limit)
            case nil: return .missing("no start")
            }
        } catch {
            return .missing("no data")
        }
    }
}
