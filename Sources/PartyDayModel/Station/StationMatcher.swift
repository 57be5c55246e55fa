import Foundation

/// Who a station's typed line names, among the day's expected members.
public enum StationMatch: Sendable, Equatable {
    /// Nobody: a guest, or a mistyped line.
    case none
    /// Exactly one person.
    case one(StationMember)
    /// Several people, best first, for a pick list.
    case several([StationMember])
}

/// Identifies a person at the door from what they typed or scanned: a resident ID number or a member
/// number exactly (a barcode scanner types the number and Enter), the phone's last four digits exactly,
/// else the roster's matcher (name, pinyin, initials), keeping only the best-ranked matches. An exact
/// name is one person unless two share it.
public enum StationMatcher {
    /// The most people a pick list offers; more means the line says too little.
    public static let pickListLimit = 9

    public static func identify(_ typed: String, among members: [StationMember]) -> StationMatch {
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .none }
        let upper = text.uppercased()
        if upper.count == 18, let person = members.first(where: { $0.idNumber == upper }) { return .one(person) }
        let byNumber = members.filter { $0.memberNumber?.uppercased() == upper }
        if !byNumber.isEmpty { return result(byNumber) }
        if text.count == 4, text.allSatisfy(\.isASCIIDigit) {
            let byPhone = members.filter { $0.phoneLastFour == text }
            if !byPhone.isEmpty { return result(byPhone) }
        }
        let query = MemberSearchQuery(text)
        var best = Int.max
        var found: [StationMember] = []
        for member in members {
            // The phone's last digits are matched above, exactly; a partial phone names nobody.
            guard let rank = MemberSearch.rank(member.searchKey, query), rank < 7 else { continue }
            if rank < best {
                best = rank
                found = [member]
            } else if rank == best {
                found.append(member)
            }
        }
        return result(found)
    }

    private static func result(_ found: [StationMember]) -> StationMatch {
        switch found.count {
        case 0: .none
        case 1: .one(found[0])
        default: .several(Array(found.prefix(pickListLimit)))
        }
    }
}


