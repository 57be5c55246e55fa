import ArgumentParser
import PartyDayModel
import PartyDayStore

/// One option per field of a member's profile; `add` and `edit` share them, and only given ones change.
struct MemberFieldOptions: ParsableArguments {
    @Option(help: "姓名 / name") var name: String?
    @Option(help: "党员编号 / member number") var number: String?
    @Option(help: "身份 full|probationary|applicant|candidate / status") var status: String?
    @Option(help: "支部(名称或编号,默认本支部)/ branch, by name or id (default: your own)") var branch: String?
    @Option(help: "党小组(名称或编号,none 清空)/ group, by name or id (none clears)") var group: String?
    @Option(help: "电话 / phone") var phone: String?
    @Option(name: .customLong("id-number"), help: "身份证号 / resident ID number") var idNumber: String?
    @Flag(inversion: .prefixedNo, help: "领导干部 / leading cadre") var leadingCadre: Bool?
    @Option(help: "特殊情况 elderly|ill|away|none / special circumstance") var special: String?
    @Option(name: .customLong("make-up"), help: "补学方式 home|online|mobile|none / make-up method") var makeUp: String?
    @Option(name: .customLong("inflow-from"), help: "流入党员:原组织 / inflow member: home organisation") var inflowFrom: String?
    @Option(name: .customLong("outflow-to"), help: "流出党员:流入组织 / outflow member: where they went") var outflowTo: String?
    @Flag(name: .customLong("no-flow"), help: "不是流动党员 / not a flowing member") var noFlow = false
    @Option(name: .customLong("dues-category"), help: "党费类别 employed|retired|farmer|student|unemployed|relief / dues category") var duesCategory: String?
    @Option(name: .customLong("dues-base"), help: "党费基数(元)/ dues base in yuan") var duesBase: String?
    @Option(help: "确定积极分子日期 / applicant since (YYYY-MM-DD)") var applied: String?
    @Option(help: "确定发展对象日期 / candidate since") var candidate: String?
    @Option(help: "接收预备党员日期 / admitted as probationary on") var admitted: String?
    @Option(help: "转正日期 / full member since") var confirmed: String?
    @Option(help: "加入本支部日期(默认今天)/ joined the branch on (default: today)") var joined: String?

    /// Writes the given options into a profile; unknown values are refused with the option named.
    func apply(to profile: inout MemberProfile, database: PartyDayDatabase) throws {
        if let name { profile.name = name }
        if let number { profile.memberNumber = number.isEmpty ? nil : number }
        if let status { profile.status = try ValueParsing.code(status, MemberStatus.self, option: "--status") }
        if let branch {
            let found = try database.findBranch(branch).id
            if found != profile.branchID, group == nil { profile.groupID = nil }
            profile.branchID = found
        }
        if let group {
            profile.groupID = Self.isNone(group) ? nil : try database.findGroup(group, inBranch: profile.branchID).id
        }
        if let phone { profile.phone = phone }
        if let idNumber { profile.idNumber = idNumber }
        if let leadingCadre { profile.isLeadingCadre = leadingCadre }
        if let special {
            profile.specialCircumstance = Self.isNone(special) ? nil : try ValueParsing.code(special, SpecialCircumstance.self, option: "--special")
        }
        if let makeUp {
            profile.makeUpMethod = Self.isNone(makeUp) ? nil : try ValueParsing.code(makeUp, MakeUpMethod.self, option: "--make-up")
        }
        try applyFlow(to: &profile)
        if let duesCategory { profile.duesCategory = try ValueParsing.code(duesCategory, DuesCategory.self, option: "--dues-category") }
        if let duesBase { profile.duesBase = try ValueParsing.yuan(duesBase, option: "--dues-base") }
        if case .some(let date) = try ValueParsing.optionalDate(applied, option: "--applied") { profile.appliedOn = date }
        if case .some(let date) = try ValueParsing.optionalDate(candidate, option: "--candidate") { profile.candidateOn = date }
        if case .some(let date) = try ValueParsing.optionalDate(admitted, option: "--admitted") { profile.admittedOn = date }
        if case .some(let date) = try ValueParsing.optionalDate(confirmed, option: "--confirmed") { profile.confirmedOn = date }
        if let joined { profile.joinedOn = try ValueParsing.date(joined, option: "--joined") }
    }

    private func applyFlow(to profile: inout MemberProfile) throws(CommandLineError) {
        switch (inflowFrom, outflowTo, noFlow) {
        case (nil, nil, false): return
        case (let from?, nil, false): profile.flow = .inflow(from: from)
        case (nil, let to?, false): profile.flow = .outflow(to: to)
        case (nil, nil, true): profile.flow = .none
        case (.some, .some, _): throw .conflictingOptions("--inflow-from", "--outflow-to")
        case (.some, nil, true): throw .conflictingOptions("--inflow-from", "--no-flow")
        case (nil, .some, true): throw .conflictingOptions("--outflow-to", "--no-flow")
        }
    }

    private static func isNone(_ text: String) -> Bool {
        text.isEmpty || text.lowercased() == "none" || text == "无"
    }
}
