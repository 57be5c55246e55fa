import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday member list`: the roster as a table, JSON or CSV.
struct MemberListCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出党员 / list the roster")

    @OptionGroup var global: GlobalOptions
    @Option(help: "只列某支部(名称或编号)/ only this branch") var branch: String?
    @Option(help: "只列某身份 / only this status") var status: String?
    @Flag(help: "包括已离开的 / include those who left") var left = false
    @Flag(help: "显示完整电话和身份证号 / show phone and ID numbers unmasked") var unmasked = false
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"
    @Option(help: "按姓名、拼音、首字母、党员编号或电话尾号查找(与名册界面相同)/ find by name, pinyin, initials, number or phone digits, as the roster does") var search: String?

    func execute(_ context: CommandContext) throws {
        let output = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        let database = try context.existingDatabase()
        var filter = MemberFilter(includeLeft: left)
        if let branch { filter.branchID = try database.findBranch(branch).id }
        if let status { filter.statuses = [try ValueParsing.code(status, MemberStatus.self, option: "--status")] }
        let organisations = Dictionary(uniqueKeysWithValues: try database.organisations().map { ($0.id, $0) })
        guard let search else {
            // The whole roster, a page at a time: a county's file lists in little memory.
            let stream = ListingStream<MemberOutput>(headers: headers(context.language), numericColumns: [0, 8]) { visit in
                var after: Int64 = 0
                while true {
                    let page = try database.members(filter, after: after, limit: 2_000)
                    guard let last = page.last else { return }
                    try visit(ListingStream<MemberOutput>.Page(rows: page.map { row($0, organisations, context.language) },
                                    records: page.map { MemberOutput($0, organisations: organisations, unmasked: unmasked) }))
                    after = last.id
                }
            }
            return try stream.write(as: output, to: Console.out)
        }
        // The roster screen's own matcher, over the readings stored with each name.
        var members = try database.members(filter)
        let readings = Dictionary(try database.roster(filter).map { ($0.id, $0.namePinyin) }) { first, _ in first }
        let keys = members.map {
            MemberSearchKey(id: $0.id, name: $0.name, readings: readings[$0.id] ?? "", memberNumber: $0.memberNumber, phone: $0.profile.phone)
        }
        members = MemberSearch.matchingIndices(keys, MemberSearchQuery(search)).map { members[$0] }
        let records = members.map { MemberOutput($0, organisations: organisations, unmasked: unmasked) }
        let rows = members.map { row($0, organisations, context.language) }
        Console.out(try Listing(headers: headers(context.language), numericColumns: [0, 8], rows: rows, records: records).rendered(as: output))
    }

    private func headers(_ language: Language) -> [String] {
        let fields: [MemberField] = [.name, .status, .branch, .group, .memberNumber, .phone]
        return ["ID"] + fields.map { $0.name(language) } + [
            LocalizedText(zh: "标记", en: "flags")(language), LocalizedText(zh: "月党费", en: "monthly dues")(language),
        ]
    }

    /// A member's line of the table and the CSV.
    private func row(_ member: Member, _ organisations: [Int64: Organisation], _ language: Language) -> [String] {
        let output = MemberOutput(member, organisations: organisations, unmasked: unmasked)
        return [
            String(member.id), member.name, member.status.name(language), output.branch, output.group ?? "",
            member.memberNumber ?? "", output.phone ?? "", MemberOutput.flags(member, language),
            member.monthlyDues?.yuanText ?? "",
        ]
    }
}

/// `partyday member show REF`: every field of one member.
struct MemberShowCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "查看党员详情 / show one member")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "ID、党员编号或姓名 / id, member number or name") var member: String
    @Flag(help: "显示完整电话和身份证号 / show phone and ID numbers unmasked") var unmasked = false
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let found = try database.findMember(member)
        let organisations = Dictionary(uniqueKeysWithValues: try database.organisations().map { ($0.id, $0) })
        let output = MemberOutput(found, organisations: organisations, unmasked: unmasked)
        let language = context.language
        let flow: String = switch found.flow {
        case .none: ""
        default: found.flow.name(language)
        }
        let pairs: [(MemberField, String)] = [
            (.name, found.name), (.memberNumber, found.memberNumber ?? ""), (.status, found.status.name(language)),
            (.branch, output.branch), (.group, output.group ?? ""), (.phone, output.phone ?? ""),
            (.idNumber, output.idNumber ?? ""), (.leadingCadre, found.isLeadingCadre ? LocalizedText(zh: "是", en: "yes")(language) : ""),
            (.specialCircumstance, found.specialCircumstance?.name(language) ?? ""),
            (.makeUpMethod, found.makeUpMethod?.name(language) ?? ""), (.flow, flow),
            (.duesCategory, found.duesCategory.name(language)),
            (.duesBase, found.duesBase.yuanText + (found.monthlyDues.map { LocalizedText(zh: "(月党费 \($0.yuanText))", en: " (monthly dues \($0.yuanText))")(language) } ?? "")),
            (.appliedOn, output.applied ?? ""), (.candidateOn, output.candidate ?? ""), (.admittedOn, output.admitted ?? ""),
            (.confirmedOn, output.confirmed ?? ""), (.joinedOn, output.joined), (.leftOn, output.left ?? ""),
            (.leaveReason, found.leaveReason?.name(language) ?? ""), (.leaveNote, found.leaveNote ?? ""),
        ]
        let headers = [LocalizedText(zh: "项目", en: "field")(language), LocalizedText(zh: "内容", en: "value")(language)]
        let rows = [["ID", String(found.id)]] + pairs.map { [$0.0.name(language), $0.1] }
        let format = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        switch format {
        case .table, .csv:
            Console.out(try Listing(headers: headers, rows: rows, records: [output]).rendered(as: format))
        case .json:
            Console.out(try JSONText.render(output))
        }
    }
}
