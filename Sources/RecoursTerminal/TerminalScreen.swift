import CNcurses
import CTerminalGuard
import Foundation
import RecoursUI

/// The terminal through ncurses: turns what the terminal sends into `Key`s (`KeyDecoder`) and paints
/// `ScreenBuffer`s (`ScreenDiff` written by `CursesOutput`). It holds no UI logic.
final class TerminalScreen: InputSource {
    private let output: CursesOutput
    private let painter: ScreenPainter
    private var reader = KeyReader()

    /// Bracketed paste on and off (xterm's mode 2004; terminals that lack it ignore it).
    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"

    /// Puts the terminal in the mode a full-screen editor needs; `restore()` undoes it.
    ///
    /// Keypad mode stays off: ncurses then decodes no escape sequence (it would only know those of the terminfo
    /// entry of `$TERM`, and under tmux or screen they are not what arrives: tmux sends `ESC [1~` for Home where
    /// xterm-256color's terminfo says `ESC OH`, so Home and End did nothing) and `KeyDecoder` sees every byte,
    /// whatever the terminal. Without `smkx` the cursor keys come in normal mode (`ESC [A`) and the keypad sends
    /// digits; the decoder knows the application-mode forms too. `KEY_RESIZE` still comes from ncurses on
    /// SIGWINCH: it does not depend on keypad mode (the end-to-end resize test checks it in tmux).
    init() {
        MemoryTuning.keepFreedMemoryForReuse()
        Self.setUpLocale()
        recours_guard_save(STDIN_FILENO)
        recours_guard_install()
        initscr()
        raw()
        noecho()
        nonl()
        keypad(recours_stdscr(), false)
        wtimeout(recours_stdscr(), reader.inputTimeout)
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        output = CursesOutput(colors: !noColor)
        painter = ScreenPainter(output: output)
        Self.writeToTerminal(Self.bracketedPasteOn)
    }

    /// With LANG unset (CI, ssh) the C locale is ASCII and ncurses would split `é` into bytes.
    static func setUpLocale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: recours_codeset()).uppercased()
        if !(codeset.contains("UTF-8") || codeset.contains("UTF8")) {
            if setlocale(LC_ALL, "C.UTF-8") == nil { setlocale(LC_ALL, "en_US.UTF-8") }
        }
    }

    /// A mode switch that ncurses does not know, written straight to the terminal.
    private static func writeToTerminal(_ sequence: String) {
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    var size: (width: Int, height: Int) {
        var y: Int32 = 0
        var x: Int32 = 0
        recours_getmaxyx(recours_stdscr(), &y, &x)
        return (Int(x), Int(y))
    }

    func restore() {
        Self.writeToTerminal(Self.bracketedPasteOff)
        endwin()
        recours_guard_restore()
    }

    /// Leaves curses mode for a child program that needs the terminal ($EDITOR).
    func suspend() {
        Self.writeToTerminal(Self.bracketedPasteOff)
        def_prog_mode()
        endwin()
    }

    func resume() {
        reset_prog_mode()
        painter.invalidate()
        output.forgetCursor()
        reader.reset()
        Self.writeToTerminal(Self.bracketedPasteOn)
        clearok(recours_stdscr(), true)
        refresh()
    }

    // MARK: Output

    /// Paints the cells that changed since the last frame, then places the cursor; an unchanged frame writes
    /// nothing.
    func paint(_ buffer: ScreenBuffer) {
        painter.paint(buffer)
    }

    /// Forces a full repaint at the next frame (after a resize or a child program).
    func invalidate() { painter.invalidate() }

    // MARK: Input

    enum Input {
        case key(Key)
        case resize(Int, Int)
        case timeout
    }

    /// Waits up to the input timeout for a key (`KeyReader` decides how much to read).
    func read() -> Input {
        switch reader.read(from: self) {
        case .key(let key): return .key(key)
        case .timeout: return .timeout
        case .resize:
            painter.invalidate()
            let s = size
            return .resize(s.width, s.height)
        }
    }

    /// One unit from ncurses, waiting at most `milliseconds`.
    func next(waitingUpTo milliseconds: Int32) -> InputUnit? {
        wtimeout(recours_stdscr(), milliseconds)
        var ch: wint_t = 0
        let status = recours_get_wch(&ch)
        if status == ERR { return nil }
        if status == recours_key_code_yes() {
            let code = Int32(ch)
            if code == recours_key_resize() { return .resize }
            return .cursesKey(keyname(code).map { String(cString: $0) } ?? "")
        }
        // Not a scalar (a lone surrogate): nothing, but not "no input" either.
        return Unicode.Scalar(UInt32(ch)).map { .scalar($0) } ?? .cursesKey("")
    }
}
