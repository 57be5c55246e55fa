import PartyDayModel
import TerminalUI

/// How the app drives its registered screens: the same few steps for every feature, opened from the
/// registry's existential types.
extension AppState {
    /// What the app shares with a screen.
    func context(for screen: ScreenID) -> ScreenContext {
        ScreenContext(
            language: language, today: today, branchID: branchID, ownBranchName: branchName, themes: themes,
            height: height, width: width, timeZone: timeZone, isShown: screen == self.screen)
    }

    /// The effects that load what every screen shows (those not on screen may wait until opened).
    public var loadEffects: [Effect] {
        ScreenRegistry.features.flatMap { loads(of: $0) }
    }

    private func loads<Feature: ScreenFeature>(of feature: Feature.Type) -> [Effect] {
        Feature.loads(screens[Feature.self], context(for: Feature.id))
    }

    /// The keys in force on the screen shown: its own scopes, and the global keys unless it takes typing.
    var screenKeyScopes: [KeyScope] {
        guard let feature = ScreenRegistry.feature(screen) else { return [.global] }
        return keyScopes(of: feature)
    }

    private func keyScopes<Feature: ScreenFeature>(of feature: Feature.Type) -> [KeyScope] {
        let state = screens[Feature.self]
        return Feature.keyScopes(state) + (Feature.takesTyping(state) ? [] : [.global])
    }

    /// Whether the screen shown takes printable keys as text now.
    var screenTakesTyping: Bool {
        guard let feature = ScreenRegistry.feature(screen) else { return false }
        return takesTyping(feature)
    }

    private func takesTyping<Feature: ScreenFeature>(_ feature: Feature.Type) -> Bool {
        Feature.takesTyping(screens[Feature.self])
    }

    /// What each screen not shown would read if its key were pressed now, to be read ahead in the
    /// background: the runner keeps the answers while the file is unchanged, so the key draws its
    /// screen without waiting for the file. Nothing while a form, dialog or first-run setup is open.
    public var readAheadEffects: [Effect] {
        guard top == nil, setup == nil else { return [] }
        var effects: [Effect] = []
        for id in ScreenID.available where id != screen {
            var opened = self
            for effect in opened.open(id) where effect.readsFileOnly && !effects.contains(.readAhead(effect)) {
                effects.append(.readAhead(effect))
            }
        }
        return effects
    }

    /// Shows a screen and loads it.
    mutating func open(_ id: ScreenID) -> [Effect] {
        guard let feature = ScreenRegistry.feature(id) else { return [] }
        screen = id
        return open(feature)
    }

    private mutating func open<Feature: ScreenFeature>(_ feature: Feature.Type) -> [Effect] {
        let context = context(for: Feature.id)
        return Feature.opened(&screens[Feature.self], context)
    }

    /// Sends a key to the screen shown.
    mutating func handleOnScreen(_ key: Key) -> [Effect] {
        guard let feature = ScreenRegistry.feature(screen) else { return [] }
        return handle(key, on: feature)
    }

    private mutating func handle<Feature: ScreenFeature>(_ key: Key, on feature: Feature.Type) -> [Effect] {
        let context = context(for: Feature.id)
        let step = Feature.handle(key, &screens[Feature.self], context)
        return carryOut(step)
    }

    /// Delivers a screen's own action.
    mutating func deliver(_ message: ScreenMessage) -> [Effect] {
        guard let feature = ScreenRegistry.feature(message.screen) else { return [] }
        return deliver(message, to: feature)
    }

    private mutating func deliver<Feature: ScreenFeature>(_ message: ScreenMessage, to feature: Feature.Type) -> [Effect] {
        guard let action = message.action(for: Feature.self) else { return [] }
        let context = context(for: Feature.id)
        let step = Feature.reduce(action, &screens[Feature.self], context)
        return carryOut(step)
    }

    /// Offers a store reply to every screen.
    mutating func deliver(_ reply: StoreReply) -> [Effect] {
        ScreenRegistry.features.flatMap { deliver(reply, to: $0) }
    }

    private mutating func deliver<Feature: ScreenFeature>(_ reply: StoreReply, to feature: Feature.Type) -> [Effect] {
        let context = context(for: Feature.id)
        let step = Feature.receive(reply, &screens[Feature.self], context)
        return carryOut(step)
    }

    /// The secretary works on another branch now: every screen forgets the old one and loads the new.
    mutating func workOn(branchID: Int64) -> [Effect] {
        self.branchID = branchID
        return ScreenRegistry.features.flatMap { forgetBranch($0) }
    }

    private mutating func forgetBranch<Feature: ScreenFeature>(_ feature: Feature.Type) -> [Effect] {
        let context = context(for: Feature.id)
        return Feature.workingBranchChanged(&screens[Feature.self], context)
    }

    /// The window changed size: each screen settles what depends on it.
    mutating func resizeScreens() {
        for feature in ScreenRegistry.features { resize(feature) }
    }

    private mutating func resize<Feature: ScreenFeature>(_ feature: Feature.Type) {
        let context = context(for: Feature.id)
        Feature.resized(&screens[Feature.self], context)
    }

    /// Draws the screen shown.
    func renderScreen(into grid: inout Grid, rect: Rect) {
        guard let feature = ScreenRegistry.feature(screen) else { return }
        render(feature, into: &grid, rect: rect)
    }

    private func render<Feature: ScreenFeature>(_ feature: Feature.Type, into grid: inout Grid, rect: Rect) {
        Feature.render(screens[Feature.self], context(for: Feature.id), into: &grid, rect: rect)
    }

    private mutating func sayLoadFailed(_ problem: LocalizedText) {
        let text = LocalizedText(zh: "读取失败:\(problem.zh)", en: "Could not read: \(problem.en)")
        guard let current = status, current.kind != .info else {
            status = StatusMessage(text, .error)
            return
        }
        guard !current.text.zh.contains(problem.zh) else { return }
        status = StatusMessage(LocalizedText(zh: current.text.zh + " · " + text.zh, en: current.text.en + " · " + text.en), .error)
    }

    /// Carries out what a screen asked for; returns the work to run.
    mutating func carryOut(_ step: ScreenStep) -> [Effect] {
        var effects = step.effects
        for request in step.requests {
            switch request {
            case .status(let message): status = message
            case .present(let item): presented.append(item)
            case .chooseBranch: effects += BranchPickerReducer.open(in: &self)
            case .workOn(let id): effects += id == branchID ? [] : workOn(branchID: id)
            case .reloadAll: effects += loadEffects
            case .send(let message): effects += deliver(message)
            case .open(let id): effects += open(id)
            case .loadFailed(let problem): sayLoadFailed(problem)
            }
        }
        return effects
    }
}
