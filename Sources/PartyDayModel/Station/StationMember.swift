/// A person the check-in station can identify: an expected member of the day. The station shows only
/// the name (and the group in a pick list, with the phone's last two digits when names repeat); the
/// number, the phone's last four digits and the resident ID number are for matching only.
public struct StationMember: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var name: String
    /// The member's group, for telling two people apart in a pick list.
    public var groupName: String?
    /// The member number (a card's barcode types it).
    public var memberNumber: String?
    /// The phone's last four digits, if a phone is recorded.
    public var phoneLastFour: String?
    /// The resident ID number in upper case, for matching only.
    var idNumber: String?
    /// The name, its readings, the number and the phone, prepared for the roster's matcher.
    public var searchKey: MemberSearchKey

    public init(id: Int64, name: String, readings: String, groupName: String?, memberNumber: String?, phone: String?, idNumber: String?) {
        self.id = id
        self.name = name
        self.groupName = groupName
        self.memberNumber = memberNumber
        let digits = (phone ?? "").filter(\.isASCIIDigit)
        phoneLastFour = digits.count >= 4 ? String(digits.suffix(4)) : nil
        self.idNumber = idNumber?.uppercased()
        searchKey = MemberSearchKey(id: id, name: name, readings: readings, memberNumber: memberNumber, phone: phone)
    }

    /// The phone's last two digits, shown only to tell two people of the same name apart.
    public var phoneLastTwo: String? { phoneLastFour.map { String($0.suffix(2)) } }
}

extension Character {
    /// 0–9 only (not other scripts' digits).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
