import RecoursUI

/// Where frames are written: ECMA-48 sequences written by Recours itself (`AnsiOutput`) or ncurses
/// (`CursesOutput`, for the terminals whose terminfo is not ECMA-48) in the program, a grid in memory in tests
/// (`TestTerminal`). It only carries out a `ScreenDiff`; what to write is decided by the diff.
protocol TerminalOutput: AnyObject {
    /// The frame the next `apply` draws (what the terminal shows once it is written).
    func willPaint(_ frame: ScreenBuffer)
    /// Erases the whole screen to blank cells of the normal style.
    func clear()
    /// Draws the cells of a run from its column; continuation cells are the right halves of the double-width
    /// character before them and are not drawn themselves.
    func put(_ run: ScreenDiff.Run)
    /// Shows the cursor at a cell, or hides it.
    func setCursor(_ cursor: ScreenDiff.Cursor)
    /// Sends what was written to the terminal.
    func flush()
    /// Something else used the terminal (a child program): what the output knew of its state is gone.
    func forgetState()
    /// The terminal is about to be handed over (to the shell, a child program): left in its normal attributes, its
    /// cursor shown.
    func release()
    /// Writes a diff out; an empty one writes nothing at all.
    func apply(_ diff: ScreenDiff)
}

extension TerminalOutput {
    func willPaint(_ frame: ScreenBuffer) {}
    func forgetState() {}
    func release() {}

    /// Writes a diff out; an empty one writes nothing at all.
    func apply(_ diff: ScreenDiff) {
        guard !diff.isEmpty else { return }
        if diff.clearsScreen { clear() }
        for run in diff.runs { put(run) }
        if let cursor = diff.cursor { setCursor(cursor) }
        flush()
    }
}

/// Paints frames on an output, each as its difference from the one before.
final class ScreenPainter {
    let output: TerminalOutput
    private var previous: ScreenBuffer?

    init(output: TerminalOutput) { self.output = output }

    /// Writes what changed since the last frame painted.
    func paint(_ buffer: ScreenBuffer) {
        output.willPaint(buffer)
        output.apply(ScreenDiff(from: previous, to: buffer))
        previous = buffer
    }

    /// The next frame is painted whole, on a cleared screen (after a resize or a child program).
    func invalidate() { previous = nil }
}
