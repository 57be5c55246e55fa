import Foundation
import PartyDayModel

/// Dates, months and times as typed and as read from files: whatever parses is real and reads back
/// the same; the text and byte readers of a date agree.
enum DateTarget {
    static func run(_ data: Data) throws(FuzzFailure) {
        let text = String(decoding: data, as: UTF8.self)
        try checkDate(text, data)
        if let month = YearMonth(text) {
            try expect(YearMonth(month.description) == month, "\(text.debugDescription) does not read back as \(month)")
        }
        if let time = ClockTime(text) {
            try expect(ClockTime(time.description) == time, "\(text.debugDescription) does not read back as \(time)")
        }
    }

    private static func checkDate(_ text: String, _ data: Data) throws(FuzzFailure) {
        let fromText = CivilDate(text)
        let fromBytes = Array(data).withUnsafeBufferPointer { CivilDate(utf8: $0) }
        if String(data: data, encoding: .utf8) != nil {
            try expect(fromText == fromBytes, "text and bytes read differently: \(text.debugDescription)")
        }
        guard let date = fromText else { return }
        try expect((1...9999).contains(date.year), "year out of range from \(text.debugDescription)")
        try expect(date.day <= CivilDate.daysIn(month: date.month, year: date.year), "no such day from \(text.debugDescription)")
        try expect(CivilDate(date.description) == date, "\(text.debugDescription) does not read back as \(date)")
        if (2...9998).contains(date.year) {
            let later = date.adding(days: 400)
            try expect(later.adding(days: -400) == date && date.days(until: later) == 400, "day arithmetic from \(date)")
        }
    }
}
