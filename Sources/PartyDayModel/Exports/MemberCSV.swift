import Foundation

/// The roster as a spreadsheet: one column per field of a member's record, headed in Chinese or
/// English, values written as people read them (正式党员, 2026-03-06, 4500.00). Export writes it;
/// import reads it back, and also reads the headers and values secretaries' own sheets commonly use.
public enum MemberCSV {
    /// The columns, in order.
    public static let columns: [MemberField] = [
        .name, .memberNumber, .status, .group, .phone, .idNumber, .leadingCadre, .specialCircumstance, .makeUpMethod,
        .flow, .flowOrganisation, .duesCategory, .duesBase, .appliedOn, .candidateOn, .admittedOn, .confirmedOn,
        .joinedOn, .leftOn, .leaveReason, .leaveNote,
    ]

    /// Column headers in a language.
    public static func headers(_ language: Language) -> [String] { columns.map { $0.name(language) } }

    /// One member's row; the phone and ID number masked unless asked.
    public static func row(_ member: Member, groupName: String?, masked: Bool, language: Language) -> [String] {
        let p = member.profile
        let yes = LocalizedText(zh: "是", en: "yes")(language)
        return columns.map { field -> String in
            switch field {
            case .name: p.name
            case .memberNumber: p.memberNumber ?? ""
            case .status: p.status.name(language)
            case .group: groupName ?? ""
            case .phone: (masked ? p.phone.map(Masking.maskPhone) : p.phone) ?? ""
            case .idNumber: (masked ? p.idNumber.map(Masking.maskIDNumber) : p.idNumber) ?? ""
            case .leadingCadre: p.isLeadingCadre ? yes : ""
            case .specialCircumstance: p.specialCircumstance?.name(language) ?? ""
            case .makeUpMethod: p.makeUpMethod?.name(language) ?? ""
            case .flow: flowName(p.flow)(language)
            case .flowOrganisation: p.flow.organisation ?? ""
            case .duesCategory: p.duesCategory.name(language)
            case .duesBase: p.duesBase.yuanText
            case .appliedOn: p.appliedOn?.description ?? ""
            case .candidateOn: p.candidateOn?.description ?? ""
            case .admittedOn: p.admittedOn?.description ?? ""
            case .confirmedOn: p.confirmedOn?.description ?? ""
            case .joinedOn: p.joinedOn.description
            case .leftOn: p.leftOn?.description ?? ""
            case .leaveReason: p.leaveReason?.name(language) ?? ""
            case .leaveNote: p.leaveNote ?? ""
            case .branch: ""
            }
        }
    }

    /// The whole sheet, with a byte-order mark so Excel and WPS read the Chinese.
    public static func document(_ members: [Member], groupNames: [Int64: String], masked: Bool, language: Language) -> String {
        CSVText.byteOrderMark + CSVText.render(
            headers: headers(language),
            rows: members.map { row($0, groupName: $0.groupID.flatMap { groupNames[$0] }, masked: masked, language: language) })
    }

    static func flowName(_ flow: Flow) -> LocalizedText {
        switch flow {
        case .none: LocalizedText(zh: "", en: "")
        case .inflow: LocalizedText(zh: "流入", en: "inflow")
        case .outflow: LocalizedText(zh: "流出", en: "outflow")
        }
    }

    /// Other headers that mean a field, as secretaries' own sheets write them.
    static let aliases: [String: MemberField] = [
        "姓名": .name, "名字": .name, "编号": .memberNumber, "党员编号": .memberNumber, "类别": .status, "党员类别": .status,
        "身份": .status, "人员类别": .status, "党小组": .group, "所在党小组": .group, "小组": .group, "手机": .phone,
        "手机号": .phone, "手机号码": .phone, "联系电话": .phone, "电话号码": .phone, "身份证": .idNumber,
        "身份证号码": .idNumber, "入党日期": .admittedOn, "入党时间": .admittedOn, "转正时间": .confirmedOn,
        "缴费基数": .duesBase, "党费基数": .duesBase, "工资": .duesBase, "phone number": .phone, "mobile": .phone,
        "number": .memberNumber, "member no": .memberNumber, "status": .status, "group": .group,
    ]

    /// The field a header names, if any: a field's Chinese or English name, its code, or a common alias.
    static func field(forHeader header: String) -> MemberField? {
        let text = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let alias = aliases[text] { return alias }
        return MemberField.allCases.first { $0.rawValue == text || $0.name.zh == text || $0.name.en.lowercased() == text }
    }
}
