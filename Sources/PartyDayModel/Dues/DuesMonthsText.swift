import Foundation

/// The months of a payment as a secretary types them: `2026-11`, a list (`2026-10, 2026-12` or with
/// 、), and ranges (`2026-01–2026-03`, `2026-01..2026-03`, `2026-01~2026-03`), as the arrears show them.
public enum DuesMonthsText {
    /// The most months one payment may name.
    public static let maximumMonths = 120

    /// The months named, sorted and each once; nil when any part is not a month or a range runs backwards.
    public static func parse(_ text: String) -> [YearMonth]? {
        let separators: Set<Character> = [",", "、", ",", ";", ";", " "]
        let parts = text.split(whereSeparator: { separators.contains($0) }).map(String.init)
        guard !parts.isEmpty, parts.count <= maximumMonths else { return nil }
        var months = Set<YearMonth>()
        for part in parts {
            if let month = YearMonth(part) {
                months.insert(month)
                continue
            }
            guard let (first, last) = range(part), first <= last, first.months(until: last) < maximumMonths else { return nil }
            var month = first
            while month <= last {
                months.insert(month)
                month = month.next
            }
            guard months.count <= maximumMonths else { return nil }
        }
        return months.sorted()
    }

    private static func range(_ part: String) -> (YearMonth, YearMonth)? {
        for dash in ["–", "..", "~", "—"] {
            let ends = part.components(separatedBy: dash)
            if ends.count == 2, let first = YearMonth(ends[0]), let last = YearMonth(ends[1]) { return (first, last) }
        }
        return nil
    }
}
