import Foundation
import GRDB
import PartyDayModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The backups the UI keeps by itself: one a day, the last seven, in a folder beside the data file
/// (`partyday.sqlite.backups/2026-12-02.sqlite`), the folder 0700 and each copy 0600.
///
/// A copy is made only of a file that has just passed its page check, and is itself checked before it
/// takes its name, so a damaged file never pushes a sound backup out of the seven.
public enum DailyBackups {
    /// How many daily copies are kept.
    public static let kept = 7

    /// The folder of a data file's daily backups.
    public static func folder(for path: String) -> String { path + ".backups" }

    /// The copy of a day.
    public static func path(for file: String, on date: CivilDate) -> String {
        folder(for: file) + "/" + date.description + ".sqlite"
    }

    /// The days that have a copy, oldest first; names that are not a day's copy are not counted.
    public static func days(for file: String) -> [CivilDate] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder(for: file))) ?? []
        return names.compactMap { name in
            guard name.hasSuffix(".sqlite") else { return nil }
            return CivilDate(String(name.dropLast(".sqlite".count)))
        }.sorted()
    }

    /// Makes today's copy of a file if there is none yet, then removes the oldest beyond seven. Returns
    /// the new copy's path, or nil when today's was already there. Reads on a connection of its own, so
    /// the caller's work goes on meanwhile.
    public static func keep(of file: String, today: CivilDate) throws(StoreError) -> String? {
        try keep(of: file, today: today, yieldingTo: nil)
    }

    /// The same, the copy stepping aside whenever one of the file's writers waits (`writers`: the
    /// open store's lock), as a county's file takes seconds to copy.
    static func keep(of file: String, today: CivilDate, yieldingTo writers: FileLock?) throws(StoreError) -> String? {
        let target = path(for: file, on: today)
        if FileManager.default.fileExists(atPath: target) { return nil }
        let folder = folder(for: file)
        if mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw .fileRefused(path: folder, reason: SystemReason.text(errno: errno))
        }
        try StoreError.mapping(path: file) {
            var configuration = PartyDayDatabase.readOnlyConfiguration
            configuration.label = "partyday.backup"
            configuration.busyMode = .timeout(PartyDayDatabase.defaultBusyTimeout)
            let source = try DatabaseQueue(path: file, configuration: configuration)
            defer { try? source.close() }
            try PartyDayDatabase.snapshot(of: source, to: target, yieldingTo: writers)
        }
        for day in days(for: file).dropLast(kept) {
            _ = unlink(path(for: file, on: day))
        }
        return target
    }
}
