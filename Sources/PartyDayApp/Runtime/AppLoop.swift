import TerminalUI

/// The loop: read a key (or time out for the idle tick), reduce, run the effects, draw the difference.
public final class AppLoop {
    /// The state now.
    public private(set) var state: AppState
    private let backend: any TerminalBackend
    private let runner: any EffectRunner
    /// Seconds between idle ticks, which check whether another process changed the file.
    private let tickInterval: Double

    public init(state: AppState, backend: any TerminalBackend, runner: any EffectRunner, tickInterval: Double = 1.0) {
        self.state = state
        self.backend = backend
        self.runner = runner
        self.tickInterval = tickInterval
    }

    /// Runs until the user quits or a quit signal arrives; returns the final state.
    @discardableResult
    public func run(initialEffects: [Effect] = []) -> AppState {
        let size = backend.size
        state.height = size.height
        state.width = size.width
        // The initial effects (loading the screen's data) take milliseconds: run them before the first
        // frame, so the terminal draws one full screen rather than an empty one and then another.
        for effect in initialEffects {
            if let next = runner.run(effect) { dispatch(next) }
        }
        present()
        while !state.shouldQuit, !backend.quitRequested {
            let key = backend.nextKey(timeout: tickInterval)
            if backend.quitRequested { break }
            dispatch(key.map(Action.key) ?? .tick)
            present()
        }
        return state
    }

    /// Reduces an action and everything its effects lead to.
    public func dispatch(_ action: Action) {
        perform(Reducer.reduce(&state, action))
    }

    private func perform(_ effects: [Effect]) {
        // Show the state the action left (a "working…" line) before slow work starts; fast work is drawn
        // once, with its result, so changing month never paints an empty month first.
        if effects.contains(where: \.showsProgressFirst) { present() }
        for effect in effects {
            if let next = runner.run(effect) {
                dispatch(next)
            }
        }
    }

    private func present() {
        backend.present(Renderer.render(state))
    }
}
