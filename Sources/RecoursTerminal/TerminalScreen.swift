import CNcurses
import CTerminalGuard
import Foundation
import RecoursUI

/// The terminal through ncurses: turns key presses into `Key`s and paints `ScreenBuffer`s.
/// It holds no UI logic.
final class TerminalScreen {
    private var previous: ScreenBuffer?
    private let colors: Bool
    private var cursorVisible = -1

    /// Puts the terminal in the mode a full-screen editor needs; `restore()` undoes it.
    init() {
        MemoryTuning.keepFreedMemoryForReuse()
        Self.setUpLocale()
        recours_guard_save(STDIN_FILENO)
        recours_guard_install()
        initscr()
        raw()
        noecho()
        nonl()
        keypad(recours_stdscr(), true)
        set_escdelay(25)
        wtimeout(recours_stdscr(), 100)
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if !noColor, has_colors() {
            start_color()
            use_default_colors()
            colors = true
            Self.definePairs()
        } else {
            colors = false
        }
    }

    /// With LANG unset (CI, ssh) the C locale is ASCII and ncurses would split `é` into bytes.
    static func setUpLocale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: recours_codeset()).uppercased()
        if !(codeset.contains("UTF-8") || codeset.contains("UTF8")) {
            if setlocale(LC_ALL, "C.UTF-8") == nil { setlocale(LC_ALL, "en_US.UTF-8") }
        }
    }

    var size: (width: Int, height: Int) {
        var y: Int32 = 0
        var x: Int32 = 0
        recours_getmaxyx(recours_stdscr(), &y, &x)
        return (Int(x), Int(y))
    }

    func restore() {
        endwin()
        recours_guard_restore()
    }

    /// Leaves curses mode for a child program that needs the terminal ($EDITOR).
    func suspend() {
        def_prog_mode()
        endwin()
    }

    func resume() {
        reset_prog_mode()
        previous = nil
        clearok(recours_stdscr(), true)
        refresh()
    }

    // MARK: Output

    private static let pairs: [Style: (Int16, Int16)] = [
        .title: (Int16(COLOR_WHITE), Int16(COLOR_BLUE)),
        .focused: (Int16(COLOR_YELLOW), -1),
        .inputFocused: (Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
        .error: (Int16(COLOR_RED), -1),
        .warning: (Int16(COLOR_YELLOW), -1),
        .ok: (Int16(COLOR_GREEN), -1),
        .keyHint: (Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
        .selection: (Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
        .dialog: (Int16(COLOR_WHITE), Int16(COLOR_BLACK)),
    ]

    private static func definePairs() {
        for style in Style.allCases {
            if let (fg, bg) = pairs[style] { init_pair(Int16(style.rawValue) + 1, fg, bg) }
        }
    }

    private func attributes(_ style: Style) -> (attr_t, Int16) {
        let pair = colors && Self.pairs[style] != nil ? Int16(style.rawValue) + 1 : 0
        switch style {
        case .normal: return (recours_a_normal(), 0)
        case .title: return (colors ? recours_a_bold() : recours_a_reverse() | recours_a_bold(), pair)
        case .label: return (recours_a_normal(), 0)
        case .focused: return (recours_a_bold(), pair)
        case .input: return (recours_a_underline(), 0)
        case .inputFocused: return (colors ? recours_a_normal() : recours_a_reverse(), pair)
        case .error: return (recours_a_bold(), pair)
        case .warning: return (colors ? recours_a_normal() : recours_a_bold(), pair)
        case .ok: return (recours_a_normal(), pair)
        case .muted: return (recours_a_dim(), 0)
        case .keyHint: return (colors ? recours_a_normal() : recours_a_reverse(), pair)
        case .selection: return (colors ? recours_a_normal() : recours_a_reverse(), pair)
        case .dialog: return (recours_a_normal(), pair)
        }
    }

    /// Paints the cells that changed since the last frame, then places the cursor.
    func paint(_ buffer: ScreenBuffer) {
        let full = previous.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
        if full { erase() }
        var chars = [wchar_t](repeating: 0, count: Int(recours_ccharw_max()) + 1)
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if !full, let previous, previous[x, y] == cell { continue }
                var n = 0
                for scalar in cell.character.unicodeScalars where n < chars.count - 1 {
                    chars[n] = wchar_t(bitPattern: scalar.value)
                    n += 1
                }
                chars[n] = 0
                let (attr, pair) = attributes(cell.style)
                _ = recours_put_cell(Int32(y), Int32(x), chars, attr, pair)
            }
        }
        let visible: Int32 = buffer.cursor == nil ? 0 : 1
        if visible != cursorVisible {
            curs_set(visible)
            cursorVisible = Int(visible)
        }
        if let cursor = buffer.cursor {
            move(Int32(cursor.y), Int32(cursor.x))
        }
        refresh()
        previous = buffer
    }

    /// Forces a full repaint at the next frame (after a resize or a child program).
    func invalidate() { previous = nil }

    // MARK: Input

    enum Input {
        case key(Key)
        case resize(Int, Int)
        case timeout
    }

    /// Waits up to the input timeout for a key. Printable characters that are already waiting are
    /// read together as one paste: one undo step and one redraw for a pasted text.
    func read() -> Input {
        var ch: wint_t = 0
        let status = recours_get_wch(&ch)
        if status == ERR { return .timeout }
        if status == recours_key_code_yes() { return decode(code: Int32(ch)) }
        guard let first = decode(character: UInt32(ch)) else { return .timeout }
        guard case .key(.character(let c)) = first else { return first }
        var text = String(c)
        wtimeout(recours_stdscr(), 0)
        defer { wtimeout(recours_stdscr(), 100) }
        while text.utf8.count < 1_000_000 {
            var next: wint_t = 0
            let s = recours_get_wch(&next)
            if s == ERR { break }
            if s == recours_key_code_yes() {
                ungetch(Int32(next))  // an arrow or function key after typed text: keep it for later
                break
            }
            let value = UInt32(next)
            if value < 32 || value == 127 {
                unget_wch(wchar_t(bitPattern: value))
                break
            }
            guard let scalar = Unicode.Scalar(value) else { continue }
            text.unicodeScalars.append(scalar)
        }
        return .key(text.count == 1 && text.unicodeScalars.count == 1 ? .character(c) : .paste(text))
    }

    private func decode(character value: UInt32) -> Input? {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 27:
            // Alt-b / Alt-f arrive as ESC then the letter.
            wtimeout(recours_stdscr(), 0)
            defer { wtimeout(recours_stdscr(), 100) }
            var next: wint_t = 0
            if recours_get_wch(&next) == OK {
                switch next {
                case 98: return .key(.wordLeft)  // b
                case 102: return .key(.wordRight)  // f
                case 91:  // ESC [ that ncurses did not know as a key: a pasted control sequence, dropped whole
                    skipControlSequence()
                    return nil
                case 93, 80, 88, 94, 95:  // ESC ] OSC, ESC P DCS, ESC X SOS, ESC ^ PM, ESC _ APC: dropped whole
                    skipControlString()
                    return nil
                default: unget_wch(wchar_t(bitPattern: UInt32(next)))
                }
            }
            return .key(.escape)
        case 1...26:
            return .key(.control(Character(Unicode.Scalar(value + 96)!)))
        case 0..<32:
            return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// Reads what is already there of a control sequence (`ESC [` parameters, intermediates, final byte), so that
    /// nothing of a pasted escape ends up typed into a field. A character that cannot belong to it is kept.
    private func skipControlSequence() {
        while let ch = nextPending() {
            if (0x40...0x7E).contains(ch) { return }
            if !(0x20...0x3F).contains(ch) {
                unget_wch(wchar_t(bitPattern: UInt32(ch)))
                return
            }
        }
    }

    /// Reads what is already there of an OSC, DCS, SOS, PM or APC string, up to BEL or ESC \ (at most 64 KB).
    private func skipControlString() {
        var count = 0
        while count < 65_536, let ch = nextPending() {
            count += 1
            if ch == 7 || ch == 0x9C { return }
            if ch == 27 {
                // ESC \ ends the string; ESC and anything else starts the next sequence: both are put back.
                if let next = nextPending(), next != 92 {
                    unget_wch(wchar_t(bitPattern: UInt32(next)))
                    unget_wch(27)
                }
                return
            }
        }
    }

    /// The next character already waiting (the timeout is 0 here), or nil; a function key is put back.
    private func nextPending() -> wint_t? {
        var ch: wint_t = 0
        let status = recours_get_wch(&ch)
        if status == ERR { return nil }
        if status == recours_key_code_yes() {
            ungetch(Int32(ch))
            return nil
        }
        return ch
    }

    private func decode(code: Int32) -> Input {
        switch code {
        case recours_key_resize():
            let s = size
            previous = nil
            return .resize(s.width, s.height)
        case recours_key_up(): return .key(.up)
        case recours_key_down(): return .key(.down)
        case recours_key_left(): return .key(.left)
        case recours_key_right(): return .key(.right)
        case recours_key_home(): return .key(.home)
        case recours_key_end(): return .key(.end)
        case recours_key_npage(): return .key(.pageDown)
        case recours_key_ppage(): return .key(.pageUp)
        case recours_key_backspace(): return .key(.backspace)
        case recours_key_dc(): return .key(.delete)
        case recours_key_ic(): return .key(.insert)
        case recours_key_btab(): return .key(.backTab)
        case recours_key_enter(): return .key(.enter)
        case recours_key_sr(): return .key(.shiftUp)
        case recours_key_sf(): return .key(.shiftDown)
        default:
            for n in 1...12 where code == recours_key_f(Int32(n)) { return .key(.function(n)) }
            // Ctrl-arrows have no constant: ncurses names them kLFT5, kRIT5 (and kUP5…).
            if let name = keyname(code).map({ String(cString: $0) }) {
                if name.hasPrefix("kLFT") { return .key(.wordLeft) }
                if name.hasPrefix("kRIT") { return .key(.wordRight) }
                if name.hasPrefix("kUP") { return .key(.shiftUp) }
                if name.hasPrefix("kDN") { return .key(.shiftDown) }
            }
            return .timeout
        }
    }
}
