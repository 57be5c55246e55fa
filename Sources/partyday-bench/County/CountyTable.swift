import Foundation
import TerminalUI

/// The county benchmark's one table: a row per figure, a column per standard set (S, M, L), the
/// target beside, and whether every measured value meets it.
struct CountyTable {
    /// How a row's values read.
    enum Unit {
        case milliseconds, seconds, megabytes, ratio

        func text(_ value: Double) -> String {
            switch self {
            case .milliseconds: String(format: "%.1f ms", value * 1000)
            case .seconds: String(format: "%.2f s", value)
            case .megabytes: String(format: "%.0f MB", value / 1_000_000)
            case .ratio: String(format: "%.2f×", value)
            }
        }
    }

    /// One measured value.
    enum Value {
        case measured(Double)
        /// Nothing within this many seconds (calcurse on a large file).
        case over(Double)
        /// Not measured, with the reason in a word or two.
        case missing(String)
    }

    struct Row {
        let name: String
        let unit: Unit
        var values: [String: Value]
        /// The limit for each set; a set without one has no target.
        let limits: [String: Double]
        /// The target as printed; empty when there is none.
        let target: String

        /// "yes" when every measured value with a limit meets it, "NO" when one does not, "–" without a target.
        var verdict: String {
            guard !limits.isEmpty else { return "–" }
            var any = false
            for (set, limit) in limits {
                switch values[set] {
                case .measured(let value)?:
                    any = true
                    if value > limit { return "NO" }
                case .over?: return "NO"
                case .missing?, nil: continue
                }
            }
            return any ? "yes" : "–"
        }
    }

    let sets: [String]
    private(set) var rows: [Row] = []

    /// Adds a row whose target is the same `limit` for every set (nil: no target).
    mutating func add(_ name: String, _ unit: Unit, _ values: [String: Value], limit: Double?, target: String? = nil) {
        let limits = limit.map { limit in Dictionary(uniqueKeysWithValues: sets.map { ($0, limit) }) } ?? [:]
        rows.append(Row(name: name, unit: unit, values: values, limits: limits, target: target ?? limit.map { "≤ " + unit.text($0) } ?? ""))
    }

    /// Adds a row whose target differs by set.
    mutating func add(_ name: String, _ unit: Unit, _ values: [String: Value], limits: [String: Double], target: String) {
        rows.append(Row(name: name, unit: unit, values: values, limits: limits, target: target))
    }

    /// A section heading between rows.
    mutating func heading(_ title: String) {
        rows.append(Row(name: "— " + title, unit: .ratio, values: [:], limits: [:], target: ""))
    }

    /// The table as text, one line a row, in Markdown so docs/performance.md can keep it as printed.
    func text() -> String {
        let nameWidth = max(44, rows.map { DisplayWidth.of($0.name) }.max() ?? 0)
        let valueWidth = 11
        var lines = [
            "| " + DisplayWidth.pad("figure", to: nameWidth) + " | "
                + sets.map { DisplayWidth.pad($0, to: valueWidth, alignRight: true) }.joined(separator: " | ") + " | target | ok |",
            "| " + String(repeating: "-", count: nameWidth) + " | "
                + sets.map { _ in String(repeating: "-", count: valueWidth - 1) + ":" }.joined(separator: " | ") + " | --- | --- |",
        ]
        for row in rows {
            let cells = sets.map { set -> String in
                let text: String = switch row.values[set] {
                case .measured(let value)?: row.unit.text(value)
                case .over(let limit)?: String(format: "over %.0f s", limit)
                case .missing(let reason)?: reason
                case nil: row.name.hasPrefix("— ") ? "" : "–"
                }
                return DisplayWidth.pad(text, to: valueWidth, alignRight: true)
            }
            lines.append("| " + DisplayWidth.pad(row.name, to: nameWidth) + " | " + cells.joined(separator: " | ")
                + " | " + row.target + " | " + (row.name.hasPrefix("— ") ? "" : row.verdict) + " |")
        }
        return lines.joined(separator: "\n")
    }
}
