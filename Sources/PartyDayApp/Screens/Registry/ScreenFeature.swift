import Foundation
import PartyDayModel
import TerminalUI

/// A screen of the app, whole in its own folder: its state, its actions, its keys, what it loads and
/// how it draws. The app holds one state per registered feature (`ScreenRegistry`), routes keys and
/// actions to it, and carries out what it asks for (`ScreenStep`).
///
/// A feature never edits the app's state or another screen's: it reads the `ScreenContext` it is
/// given and says what should happen next.
public protocol ScreenFeature: Sendable {
    /// Everything the screen remembers.
    associatedtype State: Sendable & Equatable
    /// What can happen to the screen besides keys: mostly the results of its loads.
    associatedtype Action: Sendable

    /// The screen's name, number key and title.
    static var id: ScreenID { get }
    /// The screen's own key bindings; they join the one keymap table, so help and the bottom bar list them.
    static var bindings: [Keymap.Binding] { get }
    /// The state before anything is loaded.
    static func initialState(today: CivilDate) -> State
    /// The scopes of the keys in force on the screen, in lookup order (the app adds the global keys
    /// unless `takesTyping`).
    static func keyScopes(_ state: State) -> [KeyScope]
    /// Whether printable keys type text into the screen now (a search), so global keys are off.
    static func takesTyping(_ state: State) -> Bool
    /// The screen is being shown: reset what opening resets, and load what it shows.
    static func opened(_ state: inout State, _ context: ScreenContext) -> [Effect]
    /// What to read again after the file changed (here or in another process). `context.isShown`
    /// says whether the screen is on screen; a screen not shown may wait until it is opened.
    static func loads(_ state: State, _ context: ScreenContext) -> [Effect]
    /// The secretary chose another branch to work on (`context.branchID`): forget what belonged to the
    /// old one, and say what to read for the new.
    static func workingBranchChanged(_ state: inout State, _ context: ScreenContext) -> [Effect]
    /// The window changed size.
    static func resized(_ state: inout State, _ context: ScreenContext)
    /// A key the global keys did not take.
    static func handle(_ key: Key, _ state: inout State, _ context: ScreenContext) -> ScreenStep
    /// A reply from the store, offered to every screen: take what the screen reads, ignore the rest.
    static func receive(_ reply: StoreReply, _ state: inout State, _ context: ScreenContext) -> ScreenStep
    /// One of the screen's own actions.
    static func reduce(_ action: Action, _ state: inout State, _ context: ScreenContext) -> ScreenStep
    /// Draws the screen into the content area (between the top bar and the status line).
    static func render(_ state: State, _ context: ScreenContext, into grid: inout Grid, rect: Rect)
}

extension ScreenFeature {
    public static func takesTyping(_ state: State) -> Bool { false }
    public static func opened(_ state: inout State, _ context: ScreenContext) -> [Effect] { loads(state, context) }
    public static func workingBranchChanged(_ state: inout State, _ context: ScreenContext) -> [Effect] { [] }
    public static func resized(_ state: inout State, _ context: ScreenContext) {}
    public static func receive(_ reply: StoreReply, _ state: inout State, _ context: ScreenContext) -> ScreenStep { .none }
    public static func reduce(_ action: Action, _ state: inout State, _ context: ScreenContext) -> ScreenStep { .none }

    /// An action of this screen, addressed to it, as the app's action.
    public static func send(_ action: Action) -> PartyDayApp.Action { .screen(ScreenMessage(Self.self, action)) }
}

/// What the app shares with every screen, read-only: the language, today, the branch worked on, the
/// theme catalogue and the window's size.
public struct ScreenContext: Sendable {
    public var language: Language
    public var today: CivilDate
    /// The branch worked on; nil for the secretary's own.
    public var branchID: Int64?
    /// The name of the secretary's own branch, as the top bar shows it.
    public var ownBranchName: String
    /// The theme catalogue the forms offer.
    public var themes: ThemeCatalogue
    public var height: Int
    public var width: Int
    /// The time zone times of day are shown in.
    public var timeZone: TimeZone
    /// Whether the screen this context is given to is the one on screen.
    public var isShown: Bool

    /// The area a screen draws in: the window less the top bar, the status line and the bottom bar.
    /// Reducers lay out from it exactly as the views do.
    public static func contentArea(height: Int, width: Int = 80) -> Rect {
        Rect(row: 1, column: 0, height: height - 3, width: width)
    }
}

/// What a screen's key or action leads to: work for the store, and requests to the app (its delegate
/// actions): a status line, something presented over the screen, a reload of every screen.
public struct ScreenStep: Sendable {
    public var effects: [Effect]
    public var requests: [ScreenRequest]

    public init(_ effects: [Effect] = [], requests: [ScreenRequest] = []) {
        self.effects = effects
        self.requests = requests
    }

    /// Nothing follows.
    public static let none = ScreenStep()

    /// Work to run.
    public static func run(_ effects: Effect...) -> ScreenStep { ScreenStep(effects) }

    /// Work to run.
    public static func run(contentsOf effects: [Effect]) -> ScreenStep { ScreenStep(effects) }

    /// One request to the app.
    public static func request(_ request: ScreenRequest, then effects: [Effect] = []) -> ScreenStep {
        ScreenStep(effects, requests: [request])
    }

    /// A message in the status line.
    public static func status(_ text: LocalizedText, _ kind: StatusMessage.Kind = .info) -> ScreenStep {
        .request(.status(StatusMessage(text, kind)))
    }

    /// A refused write, in the status line.
    public static func failure(_ error: StoreError) -> ScreenStep { .status(error.message, .error) }

    /// A failed read: said in the status line, after what is already said there.
    public static func loadFailed(_ error: StoreError) -> ScreenStep { .request(.loadFailed(error.message)) }
}

/// What a screen asks the app for, since it may not edit the app's state itself.
public enum ScreenRequest: Sendable {
    /// Show a message in the status line.
    case status(StatusMessage)
    /// Present a form, picker or dialog over the screen.
    case present(Presented)
    /// Let the secretary choose the branch worked on.
    case chooseBranch
    /// Work on this branch from now on (a report's Enter on one branch).
    case workOn(branchID: Int64)
    /// Send another screen one of its actions (the way one screen leads to another).
    case send(ScreenMessage)
    /// Show another screen.
    case open(ScreenID)
    /// Say that a read failed. A message already in the status line (the undo that led to the read)
    /// stays in front of it.
    case loadFailed(LocalizedText)
    /// Read again what every screen shows (after a change that may touch them all).
    case reloadAll
}

/// An action addressed to one screen. It can only be made from that screen's own action type, so the
/// app's routing always finds the type it expects.
public struct ScreenMessage: Sendable {
    /// The screen it is for.
    public let screen: ScreenID
    /// The screen's action.
    let payload: any Sendable

    public init<Feature: ScreenFeature>(_ feature: Feature.Type, _ action: Feature.Action) {
        screen = Feature.id
        payload = action
    }

    /// The action, when it is for this feature.
    public func action<Feature: ScreenFeature>(for feature: Feature.Type) -> Feature.Action? {
        screen == Feature.id ? payload as? Feature.Action : nil
    }
}
