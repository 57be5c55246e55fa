import PartyDayModel

/// What a county's reports have read of a year before they work out the standings, which then do not
/// read it again: the year's payments, and the make-ups of its days from January through the day
/// reported on.
struct YearsRecords {
    /// The year's payments.
    var payments: YearsPayments
    /// The make-ups of the days in `makeUpDays`, by branch.
    var makeUps: [Int64: [MakeUp]]
    /// The days whose make-ups `makeUps` holds.
    var makeUpDays: ClosedRange<CivilDate>?
}
