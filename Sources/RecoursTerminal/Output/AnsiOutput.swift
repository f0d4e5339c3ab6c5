import RecoursCore
import RecoursUI

/// The attributes a cell is drawn with, as ECMA-48 (ANSI) select-graphic-rendition sets them: what a terminal
/// keeps from one write to the next.
struct TerminalAttributes: Hashable, Sendable {
    var bold = false
    var dim = false
    var underline = false
    var reverse = false
    /// 0–7, the eight ANSI colours; nil: the terminal's default.
    var foreground: UInt8?
    var background: UInt8?

    static let normal = TerminalAttributes()

    /// The attributes of each style, the same as `CursesOutput` gives them (bold or reverse stand in for the
    /// colours when there are none).
    static func of(_ style: Style, colors: Bool) -> TerminalAttributes {
        var a = TerminalAttributes()
        func color(_ fg: UInt8?, _ bg: UInt8?) {
            guard colors else { return }
            a.foreground = fg
            a.background = bg
        }
        let (black, red, green, yellow, blue, cyan, white): (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            0, 1, 2, 3, 4, 6, 7
        )
        switch style {
        case .normal, .label: break
        case .title:
            a.bold = true
            a.reverse = !colors
            color(white, blue)
        case .focused:
            a.bold = true
            color(yellow, nil)
        case .input: a.underline = true
        case .inputFocused, .selection, .keyHint:
            a.reverse = !colors
            color(black, style == .keyHint ? white : cyan)
        case .placeholder:
            a.underline = true
            a.dim = true
        case .placeholderFocused:
            a.reverse = !colors
            a.dim = true
            color(black, cyan)
        case .error:
            a.bold = true
            color(red, nil)
        case .warning:
            a.bold = !colors
            color(yellow, nil)
        case .ok: color(green, nil)
        case .muted: a.dim = true
        case .dialog: color(white, black)
        }
        return a
    }
}

/// What `AnsiOutput` needs to know of the terminal beyond ECMA-48: how it hides and shows its cursor (from
/// terminfo's `civis` and `cnorm`).
struct AnsiTerminalStrings: Sendable {
    var hideCursor: [UInt8] = Array("\u{1B}[?25l".utf8)
    var showCursor: [UInt8] = Array("\u{1B}[?25h".utf8)
    /// ECH (`ESC [ n X`, terminfo `ech`) erases cells without moving the cursor.
    var erasesCharacters = true
    /// Erased cells take the current background colour (terminfo `bce`); otherwise the default one.
    var erasesWithBackground = true
}

/// Writes frames to a terminal that understands ECMA-48 (xterm and its kin, the Linux console, tmux, screen,
/// rxvt, PuTTY), keeping track of what the terminal's own state is between frames — where its cursor is, which
/// attributes are set, whether the cursor is shown — so that a frame writes only the changed cells and the
/// sequences it needs: no cursor move when the next cell to draw is where the cursor already is, no attribute
/// change when the cell has the attributes already set. A typed letter is one byte.
///
/// ncurses resets every attribute after each refresh and sets the colour pair again before the next write (24 bytes
/// a key with nothing else to draw); it stays in charge of the input, the terminal modes and terminfo.
/// Whatever this does not know for sure (after a character whose width terminals disagree on, after the last column,
/// after a child program) it forgets, and the next move is an absolute one.
final class AnsiOutput: TerminalOutput {
    private let colors: Bool
    private let strings: AnsiTerminalStrings
    private let emit: ([UInt8]) -> Void
    private var pending: [UInt8] = []
    private var width = Int.max
    /// The frame being painted: a cursor move to the right may write the cells in between instead.
    private var frame: ScreenBuffer?
    /// The terminal cursor's cell, nil when not known for sure.
    private var cursorX: Int?
    private var cursorY: Int?
    /// The attributes set on the terminal, nil when not known.
    private var current: TerminalAttributes?
    private var cursorVisible: Bool?
    private var attributes: [TerminalAttributes]

    /// `emit` receives each frame's bytes, once per frame (the program writes them to standard output).
    init(colors: Bool, strings: AnsiTerminalStrings = AnsiTerminalStrings(), emit: @escaping ([UInt8]) -> Void) {
        self.colors = colors
        self.strings = strings
        self.emit = emit
        attributes = Style.allCases.map { TerminalAttributes.of($0, colors: colors) }
    }

    func willPaint(_ frame: ScreenBuffer) {
        self.frame = frame
        width = frame.width
    }

