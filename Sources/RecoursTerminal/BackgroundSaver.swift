import CNcurses
import Foundation
import RecoursUI

/// Saves drafts on a background queue, one after the other, so that typing never waits for a save: a 1 MB draft
/// takes some 15 ms to encode, check and write with `fsync`, and the autosave comes every half second of typing.
/// The main loop collects the results (`.saved` events) at each turn; before quitting it waits for them all. The
/// saving thread runs at a lower priority (nice 10) than the main thread.
final class BackgroundSaver: @unchecked Sendable {
    private let runner: EffectRunner
    /// Serial: the saves reach the disk in the order they were asked for.
    private let queue = DispatchQueue(label: "recours.save")
    private let lock = NSLock()
    private var finished: [Event] = []

    init(runner: EffectRunner) {
        self.runner = runner
    }

    func submit(_ effect: Effect) {
        let runner = self.runner
        queue.async {
            // Behind the main thread: a key typed during a save is answered first (on two processors, the save,
            // the program and the terminal compete).
            _ = recours_lower_thread_priority(10)
            guard let event = runner.run(effect, screen: nil) else { return }
            self.lock.lock()
            self.finished.append(event)
            self.lock.unlock()
        }
    }

    /// The results of the saves done since the last call.
    func takeFinished() -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        let events = finished
        finished = []
        return events
    }

    /// Waits for the saves in flight, then returns every result not taken yet.
    func finishAll() -> [Event] {
        queue.sync {}
        return takeFinished()
    }
}
