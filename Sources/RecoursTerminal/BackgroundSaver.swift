import CNcurses
import Foundation
import RecoursUI

/// Saves drafts on a background thread, one after the other, so that typing never waits for a save: a 1 MB draft
/// takes some 15 ms to encode and write with `fsync`, and the autosave comes every half second of typing.
/// The main loop collects the results (`.saved` events) at each turn; before quitting it waits for them all.
///
/// The thread is its own (not one of Dispatch's shared workers) and runs at nice 10, below the main thread: on two
/// processors the save, the program and the terminal compete, and a key typed during a save is answered first.
final class BackgroundSaver: @unchecked Sendable {
    private let runner: EffectRunner
    private let condition = NSCondition()
    /// Saves asked for and not started yet, in order: they reach the disk in the order they were asked for.
    private var pending: [Effect] = []
    private var saving = false
    private var finished: [Event] = []
    private var started = false

    init(runner: EffectRunner) {
        self.runner = runner
    }

    func submit(_ effect: Effect) {
        condition.lock()
        pending.append(effect)
        if !started {
            started = true
            let thread = Thread { [self] in work() }
            thread.name = "recours.save"
            thread.start()
        }
        condition.signal()
        condition.unlock()
    }

    private func work() {
        _ = recours_set_thread_nice(10)
        condition.lock()
        while true {
            while pending.isEmpty { condition.wait() }
            let effect = pending.removeFirst()
            saving = true
            condition.unlock()
            let event = runner.run(effect, screen: nil)
            condition.lock()
            saving = false
            if let event { finished.append(event) }
            condition.broadcast()
        }
    }

    /// The results of the saves done since the last call.
    func takeFinished() -> [Event] {
        condition.lock()
        defer { condition.unlock() }
        let events = finished
        finished = []
        return events
    }

    /// Waits for the saves in flight, then returns every result not taken yet.
    func finishAll() -> [Event] {
        condition.lock()
        defer { condition.unlock() }
        while !pending.isEmpty || saving { condition.wait() }
        let events = finished
        finished = []
        return events
    }
}
