import CNcurses
import CTerminalGuard
import Foundation
import RecoursUI

/// The terminal through ncurses: turns what the terminal sends into `Key`s (`KeyDecoder`) and paints
/// `ScreenBuffer`s (`ScreenDiff` written by `CursesOutput`). It holds no UI logic.
final class TerminalScreen {
    private let output: CursesOutput
    private let painter: ScreenPainter
    private var decoder = KeyDecoder()
    /// A resize noticed while reading keys, reported once they are given.
    private var pendingResize = false

    /// How long `read()` waits for a key, in milliseconds.
    private static let inputTimeout: Int32 = 100
    /// How long the rest of an escape sequence (or of a bracketed paste) is waited for once its first bytes are
    /// read, in milliseconds: a lone ESC is the Escape key after that (ncurses' ESCDELAY did this before).
    private static let sequenceDelay: Int32 = 25

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
        wtimeout(recours_stdscr(), Self.inputTimeout)
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
        decoder = KeyDecoder()
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

    /// Waits up to the input timeout for a key. Everything already waiting is read before deciding: printable
    /// characters together are one paste (one undo step and one redraw for a pasted text), a lone ESC is the
    /// Escape key only when nothing follows it.
    func read() -> Input {
        if let key = decoder.next() { return .key(key) }
        if pendingResize { return resized() }
        wtimeout(recours_stdscr(), Self.inputTimeout)
        switch nextUnit() {
        case .nothing:
            // Nothing for a whole timeout: a bracketed paste whose end marker never came is given as it is.
            decoder.flush(endingPaste: true)
            return decoder.next().map { .key($0) } ?? .timeout
        case .resize:
            return resized()
        case .fed:
            break
        }
        wtimeout(recours_stdscr(), 0)
        defer { wtimeout(recours_stdscr(), Self.inputTimeout) }
        reading: while !decoder.hasKeys {
            switch nextUnit() {
            case .fed:
                continue
            case .resize:
                pendingResize = true
                decoder.flush()
                break reading
            case .nothing:
                if decoder.isInsideSequence || decoder.isInsidePaste {
                    // The rest may come in a later read (a slow link, a long paste): a moment's grace.
                    wtimeout(recours_stdscr(), Self.sequenceDelay)
                    let unit = nextUnit()
                    wtimeout(recours_stdscr(), 0)
                    if unit == .fed { continue }
                    if unit == .resize { pendingResize = true }
                }
                decoder.flush()
                break reading
            }
        }
        if let key = decoder.next() { return .key(key) }
        if pendingResize { return resized() }
        return .timeout
    }

    private enum Unit {
        case nothing, fed, resize
    }

    /// Reads one unit from ncurses into the decoder.
    private func nextUnit() -> Unit {
        var ch: wint_t = 0
        let status = recours_get_wch(&ch)
        if status == ERR { return .nothing }
        if status == recours_key_code_yes() {
            let code = Int32(ch)
            if code == recours_key_resize() { return .resize }
            if let name = keyname(code) { decoder.feed(cursesKeyName: String(cString: name)) }
            return .fed
        }
        if let scalar = Unicode.Scalar(UInt32(ch)) { decoder.feed(scalar) }
        return .fed
    }

    private func resized() -> Input {
        pendingResize = false
        painter.invalidate()
        let s = size
        return .resize(s.width, s.height)
    }
}