    /// The diff's runs, those of a row a few unchanged cells apart joined (the cells in between written again as
    /// the frame shows them, which costs no more than a move), then written out.
    func apply(_ diff: ScreenDiff) {
        guard !diff.isEmpty else { return }
        if diff.clearsScreen { clear() }
        var runs: [ScreenDiff.Run] = []
        for run in diff.runs {
            if let last = runs.last, let gap = gapCells(from: last, to: run) {
                runs[runs.count - 1].cells += gap + run.cells
            } else {
                runs.append(run)
            }
        }
        for run in runs { put(run) }
        if let cursor = diff.cursor { setCursor(cursor) }
        flush()
    }

    /// The frame's cells between two runs of a row, when there are at most four and each is a character of certain
    /// width (writing it again changes nothing on screen); nil otherwise.
    private func gapCells(from a: ScreenDiff.Run, to b: ScreenDiff.Run) -> [Cell]? {
        guard let frame, a.y == b.y, a.y < frame.height, b.x <= frame.width else { return nil }
        let start = a.x + a.cells.count
        guard b.x >= start, b.x - start <= 4 else { return nil }
        var cells: [Cell] = []
        for x in start..<b.x {
            let cell = frame[x, a.y]
            guard !cell.isContinuation, Self.hasCertainWidth(cell) else { return nil }
            cells.append(cell)
        }
        return cells
    }

    func clear() {
        setAttributes(.normal)  // erasing fills with the current background
        append("\u{1B}[H\u{1B}[2J")
        cursorX = 0
        cursorY = 0
    }

    func put(_ run: ScreenDiff.Run) {
        var x = run.x
        var index = 0
        while index < run.cells.count {
            let cell = run.cells[index]
            defer {
                x += 1
                index += 1
            }
            if cell.isContinuation { continue }
            moveCursor(x: x, y: run.y)
            if let erased = erasableSpaces(in: run, from: index) {
                // Blanks erased rather than written (the end of a scrolled field, a cleared line).
                setAttributes(attributes[Int(cell.style.rawValue)])
                append("\u{1B}[" + String(erased) + "X")
                x += erased - 1
                index += erased - 1
                continue
            }
            setAttributes(attributes[Int(cell.style.rawValue)])
            cell.withUTF8 { pending.append(contentsOf: $0) }
            let w = Int(cell.width)
            if let cx = cursorX, Self.hasCertainWidth(cell), cx + w < width {
                cursorX = cx + w
            } else {
                // Past the last column the terminal waits to wrap; a character some terminals draw wider: the
                // cursor's column is not known for sure any more.
                cursorX = nil
            }
        }
    }

    /// How many cells from `index` to erase with ECH instead of writing them: a stretch of spaces of one style
    /// that shows nothing but its background (no underline, no reverse), a background the terminal erases with,
    /// long enough that ECH (and the move past it, when the run goes on) is shorter than the spaces. Nil otherwise.
    private func erasableSpaces(in run: ScreenDiff.Run, from index: Int) -> Int? {
        guard strings.erasesCharacters else { return nil }
        let first = run.cells[index]
        guard first.isSpace else { return nil }
        let a = attributes[Int(first.style.rawValue)]
        guard !a.underline, !a.reverse, a.background == nil || strings.erasesWithBackground else { return nil }
        var end = index + 1
        while end < run.cells.count, run.cells[end].isSpace, !run.cells[end].isContinuation,
            run.cells[end].style == first.style
        {
            end += 1
        }
        let count = end - index
        let cost = 3 + String(count).utf8.count + (end < run.cells.count ? 3 + String(count).utf8.count : 0)
        return cost < count ? count : nil
    }

    func setCursor(_ cursor: ScreenDiff.Cursor) {
        switch cursor {
        case .hidden:
            setVisible(false)
        case .at(let x, let y):
            moveCursor(x: x, y: y)
            setVisible(true)
        }
    }

