import Foundation

/// What a roster search compares for one member, prepared once when the roster loads: the name, its
/// pinyin readings (as stored when the name was saved) with their initials, the member number and the
/// phone's digits. Matching then works on bytes, with no conversion per key press.
public struct MemberSearchKey: Sendable, Hashable {
    /// The member's row id.
    public var id: Int64
    /// The name as written.
    public var name: String
    /// The name's UTF-8 bytes, compared directly.
    let nameBytes: [UInt8]
    /// Each reading's syllables run together (`zengguofan`), the surname reading first.
    let compact: [[UInt8]]
    /// Where each syllable starts in `compact`, per reading.
    let starts: [[Int]]
    /// Each reading's initials (`zgf`).
    let initials: [[UInt8]]
    /// The member number in lower case.
    let number: [UInt8]
    /// The phone's digits.
    let phone: [UInt8]

    /// A key from a member's name, stored readings (`zeng guo fan|ceng guo fan`), number and phone.
    public init(id: Int64, name: String, readings: String, memberNumber: String?, phone: String?) {
        self.id = id
        self.name = name
        nameBytes = Array(name.utf8)
        var compact: [[UInt8]] = []
        var starts: [[Int]] = []
        var initials: [[UInt8]] = []
        for reading in readings.split(separator: "|") {
            var joined: [UInt8] = []
            var offsets: [Int] = []
            var firsts: [UInt8] = []
            for syllable in reading.split(separator: " ") {
                offsets.append(joined.count)
                joined += syllable.utf8
                if let first = syllable.utf8.first { firsts.append(first) }
            }
            compact.append(joined)
            starts.append(offsets)
            initials.append(firsts)
        }
        self.compact = compact
        self.starts = starts
        self.initials = initials
        number = Array((memberNumber ?? "").lowercased().utf8)
        self.phone = Array((phone ?? "").utf8.filter { (48...57).contains($0) })
    }
}

/// A search as typed, read once per key press: the text, and its letters and digits for pinyin,
/// member numbers and phones.
public struct MemberSearchQuery: Sendable, Hashable {
    /// The text as typed, trimmed.
    public let text: String
    /// Its UTF-8 bytes.
    let textBytes: [UInt8]
    /// Lower-case ASCII letters and digits only, spaces and apostrophes dropped, v read as u (lv = lü).
    let letters: [UInt8]
    /// Whether the query is letters only, so pinyin may match.
    let isPinyin: Bool
    /// Whether the query is digits only, so a phone's last digits may match.
    let isDigits: Bool

    /// Reads a query.
    public init(_ typed: String) {
        text = typed.trimmingCharacters(in: .whitespaces)
        textBytes = Array(text.utf8)
        let lowered = text.lowercased().utf8.filter { $0 != 32 && $0 != 39 }
        isPinyin = !lowered.isEmpty && lowered.allSatisfy { (97...122).contains($0) }
        isDigits = !lowered.isEmpty && lowered.allSatisfy { (48...57).contains($0) }
        letters = lowered.map { $0 == 118 ? 117 : $0 }
    }

    /// Whether nothing was typed.
    public var isEmpty: Bool { text.isEmpty }
}

/// Roster search: by Chinese name or any part of it, full pinyin or initials (the surname's own reading
/// ranked above the common one), member number, or the phone's last digits.
public enum MemberSearch {
    /// How well a member matches, lower is better; nil when it does not match.
    ///
    /// 0 the name itself · 1 the name's start · 2 the surname reading's pinyin or initials from the start ·
    /// 3 the member number from its start · 4 part of the name · 5 another reading from the start ·
    /// 6 pinyin from a later syllable (the given name) · 7 the phone's last digits.
    public static func rank(_ key: MemberSearchKey, _ query: MemberSearchQuery) -> Int? {
        if query.isEmpty { return 0 }
        // Names compare as UTF-8 bytes: a prefix or part of valid UTF-8 text is one in bytes too.
        if key.nameBytes == query.textBytes { return 0 }
        if key.nameBytes.starts(with: query.textBytes) { return 1 }
        let letters = query.letters
        if query.isPinyin {
            for (index, reading) in key.compact.enumerated() {
                let tier = index == 0 ? 2 : 5
                if reading.starts(with: letters) || key.initials[index].starts(with: letters) { return tier }
            }
        }
        if !key.number.isEmpty, !letters.isEmpty, key.number.starts(with: letters) { return 3 }
        if contains(key.nameBytes, query.textBytes) { return 4 }
        if query.isPinyin {
            for (index, reading) in key.compact.enumerated() {
                for start in key.starts[index].dropFirst() where reading[start...].starts(with: letters) { return 6 }
            }
        }
        if query.isDigits, letters.count >= 3, key.phone.count >= letters.count, key.phone.suffix(letters.count).elementsEqual(letters) {
            return 7
        }
        return nil
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// The matching keys, best first; ties keep the given order.
    public static func matches(_ keys: [MemberSearchKey], _ query: MemberSearchQuery) -> [MemberSearchKey] {
        matchingIndices(keys, query).map { keys[$0] }
    }

    /// The positions of the matching keys, best first; ties keep the given order.
    public static func matchingIndices(_ keys: [MemberSearchKey], _ query: MemberSearchQuery) -> [Int] {
        guard !query.isEmpty else { return Array(keys.indices) }
        var ranked: [(Int, Int)] = []
        for (index, key) in keys.enumerated() {
            if let rank = rank(key, query) { ranked.append((rank, index)) }
        }
        ranked.sort { $0 < $1 }
        return ranked.map(\.1)
    }
}
