import PartyDayModel

/// One state per registered screen, kept by the app and read through each feature's type. A screen's
/// folder gives it a typed name (`AppState.calendar`).
public struct ScreenStates: Sendable {
    private var values: [ScreenID: any Sendable] = [:]
    private let today: CivilDate

    /// Every registered screen at its initial state.
    init(today: CivilDate) {
        self.today = today
        for feature in ScreenRegistry.features { store(feature) }
    }

    private mutating func store<Feature: ScreenFeature>(_ feature: Feature.Type) {
        values[Feature.id] = Feature.initialState(today: today)
    }

    /// A screen's state.
    public subscript<Feature: ScreenFeature>(_ feature: Feature.Type) -> Feature.State {
        get { values[Feature.id] as? Feature.State ?? Feature.initialState(today: today) }
        set { values[Feature.id] = newValue }
    }
}
