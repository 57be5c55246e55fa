import PartyDayApp

/// The answers of the reads the runner made, each with the file's version it was read at: a screen's
/// key asks for the same read, and while the file is unchanged (no commit by this process or another)
/// the answer kept is the answer the file would give. Used on the worker's thread only.
struct ReadAheadCache {
    private struct Entry {
        let effect: Effect
        let action: Action?
        let version: Int
    }

    /// More than there are screens, so every screen's read fits with room for the one shown.
    static let capacity = 16

    private var entries: [Entry] = []

    /// The answer kept for `effect` when it was read at `version`; nil when there is none.
    func answer(for effect: Effect, at version: Int) -> Action?? {
        guard let entry = entries.last(where: { $0.effect == effect }), entry.version == version else { return nil }
        return .some(entry.action)
    }

    /// Keeps `action` as the answer to `effect` read at `version`, in place of any older one; the
    /// oldest answer goes when the cache is full.
    mutating func keep(_ action: Action?, for effect: Effect, at version: Int) {
        entries.removeAll { $0.effect == effect || $0.version != version }
        entries.append(Entry(effect: effect, action: action, version: version))
        if entries.count > Self.capacity { entries.removeFirst() }
    }

    /// Forgets every answer (after this process wrote).
    mutating func removeAll() { entries.removeAll() }
}
