import Foundation

/// A roster sheet read for import: the rows that make valid members, and each row refused with its
/// line and the reason. Nothing is written here; the store commits the accepted rows in one change set.
public struct MemberImport: Sendable {
    /// A row that makes a valid member.
    public struct Accepted: Sendable, Hashable {
        public var line: Int
        public var profile: MemberProfile

        public init(line: Int, profile: MemberProfile) {
            self.line = line
            self.profile = profile
        }
    }

    /// A row refused, and why.
    public struct Rejected: Sendable, Hashable {
        public var line: Int
        public var reason: LocalizedText

        public init(line: Int, reason: LocalizedText) {
            self.line = line
            self.reason = reason
        }
    }

    public var accepted: [Accepted] = []
    public var rejected: [Rejected] = []
    /// Headers that name no field; their columns are left out.
    public var ignoredColumns: [String] = []

    /// Reads a sheet's bytes (UTF-8 or GB18030) into a branch, and says which encoding it was in.
    public static func read(
        data: Data, branchID: Int64, groups: [Organisation], today: CivilDate
    ) throws(ValidationError) -> (sheet: MemberImport, encoding: TextDecoding.Encoding) {
        guard let (text, encoding) = TextDecoding.decode(data) else {
            throw ValidationError(
                field: LocalizedText(zh: "文件", en: "file"),
                problem: LocalizedText(zh: "不是 UTF-8 或 GB18030 编码的文本", en: "is not text in UTF-8 or GB18030"))
        }
        return (try read(CSVReader.records(text), branchID: branchID, groups: groups, today: today), encoding)
    }

    /// Moves the accepted rows whose member number is already held to the refused ones, naming the
    /// holder; keeps the refused rows in line order.
    public mutating func refuse(numbersHeldBy holders: [String: String]) {
        var kept: [Accepted] = []
        for row in accepted {
            if let number = row.profile.memberNumber, let holder = holders[number] {
                rejected.append(Rejected(line: row.line, reason: LocalizedText(
                    zh: "党员编号 \(number) 已属于 \(holder)", en: "member number \(number) already belongs to \(holder)")))
            } else {
                kept.append(row)
            }
        }
        accepted = kept
        rejected.sort { $0.line < $1.line }
    }

    /// Refuses rows that are likely a member already on the roster: the same name with the same phone or
    /// resident ID number (so importing a sheet twice does not double members who have no number).
    public mutating func refuse(likelyDuplicatesOf existing: [MemberProfile]) {
        var known: [String: String] = [:]
        for profile in existing {
            for key in Self.identityKeys(profile) { known[key] = profile.name }
        }
        var kept: [Accepted] = []
        for row in accepted {
            if Self.identityKeys(row.profile).contains(where: { known[$0] != nil }) {
                rejected.append(Rejected(line: row.line, reason: LocalizedText(
                    zh: "疑似重复:名册中已有同名且电话或身份证号相同的 \(row.profile.name)",
                    en: "likely a duplicate: \(row.profile.name) with the same phone or ID number is already on the roster")))
            } else {
                kept.append(row)
            }
        }
        accepted = kept
        rejected.sort { $0.line < $1.line }
    }

    /// Name-and-phone and name-and-ID keys of a profile.
    static func identityKeys(_ profile: MemberProfile) -> [String] {
        let digits = { (text: String?) in text.map { $0.filter(\.isNumber) }.flatMap { $0.isEmpty ? nil : $0 } }
        return [digits(profile.phone).map { profile.name + "|p|" + $0 }, profile.idNumber.map { profile.name + "|i|" + $0.uppercased() }]
            .compactMap { $0 }
    }

