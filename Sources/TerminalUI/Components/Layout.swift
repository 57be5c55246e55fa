/// A size rule for one part of a split rectangle.
public enum Constraint: Sendable, Equatable {
    /// Exactly this many rows or columns (less when there is not room).
    case length(Int)
    /// At least this many; shares what is left with the `fill` parts.
    case min(Int)
    /// This share of the whole, in percent.
    case percentage(Int)
    /// A share of what is left after the fixed parts, by weight.
    case fill(Int)
}

/// Splits a rectangle into rows or columns by constraints, so a view and the reducer that pages its
/// list compute the same areas from one description instead of the reducer asking the view.
public struct Layout: Sendable, Equatable {
    /// Which way the parts are laid out.
    public enum Direction: Sendable, Equatable { case vertical, horizontal }

    public var direction: Direction
    public var constraints: [Constraint]

    /// Parts stacked top to bottom.
    public static func vertical(_ constraints: [Constraint]) -> Layout { Layout(direction: .vertical, constraints: constraints) }
    /// Parts side by side, left to right.
    public static func horizontal(_ constraints: [Constraint]) -> Layout { Layout(direction: .horizontal, constraints: constraints) }

    /// The parts of `rect`, in order. Fixed parts (`length`, `percentage`, `min`) are given first, in
    /// order, as far as room allows; the rest is shared among `fill` and `min` parts by weight, the
    /// last part taking any remainder so the parts always cover the rectangle.
    public func split(_ rect: Rect) -> [Rect] {
        let total = direction == .vertical ? rect.height : rect.width
        var sizes = [Int](repeating: 0, count: constraints.count)
        var left = total
        for (index, constraint) in constraints.enumerated() {
            let wanted: Int
            switch constraint {
            case .length(let n): wanted = n
            case .percentage(let p): wanted = total * Swift.max(0, Swift.min(100, p)) / 100
            case .min(let n): wanted = n
            case .fill: wanted = 0
            }
            sizes[index] = Swift.max(0, Swift.min(wanted, left))
            left -= sizes[index]
        }
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fill(let weight): Swift.max(1, weight)
            case .min: 1
            default: 0
            }
        }
        let weightSum = weights.reduce(0, +)
        if weightSum > 0, left > 0 {
            var given = 0
            let lastWeighted = weights.lastIndex { $0 > 0 } ?? 0
            for index in constraints.indices where weights[index] > 0 {
                let share = index == lastWeighted ? left - given : left * weights[index] / weightSum
                sizes[index] += share
                given += share
            }
        }
        var parts: [Rect] = []
        var position = direction == .vertical ? rect.row : rect.column
        for size in sizes {
            parts.append(direction == .vertical
                ? Rect(row: position, column: rect.column, height: size, width: rect.width)
                : Rect(row: rect.row, column: position, height: rect.height, width: size))
            position += size
        }
        return parts
    }
}
