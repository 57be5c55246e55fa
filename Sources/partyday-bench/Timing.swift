import Foundation

/// Wall-clock timing helpers: medians of several runs, since this machine is small and noisy.
enum Timing {
    static func once(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            samples.append(try once(body))
        }
        return median(samples)
    }

    static func median(_ samples: [Double]) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[sorted.count / 2]
    }
}

/// One line of the benchmark's table: the figure, its target, and whether it meets it.
struct Figure {
    enum Unit { case seconds, milliseconds }

    let name: String
    let seconds: Double
    let target: Double
    let unit: Unit

    static let header = "  figure                                   measured      target    ok"

    func print() {
        let (value, limit, suffix) = switch unit {
        case .seconds: (seconds, target, "s")
        case .milliseconds: (seconds * 1000, target * 1000, "ms")
        }
        let verdict = seconds <= target ? "yes" : "NO"
        Swift.print(
            "  " + name.padding(toLength: 40, withPad: " ", startingAt: 0)
                + String(format: "%9.3f %-2@  ≤ %6.1f %-2@  %@", value, suffix, limit, suffix, verdict))
    }
}
