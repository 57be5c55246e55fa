/// Every screen of the app, in top-bar order. Adding a screen is its folder and one line here.
public enum ScreenRegistry {
    public static let features: [any ScreenFeature.Type] = [
        CalendarScreen.self,
        RosterScreen.self,
        ThemesScreen.self,
        MeetingsScreen.self,
        AttendanceScreen.self,
        HistoryScreen.self,
        DuesScreen.self,
        MakeUpsScreen.self,
        FollowUpScreen.self,
        ReportsScreen.self,
    ]

    /// The feature with this id.
    public static func feature(_ id: ScreenID) -> (any ScreenFeature.Type)? {
        features.first { $0.id == id }
    }
}
