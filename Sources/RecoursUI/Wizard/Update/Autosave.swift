/// Whether the draft on disk holds everything typed.
public enum SaveStatus: Equatable, Sendable {
    case saved
    case modified
    case failed(String)
}

/// Seconds without typing before an automatic save.
let autosaveDelay = 0.5
/// Seconds before retrying a save that failed.
let saveRetryDelay = 2.0

/// When to save: a moment after the last change, again a little later after a failure. It only decides; the
/// wizard makes the save effect (it knows the dossier and where the user is).
public struct Autosave: Equatable, Sendable {
    public var status: SaveStatus
    /// When the last unsaved change happened (seconds, from `.tick`).
    public var pendingSince: Double?
    public var lastTick: Double = 0
    /// Saves asked for whose result (`.saved`) has not come back yet: the terminal saves in the background, so a
    /// tick may come while one is under way (it must not count as "modified, nothing planned").
    public var savesInFlight = 0
    public var retryAfter: Double?

    public init(status: SaveStatus) { self.status = status }

    /// Something changed: a save is due a moment after the last change.
    mutating func changed() {
        status = .modified
        if pendingSince == nil { pendingSince = lastTick }
    }

    /// Time passed: true when a save is due now.
    mutating func tick(now: Double) -> Bool {
        lastTick = now
        if pendingSince == nil, status != .saved, retryAfter == nil, savesInFlight == 0 { pendingSince = now }
        guard let since = pendingSince, now - since >= autosaveDelay else { return false }
        if let retry = retryAfter, now < retry { return false }
        return true
    }

    /// A save is being asked for now (due, or forced): it counts as under way until its result comes back.
    mutating func saving() {
        pendingSince = nil
        retryAfter = nil
        savesInFlight += 1
    }

    /// The result of a save came back.
    mutating func finished(_ result: Result<String, SaveFailure>) {
        savesInFlight = max(0, savesInFlight - 1)
        switch result {
        case .success:
            if pendingSince == nil { status = .saved }
        case .failure(let failure):
            status = .failed(failure.message)
            retryAfter = lastTick + saveRetryDelay
            if pendingSince == nil { pendingSince = lastTick }
        }
    }

    /// Nothing waits to be written and no save is under way.
    var isSettled: Bool { status == .saved && savesInFlight == 0 }
}
