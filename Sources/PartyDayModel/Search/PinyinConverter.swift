import Foundation

/// Converts Chinese names to the pinyin readings a search matches: `曾国藩` → `zeng guo fan`, then
/// `ceng guo fan`. Done once when a name is saved, never per key press.
///
/// Characters go through Foundation's Han-to-Latin transform (ICU) one at a time and are remembered,
/// so a batch (an import, the demo) converts each distinct character once. Tone marks are dropped and
/// ü is written u (a query's v is read as u). A converter is cheap; use one per batch.
public struct PinyinConverter {
    private var cache: [Character: String] = [:]

    public init() {}

    /// Converts every character of these names not yet known in one pass of the transform, rather than
    /// one pass a character: for a batch (an import) that is much faster.
    public mutating func prepare(_ names: [String]) {
        var pending: [Character] = []
        var seen: Set<Character> = []
        for name in names {
            for character in name where cache[character] == nil && !seen.contains(character)
                && character.unicodeScalars.contains(where: { $0.properties.isIdeographic })
            {
                seen.insert(character)
                pending.append(character)
            }
        }
        guard !pending.isEmpty,
              let latin = pending.map(String.init).joined(separator: "\n")
                .applyingTransform(.mandarinToLatin, reverse: false)?
                .applyingTransform(.stripDiacritics, reverse: false)
        else { return }
        let lines = latin.split(separator: "\n", omittingEmptySubsequences: false)
        // Should the transform ever join or split lines, the characters are left to one pass each.
        guard lines.count == pending.count else { return }
        for (character, line) in zip(pending, lines) {
            let plain = line.lowercased().filter { $0.isASCII && $0.isLetter }
            if !plain.isEmpty { cache[character] = plain }
        }
    }

    /// The readings of a name, the surname reading first: syllables in lower case separated by spaces.
    /// Letters and digits pass through in lower case; other characters are dropped. A given-name
    /// character with several readings (长, 朝, 重, 乐 …) gives a reading for each, the transform's own
    /// first, up to `GivenNameReadings.maximumReadings` readings in all.
    public mutating func readings(of name: String) -> [String] {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        var surnames: [String] = []
        var rest = Substring(trimmed)
        if let compound = Surnames.compound.first(where: { trimmed.hasPrefix($0.key) }) {
            surnames = compound.value
            rest = trimmed.dropFirst(compound.key.count)
        } else if let first = trimmed.first, let readings = Surnames.polyphonic[first] {
            surnames = readings
            rest = trimmed.dropFirst()
        }
        let givens = givenReadings(rest)
        guard !surnames.isEmpty else { return givens.first?.isEmpty ?? true ? [] : givens }
        var result: [String] = []
        for given in givens {
            for surname in surnames {
                let reading = given.isEmpty ? surname : surname + " " + given
                if !result.contains(reading) { result.append(reading) }
            }
        }
        return Array(result.prefix(GivenNameReadings.maximumReadings))
    }

    /// Every reading of a given name, the transform's own first, bounded.
    private mutating func givenReadings(_ text: Substring) -> [String] {
        let primary = syllables(text)
        var combinations: [[String]] = [primary]
        var index = 0
        for character in text where character.unicodeScalars.contains(where: { $0.properties.isIdeographic }) {
            defer { index += 1 }
            guard index < primary.count, let others = GivenNameReadings.alternatives[character] else { continue }
            var grown = combinations
            for other in others where other != primary[index] {
                for combination in combinations where grown.count < GivenNameReadings.maximumReadings {
                    var changed = combination
                    changed[index] = other
                    grown.append(changed)
                }
            }
            combinations = grown
        }
        return combinations.map { $0.joined(separator: " ") }
    }

    /// The syllables of text: one per Han character; runs of letters or digits as one word each.
    private mutating func syllables(_ text: Substring) -> [String] {
        var result: [String] = []
        var word = ""
        for character in text {
            if character.isASCII, character.isLetter || character.isNumber {
                word += character.lowercased()
                continue
            }
            if !word.isEmpty {
                result.append(word)
                word = ""
            }
            if let syllable = syllable(character) { result.append(syllable) }
        }
        if !word.isEmpty { result.append(word) }
        return result
    }

    private mutating func syllable(_ character: Character) -> String? {
        if let known = cache[character] { return known }
        guard character.unicodeScalars.contains(where: { $0.properties.isIdeographic }),
              let latin = String(character).applyingTransform(.mandarinToLatin, reverse: false)?
                .applyingTransform(.stripDiacritics, reverse: false)
        else { return nil }
        let plain = latin.lowercased().filter { $0.isASCII && $0.isLetter }
        guard !plain.isEmpty else { return nil }
        cache[character] = plain
        return plain
    }
}
