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
        // A save interrupted by a crash or a kill leaves a temporary file: every start cleans them up
        // (the drafts folder, and the opened draft's own ones when it lies elsewhere).
        AtomicFile.removeLeftovers(in: env.draftsDirectory)
        if case .open(let url, _) = start { AtomicFile.removeLeftovers(of: url) }
        let screen = TerminalScreen()
        let runner = EffectRunner(env: env)
        let saver = BackgroundSaver(runner: runner)
        let size = screen.size
        var state: AppState
        var pending: [Effect]
        switch start {
        case .home:
            (state, pending) = AppState.home(width: size.width, height: size.height)
        case .newDossier:
            (state, pending) = AppState.newDossier(env: env, width: size.width, height: size.height)
        case .open(let url, let dossier):
            (state, pending) = AppState.wizard(
                dossier: dossier, url: url, isNew: false, env: env, width: size.width, height: size.height)
        }
        let clock = ContinuousClock()
        let started = clock.now
        func now() -> Double {
            let d = clock.now - started
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }

        /// The result of the last save, to say on the way out that the last changes were not saved.
        var lastSave: Result<String, SaveFailure>?

        /// Runs effects, feeding their results back, until none is left. Returns true to quit.
        /// Saves go to the background (`BackgroundSaver`), except on the way out (`.quit`), before a suspension
        /// (`.suspend`) or when asked: then the saves in flight are finished first, and this one is made here, its
        /// result known before going on.
        func drain(_ effects: [Effect], synchronously: Bool = false) -> Bool {
            let inBackground = !synchronously && !effects.contains(.quit) && !effects.contains(.suspend)
            var queue: [Effect] = []
            if !inBackground {
                for event in saver.finishAll() {
                    if case .saved(let result) = event { lastSave = result }
                    queue += state.handle(event, env: env)
                }
            }
            queue += effects
            var quit = false
            while !queue.isEmpty {
                let effect = queue.removeFirst()
                if effect == .quit {
                    quit = true
                    continue
                }
                if effect == .suspend {
                    // SIGTSTP (job control): give the terminal back as it was, stop; on SIGCONT (`fg`), take the
                    // terminal again and repaint everything.
                    screen.suspend()
                    recours_guard_restore()
                    recours_guard_stop()
                    screen.resume()
                    continue
                }
                if inBackground, case .save = effect {
                    saver.submit(effect)
                    continue
                }
                if let event = runner.run(effect, screen: screen) {
                    if case .saved(let result) = event { lastSave = result }
                    queue += state.handle(event, env: env)
                }
            }
            return quit
        }

        // The first effects (a new dossier's first save, the list of drafts) before the first screen, as it says.
        var quit = drain(pending, synchronously: true)
        var status: Int32 = 0
        while !quit {
            // The saves finished in the background since the last turn.
            for event in saver.takeFinished() {
                if case .saved(let result) = event { lastSave = result }
                if drain(state.handle(event, env: env)) { quit = true }
            }
            if quit { break }
            screen.paint(render(state, env: env))
            let signal = recours_guard_take_signal()
            if signal != 0 {
                // Saved first, then the conventional status of a process ended by that signal.
                quit = drain(state.handle(.terminate, env: env))
                status = 128 + signal
                break
            }
            if recours_guard_take_suspend() != 0 {
                quit = drain(state.handle(.suspend, env: env))
                continue
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
        for event in saver.finishAll() {
            if case .saved(let result) = event { lastSave = result }
        }
        screen.restore()
        if case .failure(let failure)? = lastSave {
            FileHandle.standardError.write(
                Data((Texts.text("status.lastSaveFailed", failure.message) + "\n").utf8))
        }
        return status
    }
}
