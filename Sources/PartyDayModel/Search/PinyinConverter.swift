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
    /// Letters and digits pass through in lower case; other characters are dropped.
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
        let given = syllables(rest).joined(separator: " ")
        guard !surnames.isEmpty else { return given.isEmpty ? [] : [given] }
        return surnames.map { given.isEmpty ? $0 : $0 + " " + given }
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
