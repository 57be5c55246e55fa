import Foundation
import PartyDayModel
import TerminalUI

/// The member form: a new member, a member's record edited, or a member leaving (transfer out,
/// death, removal), which keeps the record and its past.
public struct MemberFormState: Sendable, Equatable {
    /// What the form is for.
    public enum Purpose: Sendable, Equatable {
        case add
        case edit(id: Int64)
        case leave(id: Int64)
    }

    /// How a field is edited.
    public enum Kind: Sendable, Equatable {
        /// Typed text (dates and amounts too).
        case text
        /// One of a list, changed with ←/→.
        case choice([LocalizedText])
        /// On or off, with Space.
        case toggle
    }

    public var purpose: Purpose
    /// The profile as opened, for what the form does not show and to tell whether anything changed.
    public var original: MemberProfile
    /// The branch's groups, offered in the group field.
    public var groups: [Organisation]
    /// Typed values by field.
    public var texts: [MemberField: TextFieldState] = [:]
    /// Chosen option by field, an index into `options(for:)`.
    public var choices: [MemberField: Int] = [:]
    /// Whether the member is a leading cadre.
    public var isLeadingCadre: Bool
    /// The fields, the focus and the refusal.
    public var model: FormModel<MemberField, LocalizedText>
    /// Where typing goes.
    public var focus: MemberField {
        get { model.focus }
        set { model.focus(on: newValue) }
    }
    /// The refusal from the last save.
    public var problem: LocalizedText? {
        get { model.problem }
        set { model.say(newValue) }
    }
    /// Set while the save runs.
    public var isSaving = false
    /// The store refused the save over another process's change to the same fields, and said so: the
    /// next save writes the form as it is.
    public var overwritesOtherChange = false
    /// The name of a new group being typed (`+` on the group field), until Enter adds it or Esc drops it.
    public var newGroup: TextFieldState?

    /// The fields the form shows, in Tab order.
    public var fields: [MemberField] { model.fields }

    /// The fields of a member's profile, in Tab order.
    static let profileFields: [MemberField] = [
        .name, .memberNumber, .status, .group, .phone, .idNumber, .leadingCadre, .specialCircumstance, .makeUpMethod,
        .flow, .flowOrganisation, .duesCategory, .duesBase, .appliedOn, .candidateOn, .admittedOn, .confirmedOn, .joinedOn,
    ]

