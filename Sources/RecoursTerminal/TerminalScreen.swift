import CNcurses
import CTerminalGuard
import Foundation
import RecoursUI

/// The terminal: ncurses sets its modes, reads it and knows its terminfo; what the terminal sends becomes `Key`s
/// (`KeyDecoder`); `ScreenBuffer`s are painted as `ScreenDiff`s by `AnsiOutput` (ECMA-48 written by Recours, the
/// terminal's state kept between frames) or, on a terminal whose terminfo is not ECMA-48 (or with
/// `RECOURS_CURSES_OUTPUT=1`), by `CursesOutput`. It holds no UI logic.
final class TerminalScreen: InputSource {
    private let output: TerminalOutput
    private let painter: ScreenPainter
    private var reader = KeyReader()
    /// Keys are read from a pad: reading from `stdscr` would make ncurses refresh it, over what `AnsiOutput` drew.
    private let input: UnsafeMutablePointer<WINDOW>

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
        input = newpad(1, 1)!
        keypad(input, false)
        wtimeout(input, reader.inputTimeout)
        let environment = ProcessInfo.processInfo.environment
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if environment["RECOURS_CURSES_OUTPUT"] != "1", let strings = Self.ecma48Strings(colors: !noColor) {
            // ncurses's first refresh clears the screen and sends what it has buffered; it draws nothing after.
            refresh()
            output = AnsiOutput(colors: !noColor && has_colors(), strings: strings) { Self.writeToTerminal($0) }
        } else {
            output = CursesOutput(colors: !noColor)
        }
        painter = ScreenPainter(output: output)
        Self.writeToTerminal(Self.bracketedPasteOn)
    }

    /// The cursor strings of the terminal when its terminfo entry moves the cursor and sets colours the ECMA-48 way
    /// (and writing its last column does not scroll), else nil: then ncurses draws.
    static func ecma48Strings(colors: Bool) -> AnsiTerminalStrings? {
        func string(_ name: String) -> String? { recours_tigetstr(name).map { String(cString: $0) } }
        func expanded(_ name: String, _ a: Int, _ b: Int = 0) -> String? {
            guard let cap = recours_tigetstr(name), let result = recours_tparm2(cap, a, b) else { return nil }
            return String(cString: result)
        }
        guard expanded("cup", 0, 0) == "\u{1B}[1;1H", expanded("cup", 23, 79) == "\u{1B}[24;80H" else { return nil }
        if recours_tigetflag("am") == 1, recours_tigetflag("xenl") != 1 { return nil }
        if colors, has_colors() {
            guard expanded("setaf", 1) == "\u{1B}[31m", expanded("setab", 6) == "\u{1B}[46m" else { return nil }
        }
        var strings = AnsiTerminalStrings()
        strings.erasesCharacters = expanded("ech", 5) == "\u{1B}[5X"
        strings.erasesWithBackground = recours_tigetflag("bce") == 1
        if let hide = string("civis"), let show = string("cnorm") {
            strings.hideCursor = Array(hide.utf8)
            strings.showCursor = Array(show.utf8)
        }
        return strings
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
    private static func writeToTerminal(_ sequence: String) { writeToTerminal(Array(sequence.utf8)) }

    /// All of it, whatever signals interrupt the writes.
    private static func writeToTerminal(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0, errno == EINTR || errno == EAGAIN {
                    continue
                } else {
                    return
                }
            }
        }
    }

    var size: (width: Int, height: Int) {
        var y: Int32 = 0
        var x: Int32 = 0
        recours_getmaxyx(recours_stdscr(), &y, &x)
        return (Int(x), Int(y))
    }

    func restore() {
        output.release()
        Self.writeToTerminal(Self.bracketedPasteOff)
        endwin()
        recours_guard_restore()
    }

    /// Leaves curses mode for a child program that needs the terminal ($EDITOR).
    func suspend() {
        output.release()
        Self.writeToTerminal(Self.bracketedPasteOff)
        def_prog_mode()
        endwin()
    }

    func resume() {
        reset_prog_mode()
        painter.invalidate()
        output.forgetState()
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
        wtimeout(input, milliseconds)
        var ch: wint_t = 0
        let status = recours_get_wch(input, &ch)
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
