/// How a branch's make-ups are set when a day is closed: the way for members with no usual way of
/// their own, and how many days they have to make the study up.
public struct MakeUpPolicy: Sendable, Hashable, Codable {
    /// The way for a member whose record names none (网络教学 unless the branch chose another).
    public var defaultMethod: MakeUpMethod
    /// Days from the activity day to the make-up's due date.
    public var dueDays: Int

    /// The days a branch may allow: one day to half a year.
    public static let dueDaysRange = 1...180
    /// What a branch that has set nothing gets.
    public static let standard = MakeUpPolicy(defaultMethod: .online, dueDays: 30)

    public init(defaultMethod: MakeUpMethod, dueDays: Int) {
        self.defaultMethod = defaultMethod
        self.dueDays = dueDays
    }

    /// The way a member makes a day up: the member's usual way (a special circumstance's 送学上门,
    /// 网络教学 or 流动党组织), else the branch's default.
    public func method(for profile: MemberProfile) -> MakeUpMethod {
        profile.makeUpMethod ?? defaultMethod
    }

    /// The due date of a make-up of a day held on `date`.
    public func dueDate(after date: CivilDate) -> CivilDate {
        date.adding(days: dueDays)
    }
}
