import Foundation
import PartyDayModel

/// Holiday files a secretary supplies: any bytes are read or refused with a message.
enum HolidayFileTarget {
    static func run(_ data: Data) throws(FuzzFailure) {
        let file: HolidayFile
        do {
            file = try HolidayFile.read(data)
        } catch {
            try expect(!error.message.zh.isEmpty && !error.message.en.isEmpty, "a refusal with no message")
            return
        }
        for holiday in file.holidays {
            try expect((1...9999).contains(holiday.date.year), "holiday out of range: \(holiday.date)")
        }
    }
}