    /// Reads a sheet's records into a branch: the first record is the header row. Refuses the whole
    /// sheet when it has no name column.
    public static func read(
        _ records: [CSVReader.Record], branchID: Int64, groups: [Organisation], today: CivilDate
    ) throws(ValidationError) -> MemberImport {
        var result = MemberImport()
        guard let header = records.first else {
            throw ValidationError(field: LocalizedText(zh: "文件", en: "file"), problem: LocalizedText(zh: "是空的", en: "is empty"))
        }
        guard !header.quoteUnclosed else {
            throw ValidationError(
                field: LocalizedText(zh: "表头", en: "header row"),
                problem: LocalizedText(zh: "有一个引号(\")没有结束", en: "opens a quote (\") that never closes"))
        }
        var columns: [Int: MemberField] = [:]
        for (index, title) in header.fields.enumerated() {
            if let field = MemberCSV.field(forHeader: title), !columns.values.contains(field) {
                columns[index] = field
            } else if !title.trimmingCharacters(in: .whitespaces).isEmpty {
                result.ignoredColumns.append(title)
            }
        }
        guard columns.values.contains(.name) else {
            throw ValidationError(
                field: LocalizedText(zh: "表头", en: "header row"),
                problem: LocalizedText(zh: "没有“姓名”列(第 \(header.line) 行)", en: "has no “name” column (line \(header.line))"))
        }
        var numbers: [String: Int] = [:]
        var identities: [String: Int] = [:]
        for record in records.dropFirst() {
            if record.quoteUnclosed {
                result.rejected.append(Rejected(line: record.line, reason: LocalizedText(
                    zh: "有一个引号(\")没有结束,这一行到文件末尾都读成了一个值", en: "opens a quote (\") that never closes, so the rest of the file ran into one value")))
                continue
            }
            // Excel's trailing blank rows (",,,") are no rows at all.
            if record.fields.allSatisfy({ trimmed($0).isEmpty }) { continue }
            // Values past the header's last column belong to no column: the row is refused, not cut.
            let extra = record.fields.dropFirst(header.fields.count).filter { !trimmed($0).isEmpty }
            if !extra.isEmpty {
                result.rejected.append(Rejected(line: record.line, reason: LocalizedText(
                    zh: "有 \(record.fields.count) 个值,表头只有 \(header.fields.count) 列(多出:\(extra.joined(separator: "、")))",
                    en: "has \(record.fields.count) values but the header has \(header.fields.count) columns (extra: \(extra.joined(separator: ", ")))")))
                continue
            }
            var values: [MemberField: String] = [:]
            for (index, field) in columns where index < record.fields.count {
                values[field] = trimmed(record.fields[index])
            }
            switch profile(values, branchID: branchID, groups: groups, today: today) {
            case .failure(let problem):
                result.rejected.append(Rejected(line: record.line, reason: problem.reason))
            case .success(let profile):
                do throws(ValidationError) {
                    let valid = try MemberValidation.validated(profile, today: today)
                    if let number = valid.memberNumber {
                        if let first = numbers[number] {
                            result.rejected.append(Rejected(line: record.line, reason: LocalizedText(
                                zh: "党员编号 \(number) 与第 \(first) 行重复", en: "member number \(number) repeats line \(first)")))
                            continue
                        }
                        numbers[number] = record.line
                    }
                    if let first = Self.identityKeys(valid).compactMap({ identities[$0] }).first {
                        result.rejected.append(Rejected(line: record.line, reason: LocalizedText(
                            zh: "疑似重复:与第 \(first) 行同名且电话或身份证号相同", en: "likely a duplicate of line \(first): same name and phone or ID number")))
                        continue
                    }
                    for key in Self.identityKeys(valid) { identities[key] = record.line }
                    result.accepted.append(Accepted(line: record.line, profile: valid))
                } catch {
                    result.rejected.append(Rejected(line: record.line, reason: error.message))
                }
            }
        }
        return result
    }

