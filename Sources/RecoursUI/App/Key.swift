/// A key press, as the terminal layer decodes it.
public enum Key: Equatable, Sendable {
    case character(Character)
    case enter, tab, backTab, escape
    case up, down, left, right, home, end, pageUp, pageDown
    case backspace, delete, insert
    case wordLeft, wordRight
    case shiftUp, shiftDown
    /// Ctrl + a letter, lower case ("s" for Ctrl-S).
    case control(Character)
    case function(Int)
    /// Text arriving in one read (a paste): inserted as one undo step.
    case paste(String)
}

/// What the update function receives: keys, and the results of the effects it asked for.
public enum Event: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// Time passes: autosave is due when nothing was typed for a moment.
    case tick(now: Double)
    case saved(Result<String, SaveFailure>)
    case draftsListed([DraftListing])
    case opened(DraftListing)
    case exported(Result<String, ExportFailure>)
    case deleted(Result<String, SaveFailure>)
    case editorFinished(text: String?, error: String?)
    /// SIGTERM, SIGHUP, SIGINT: save and leave, whatever the save gives (the process is asked to end).
    case terminate
    /// SIGTSTP (job control): save, then suspend.
    case suspend
}

/// An error the effects report back, already as a French message.
public struct SaveFailure: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// Why a letter was not exported.
public enum ExportFailure: Error, Equatable, Sendable {
    /// The file is there already: the user is asked before it is replaced.
    case fileExists(path: String)
    /// Writing failed; the message says why, in French.
    case failed(String)
}