    func flush() {
        guard !pending.isEmpty else { return }
        emit(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// The terminal was used by something else (a child program, the shell): nothing about it is known.
    func forgetState() {
        cursorX = nil
        cursorY = nil
        current = nil
        cursorVisible = nil
    }

    /// Before the terminal is handed over: attributes reset, cursor shown; then nothing is known.
    func release() {
        setAttributes(.normal)
        setVisible(true)
        flush()
        forgetState()
    }

    // MARK: Sequences

    private func append(_ s: String) { pending.append(contentsOf: s.utf8) }

    private func appendNumber(_ n: Int) { append(String(n)) }

    private func setVisible(_ visible: Bool) {
        guard visible != cursorVisible else { return }
        pending.append(contentsOf: visible ? strings.showCursor : strings.hideCursor)
        cursorVisible = visible
    }

    /// The shortest of an absolute move and the relative ones that apply.
    private func moveCursor(x: Int, y: Int) {
        if cursorX == x, cursorY == y { return }
        var best = "\u{1B}[" + (x == 0 ? (y == 0 ? "" : String(y + 1)) : String(y + 1) + ";" + String(x + 1)) + "H"
        func consider(_ candidate: String) { if candidate.utf8.count < best.utf8.count { best = candidate } }
        func count(_ n: Int) -> String { n == 1 ? "" : String(n) }
        if let cx = cursorX, let cy = cursorY {
            if cy == y {
                if x == 0 { consider("\r") }
                if x > cx { consider("\u{1B}[" + count(x - cx) + "C") }
                if x < cx { consider("\u{1B}[" + count(cx - x) + "D") }
            } else if cx == x {
                if y > cy { consider("\u{1B}[" + count(y - cy) + "B") }
                if y < cy { consider("\u{1B}[" + count(cy - y) + "A") }
            }
        }
        if let cx = cursorX, cursorY == y, x > cx,
            let cells = cellsToRewrite(from: cx, to: x, y: y, within: best.utf8.count)
        {
            // Shorter than the move: the cells up to there written again, as they are.
            pending.append(contentsOf: cells)
        } else {
            append(best)
        }
        cursorX = x
        cursorY = y
    }

    /// The bytes of the frame's cells from `start` to `end` on row `y`, when there are fewer than `limit` of them
    /// and every cell is a character of certain width in the attributes already set (so writing it again changes
    /// nothing on screen: it is what the frame shows there, drawn or not yet).
    private func cellsToRewrite(from start: Int, to end: Int, y: Int, within limit: Int) -> [UInt8]? {
        guard let frame, end <= frame.width, y < frame.height, end - start < limit, let current else { return nil }
        var bytes: [UInt8] = []
        for x in start..<end {
            let cell = frame[x, y]
            guard !cell.isContinuation, attributes[Int(cell.style.rawValue)] == current,
                Self.hasCertainWidth(cell)
            else { return nil }
            cell.withUTF8 { bytes.append(contentsOf: $0) }
            if bytes.count >= limit { return nil }
        }
        return bytes
    }

    /// From the attributes set to `target`: the changes alone when nothing must be turned off but colours, else a
    /// reset and what `target` has.
    private func setAttributes(_ target: TerminalAttributes) {
        if current == target { return }
        var full: [Int] = [0]
        if target.bold { full.append(1) }
        if target.dim { full.append(2) }
        if target.underline { full.append(4) }
        if target.reverse { full.append(7) }
        if let f = target.foreground { full.append(30 + Int(f)) }
        if let b = target.background { full.append(40 + Int(b)) }
        var chosen = full
        if let c = current, !(c.bold && !target.bold), !(c.dim && !target.dim),
            !(c.underline && !target.underline), !(c.reverse && !target.reverse)
        {
            var changes: [Int] = []
            if target.bold && !c.bold { changes.append(1) }
            if target.dim && !c.dim { changes.append(2) }
            if target.underline && !c.underline { changes.append(4) }
            if target.reverse && !c.reverse { changes.append(7) }
            if target.foreground != c.foreground { changes.append(target.foreground.map { 30 + Int($0) } ?? 39) }
            if target.background != c.background { changes.append(target.background.map { 40 + Int($0) } ?? 49) }
            if Self.length(changes) < Self.length(full) { chosen = changes }
        }
        append("\u{1B}[")
        // "ESC [ m" is the reset alone.
        if chosen != [0] {
            for (i, p) in chosen.enumerated() {
                if i > 0 { append(";") }
                appendNumber(p)
            }
        }
        append("m")
        current = target
    }

    private static func length(_ parameters: [Int]) -> Int {
        parameters == [0] ? 0 : parameters.map { String($0).utf8.count }.reduce(0, +) + parameters.count - 1
    }

    /// A character every terminal draws one column wide: one scalar below the symbols and emoji blocks. (Wide
    /// characters, emoji and combined graphemes are drawn too, and the next move is then an absolute one.)
    static func hasCertainWidth(_ cell: Cell) -> Bool {
        guard let scalar = cell.singleScalar else { return false }
        return scalar.value >= 0x20 && scalar.value < 0x2600 && cell.width == 1
    }
}
