import Foundation

/// One parser partyday reads outside input with, and the promise it keeps for any input at all.
///
/// Each target runs one input and checks what must hold beyond "no crash": what a parser accepts
/// it reads back the same way; what it refuses it refuses with a message.
enum FuzzTarget: String, CaseIterable, Sendable {
    case dates
    case money
    case csv
    case holidays
    case themes
    case escapes

    /// Runs one input; a broken promise is thrown, a crash is the fuzzer's to find.
    func run(_ data: Data) throws(FuzzFailure) {
        switch self {
        case .dates: try DateTarget.run(data)
        case .money: try MoneyTarget.run(data)
        case .csv: try CSVTarget.run(data)
        case .holidays: try HolidayFileTarget.run(data)
        case .themes: try ThemeCatalogueTarget.run(data)
        case .escapes: try EscapeSequenceTarget.run(data)
        }
    }
}

/// A promise a parser broke on one input, other than by crashing.
struct FuzzFailure: Error, CustomStringConvertible {
    /// What did not hold.
    var description: String
}

/// Fails with a description when a promise does not hold.
func expect(_ holds: Bool, _ description: @autoclosure () -> String) throws(FuzzFailure) {
    if !holds { throw FuzzFailure(description: description()) }
}
