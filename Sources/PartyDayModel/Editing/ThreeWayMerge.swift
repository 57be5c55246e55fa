/// One field of a record, as a save beside another process's change compares and copies it.
public struct MergeField<Record>: @unchecked Sendable {
    /// The field's name, for the message.
    public let name: LocalizedText
    let differs: (Record, Record) -> Bool
    let copy: (inout Record, Record) -> Void

    /// A field read and written through a key path.
    public init<Value: Equatable>(_ name: LocalizedText, _ path: WritableKeyPath<Record, Value>) {
        self.name = name
        differs = { $0[keyPath: path] != $1[keyPath: path] }
        copy = { $0[keyPath: path] = $1[keyPath: path] }
    }
}

/// Saving a form over a record another process changed since the form opened: the form's own
/// changes are laid over the record as it is now, so neither side's change is lost; where both changed
/// the same field differently, nothing is saved and the caller is told which fields.
public enum ThreeWayMerge {
    /// What a merge found.
    public struct Outcome<Record> {
        /// The record to save: the current one with the form's changes applied.
        public var merged: Record
        /// Fields the other process changed, now kept.
        public var theirs: [LocalizedText]
        /// Fields both changed to different values: the save must not go ahead.
        public var conflicts: [LocalizedText]
    }

    /// Merges `mine` (the form, opened on `base`) into `current` (the record now).
    public static func merge<Record>(base: Record, mine: Record, current: Record, fields: [MergeField<Record>]) -> Outcome<Record> {
        var merged = current
        var theirs: [LocalizedText] = []
        var conflicts: [LocalizedText] = []
        for field in fields {
            let iChanged = field.differs(mine, base)
            let theyChanged = field.differs(current, base)
            if theyChanged { theirs.append(field.name) }
            if iChanged {
                if theyChanged, field.differs(mine, current) { conflicts.append(field.name) }
                field.copy(&merged, mine)
            }
        }
        return Outcome(merged: merged, theirs: theirs, conflicts: conflicts)
    }
}

extension ActivityDay {
    /// The fields a save compares with another process's change.
    public static var mergeFields: [MergeField<ActivityDay>] {
        [
            MergeField(LocalizedText(zh: "日期", en: "date"), \.date),
            MergeField(LocalizedText(zh: "开始时间", en: "start time"), \.startTime),
            MergeField(ActivityDayValidation.endTimeField, \.endTime),
            MergeField(ActivityDayValidation.placeField, \.place),
            MergeField(LocalizedText(zh: "会议", en: "meetings"), \.meetingKinds),
            MergeField(ActivityDayValidation.hostField, \.host),
            MergeField(ActivityDayValidation.recorderField, \.recorder),
            MergeField(ActivityDayValidation.summaryField, \.summary),
            MergeField(ActivityDayValidation.outcomeField, \.outcome),
            MergeField(ActivityDayValidation.statusField, \.status),
            MergeField(ActivityDayValidation.cancelReasonField, \.cancelReason),
            MergeField(LocalizedText(zh: "主题", en: "themes"), \.themeIDs),
            MergeField(LocalizedText(zh: "手动调整", en: "moved by hand"), \.isMovedByHand),
        ]
    }
}

extension MemberProfile {
    /// The fields a save compares with another process's change.
    public static var mergeFields: [MergeField<MemberProfile>] {
        [
            MergeField(MemberField.branch.name, \.branchID), MergeField(MemberField.group.name, \.groupID),
            MergeField(MemberField.name.name, \.name), MergeField(MemberField.memberNumber.name, \.memberNumber),
            MergeField(MemberField.status.name, \.status), MergeField(MemberField.phone.name, \.phone),
            MergeField(MemberField.idNumber.name, \.idNumber), MergeField(MemberField.leadingCadre.name, \.isLeadingCadre),
            MergeField(MemberField.specialCircumstance.name, \.specialCircumstance), MergeField(MemberField.makeUpMethod.name, \.makeUpMethod),
            MergeField(MemberField.flow.name, \.flow), MergeField(MemberField.duesCategory.name, \.duesCategory),
            MergeField(MemberField.duesBase.name, \.duesBase), MergeField(MemberField.appliedOn.name, \.appliedOn),
            MergeField(MemberField.candidateOn.name, \.candidateOn), MergeField(MemberField.admittedOn.name, \.admittedOn),
            MergeField(MemberField.confirmedOn.name, \.confirmedOn), MergeField(MemberField.joinedOn.name, \.joinedOn),
            MergeField(MemberField.leftOn.name, \.leftOn), MergeField(MemberField.leaveReason.name, \.leaveReason),
            MergeField(MemberField.leaveNote.name, \.leaveNote),
        ]
    }
}