    /// A profile from a row's values, or why a value cannot be read.
    static func profile(
        _ values: [MemberField: String], branchID: Int64, groups: [Organisation], today: CivilDate
    ) -> Result<MemberProfile, RowProblem> {
        func value(_ field: MemberField) -> String? { values[field].flatMap { $0.isEmpty ? nil : $0 } }
        func unreadable(_ field: MemberField, _ text: String, _ expected: LocalizedText) -> LocalizedText {
            LocalizedText(zh: "\(field.name.zh)“\(text)”无法识别,应为\(expected.zh)", en: "\(field.name.en) “\(text)” cannot be read; expected \(expected.en)")
        }
        let dateExpected = LocalizedText(zh: "日期,如 2026-03-06", en: "a date such as 2026-03-06")
        var profile = MemberProfile(branchID: branchID, name: values[.name] ?? "", joinedOn: today)
        profile.memberNumber = value(.memberNumber)
        if let text = value(.status) {
            guard let status = status(text) else {
                return .failure(RowProblem(unreadable(.status, text, LocalizedText(zh: "正式党员、预备党员、发展对象或入党积极分子", en: "full, probationary, candidate or applicant"))))
            }
            profile.status = status
        }
        if let text = value(.group) {
            guard let group = groups.first(where: { $0.name == text }) else {
                return .failure(RowProblem(LocalizedText(
                    zh: "没有党小组“\(text)”(可先用 partyday group add \(text) 添加)",
                    en: "no group named “\(text)” (add it first with partyday group add \(text))")))
            }
            profile.groupID = group.id
        }
        for field in [MemberField.phone, .idNumber] {
            if let text = value(field), text.contains("*") {
                return .failure(RowProblem(LocalizedText(
                    zh: "\(field.name.zh)被遮盖(含 *):请用 --unmasked 导出的文件", en: "\(field.name.en) is masked (has *): use a file exported with --unmasked")))
            }
        }
        profile.phone = value(.phone)
        profile.idNumber = value(.idNumber)
        if let text = value(.leadingCadre) {
            guard let flag = yesNo(text) else {
                return .failure(RowProblem(unreadable(.leadingCadre, text, LocalizedText(zh: "是或否", en: "yes or no"))))
            }
            profile.isLeadingCadre = flag
        }
        if let text = value(.specialCircumstance) {
            guard let special = SpecialCircumstance(userText: text) else {
                return .failure(RowProblem(unreadable(.specialCircumstance, text, LocalizedText(zh: "年老体弱、长期患病或在外务工", en: "elderly, long-term ill or working away"))))
            }
            profile.specialCircumstance = special
        }
        if let text = value(.makeUpMethod) {
            guard let method = MakeUpMethod(userText: text) else {
                return .failure(RowProblem(unreadable(.makeUpMethod, text, LocalizedText(zh: "送学上门、网络教学或流动党组织", en: "home visit, online or mobile organisation"))))
            }
            profile.makeUpMethod = method
        }
        let organisation = value(.flowOrganisation) ?? ""
        switch value(.flow)?.lowercased() {
        case nil, "无", "none", "否": profile.flow = .none
        case "流入", "inflow", "流入党员": profile.flow = .inflow(from: organisation)
        case "流出", "outflow", "流出党员": profile.flow = .outflow(to: organisation)
        case let text?: return .failure(RowProblem(unreadable(.flow, text, LocalizedText(zh: "流入、流出或留空", en: "inflow, outflow or empty"))))
        }
        if let text = value(.duesCategory) {
            guard let category = DuesCategory(userText: text) else {
                return .failure(RowProblem(unreadable(.duesCategory, text, LocalizedText(zh: DuesCategory.allCases.map(\.name.zh).joined(separator: "、"), en: DuesCategory.codeList))))
            }
            profile.duesCategory = category
        }
        if let text = value(.duesBase) {
            let cleaned = text.filter { $0 != "," && $0 != "¥" && $0 != "￥" && $0 != " " }
            guard let amount = Fen(yuan: cleaned) else {
                return .failure(RowProblem(unreadable(.duesBase, text, LocalizedText(zh: "金额(元),如 4500.00", en: "an amount in yuan such as 4500.00"))))
            }
            profile.duesBase = amount
        }
        let dates: [(MemberField, WritableKeyPath<MemberProfile, CivilDate?>)] = [
            (.appliedOn, \.appliedOn), (.candidateOn, \.candidateOn), (.admittedOn, \.admittedOn),
            (.confirmedOn, \.confirmedOn), (.leftOn, \.leftOn),
        ]
        for (field, keyPath) in dates {
            guard let text = value(field) else { continue }
            guard let date = date(text) else { return .failure(RowProblem(unreadable(field, text, dateExpected))) }
            profile[keyPath: keyPath] = date
        }
        if let text = value(.joinedOn) {
            guard let date = date(text) else { return .failure(RowProblem(unreadable(.joinedOn, text, dateExpected))) }
            profile.joinedOn = date
        }
        if let text = value(.leaveReason) {
            guard let reason = LeaveReason(userText: text) else {
                return .failure(RowProblem(unreadable(.leaveReason, text, LocalizedText(zh: "转出、去世、除名或其他", en: LeaveReason.codeList))))
            }
            profile.leaveReason = reason
        }
        profile.leaveNote = value(.leaveNote)
        return .success(profile)
    }

    /// Why a row's value cannot be read.
    struct RowProblem: Error {
        var reason: LocalizedText
        init(_ reason: LocalizedText) { self.reason = reason }
    }

    /// 正式党员 or 正式, full, probationary …
    static func status(_ text: String) -> MemberStatus? {
        let short: [String: MemberStatus] = ["正式": .full, "预备": .probationary, "积极分子": .applicant, "发展对象": .candidate]
        return MemberStatus(userText: text) ?? short[text]
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "是", "yes", "y", "true", "1", "x", "√", "✓": true
        case "否", "no", "n", "false", "0", "": false
        default: nil
        }
    }

    /// 2026-03-06, 2026/3/6, 2026.3.6 or 2026年3月6日; a time after a space is ignored.
    static func date(_ text: String) -> CivilDate? {
        if let date = CivilDate(text) { return date }
        var normalised = ""
        for character in text {
            if character == " " { break }
            switch character {
            case "年", "月", "/", ".": normalised.append("-")
            case "日": continue
            default: normalised.append(character)
            }
        }
        return CivilDate(normalised)
    }

    /// A cell without the spaces and line breaks around it (a sheet's cells are usually already clean).
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace
        else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
