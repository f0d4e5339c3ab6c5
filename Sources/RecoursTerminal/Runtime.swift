import CTerminalGuard
import Foundation
import RecoursCore
import RecoursUI

/// The main loop: paint the state, read a key (or time out), update, run the effects.
public enum Runtime {
    /// How the program starts.
    public enum Start {
        case home
        case newDossier
        case open(URL, Dossier)
    }

    /// Runs the wizard until the user quits; returns the exit status.
    public static func run(_ start: Start, env: AppEnvironment) -> Int32 {
        let screen = TerminalScreen()
        let runner = EffectRunner(env: env)
        let size = screen.size
        var state: AppState
        var pending: [Effect]
        switch start {
        case .home:
            (state, pending) = AppState.home(width: size.width, height: size.height)
        case .newDossier:
            let dossier = Dossier()
            let url = DraftStore(directory: env.draftsDirectory).fileURL(for: dossier)
            (state, pending) = AppState.wizard(dossier: dossier, url: url, isNew: true, env: env, width: size.width, height: size.height)
        case .open(let url, let dossier):
            (state, pending) = AppState.wizard(dossier: dossier, url: url, isNew: false, env: env, width: size.width, height: size.height)
        }
        let clock = ContinuousClock()
        let started = clock.now
        func now() -> Double {
            let d = clock.now - started
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }

        /// Runs effects, feeding their results back, until none is left. Returns true to quit.
        func drain(_ effects: [Effect]) -> Bool {
            var queue = effects
            var quit = false
            while !queue.isEmpty {
                let effect = queue.removeFirst()
                if effect == .quit {
                    quit = true
                    continue
                }
                if let event = runner.run(effect, screen: screen) {
                    queue += state.handle(event, env: env)
                }
            }
            return quit
        }

        var quit = drain(pending)
        var status: Int32 = 0
        while !quit {
            screen.paint(render(state, env: env))
            let signal = recours_guard_take_signal()
            if signal != 0 {
                // Saved first, then the conventional status of a process ended by that signal.
                quit = drain(state.handle(.terminate, env: env))
                status = 128 + signal
                break
            }
            switch screen.read() {
            case .key(let key):
                quit = drain(state.handle(.key(key), env: env))
            case .resize(let w, let h):
                quit = drain(state.handle(.resize(width: w, height: h), env: env))
            case .timeout:
                quit = drain(state.handle(.tick(now: now()), env: env))
            }
            if !quit { quit = drain(state.handle(.tick(now: now()), env: env)) }
        }
        screen.restore()
        return status
    }
}