    /// A form over a profile; `today` fills the leaving date.
    public init(purpose: Purpose, profile: MemberProfile, groups: [Organisation], today: CivilDate) {
        self.purpose = purpose
        if case .leave = purpose {
            model = FormModel(fields: [.leftOn, .leaveReason, .leaveNote], focus: .leftOn)
        } else {
            model = FormModel(fields: Self.profileFields, focus: .name)
        }
        original = profile
        self.groups = groups
        isLeadingCadre = profile.isLeadingCadre
        func text(_ value: String?, _ maximum: Int = 60) -> TextFieldState { TextFieldState(value ?? "", maximumLength: maximum) }
        texts = [
            .name: text(profile.name, TextRules.maximumNameLength), .memberNumber: text(profile.memberNumber, 32),
            .phone: text(profile.phone, 24), .idNumber: text(profile.idNumber, 18),
            .flowOrganisation: text(profile.flow.organisation), .duesBase: text(profile.duesBase == .zero ? "" : profile.duesBase.yuanText, 12),
            .appliedOn: text(profile.appliedOn?.description, 10), .candidateOn: text(profile.candidateOn?.description, 10),
            .admittedOn: text(profile.admittedOn?.description, 10), .confirmedOn: text(profile.confirmedOn?.description, 10),
            .joinedOn: text(profile.joinedOn.description, 10), .leftOn: text((profile.leftOn ?? today).description, 10),
            .leaveNote: text(profile.leaveNote, 200),
        ]
        choices = [
            .status: MemberStatus.allCases.firstIndex(of: profile.status) ?? 0,
            .group: profile.groupID.flatMap { id in groups.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0,
            .specialCircumstance: profile.specialCircumstance.flatMap { SpecialCircumstance.allCases.firstIndex(of: $0).map { $0 + 1 } } ?? 0,
            .makeUpMethod: profile.makeUpMethod.flatMap { MakeUpMethod.allCases.firstIndex(of: $0).map { $0 + 1 } } ?? 0,
            .flow: ["none", "inflow", "outflow"].firstIndex(of: profile.flow.code) ?? 0,
            .duesCategory: DuesCategory.allCases.firstIndex(of: profile.duesCategory) ?? 0,
            .leaveReason: profile.leaveReason.flatMap { LeaveReason.allCases.firstIndex(of: $0) } ?? 0,
        ]
    }

    /// How a field is edited.
    public func kind(of field: MemberField) -> Kind {
        switch field {
        case .status, .group, .specialCircumstance, .makeUpMethod, .flow, .duesCategory, .leaveReason: .choice(options(for: field))
        case .leadingCadre: .toggle
        default: .text
        }
    }

    /// The options of a choice field; where the field may be empty, the first option is "none".
    public func options(for field: MemberField) -> [LocalizedText] {
        let none = LocalizedText(zh: "无", en: "none")
        return switch field {
        case .status: MemberStatus.allCases.map(\.name)
        case .group: [none] + groups.map { LocalizedText(zh: $0.name, en: $0.name) }
        case .specialCircumstance: [none] + SpecialCircumstance.allCases.map(\.name)
        case .makeUpMethod: [none] + MakeUpMethod.allCases.map(\.name)
        case .flow: [none, LocalizedText(zh: "流入", en: "inflow"), LocalizedText(zh: "流出", en: "outflow")]
        case .duesCategory: DuesCategory.allCases.map(\.name)
        case .leaveReason: LeaveReason.allCases.map(\.name)
        default: []
        }
    }

    /// The profile the form now describes, or the field that cannot be read and why. Validation of the
    /// whole profile (`MemberValidation`) comes after.
    public func profile() -> Result<MemberProfile, MemberFieldProblem> {
        var profile = original
        func typed(_ field: MemberField) -> String? {
            let text = (texts[field]?.text ?? "").trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        func date(_ field: MemberField) -> Result<CivilDate?, MemberFieldProblem> {
            guard let text = typed(field) else { return .success(nil) }
            guard let date = CivilDate(text) else {
                return .failure(MemberFieldProblem(field: field, problem: LocalizedText(
                    zh: "\(field.name.zh):请写成 2026-03-06", en: "\(field.name.en): write it as 2026-03-06")))
            }
            return .success(date)
        }
        func choice(_ field: MemberField) -> Int { choices[field] ?? 0 }
        if case .leave = purpose {
            switch date(.leftOn) {
            case .failure(let problem): return .failure(problem)
            case .success(let left):
                guard let left else {
                    return .failure(MemberFieldProblem(field: .leftOn, problem: LocalizedText(zh: "离开日期:不能为空", en: "left on: must not be empty")))
                }
                profile.leftOn = left
            }
            profile.leaveReason = LeaveReason.allCases[min(choice(.leaveReason), LeaveReason.allCases.count - 1)]
            profile.leaveNote = typed(.leaveNote)
            return .success(profile)
        }
        profile.name = texts[.name]?.text ?? ""
        profile.memberNumber = typed(.memberNumber)
        profile.status = MemberStatus.allCases[min(choice(.status), MemberStatus.allCases.count - 1)]
        profile.groupID = choice(.group) > 0 && choice(.group) <= groups.count ? groups[choice(.group) - 1].id : nil
        profile.phone = typed(.phone)
        profile.idNumber = typed(.idNumber)
        profile.isLeadingCadre = isLeadingCadre
        profile.specialCircumstance = choice(.specialCircumstance) > 0 ? SpecialCircumstance.allCases[choice(.specialCircumstance) - 1] : nil
        profile.makeUpMethod = choice(.makeUpMethod) > 0 ? MakeUpMethod.allCases[choice(.makeUpMethod) - 1] : nil
        let organisation = typed(.flowOrganisation) ?? ""
        profile.flow = switch choice(.flow) {
        case 1: .inflow(from: organisation)
        case 2: .outflow(to: organisation)
        default: .none
        }
        profile.duesCategory = DuesCategory.allCases[min(choice(.duesCategory), DuesCategory.allCases.count - 1)]
        if let base = typed(.duesBase) {
            guard let amount = Fen(yuan: base) else {
                return .failure(MemberFieldProblem(field: .duesBase, problem: LocalizedText(
                    zh: "党费基数:请写金额(元),如 4500.00", en: "dues base: write an amount in yuan, such as 4500.00")))
            }
            profile.duesBase = amount
        } else {
            profile.duesBase = .zero
        }
        for (field, keyPath) in [(MemberField.appliedOn, \MemberProfile.appliedOn), (.candidateOn, \.candidateOn),
                                 (.admittedOn, \.admittedOn), (.confirmedOn, \.confirmedOn)] {
            switch date(field) {
            case .failure(let problem): return .failure(problem)
            case .success(let value): profile[keyPath: keyPath] = value
            }
        }
        switch date(.joinedOn) {
        case .failure(let problem): return .failure(problem)
        case .success(let joined):
            guard let joined else {
                return .failure(MemberFieldProblem(field: .joinedOn, problem: LocalizedText(
                    zh: "加入本支部日期:不能为空", en: "joined branch on: must not be empty")))
            }
            profile.joinedOn = joined
        }
        return .success(profile)
    }

    /// Whether anything differs from the profile as opened.
    public var isModified: Bool {
        if case .leave = purpose { return !(texts[.leaveNote]?.text.isEmpty ?? true) }
        guard case .success(let profile) = profile() else { return true }
        return profile != original
    }
}

/// A member form field that is wrong, and why.
public struct MemberFieldProblem: Error, Sendable, Equatable {
    public var field: MemberField
    public var problem: LocalizedText
}
