import CNcurses
import RecoursUI

/// The ncurses side of `TerminalOutput`: styles become colour pairs (or bold/reverse without colours), cells are
/// drawn with the wide-character API, `flush` is `refresh`.
final class CursesOutput: TerminalOutput {
    private let colors: Bool
    private var cursorVisible: Bool?
    private var characters = [wchar_t](repeating: 0, count: Int(recours_ccharw_max()) + 1)

    /// Call after `initscr`: defines the colour pairs when the terminal has colours and they are wanted.
    init(colors wanted: Bool) {
        if wanted, has_colors() {
            start_color()
            use_default_colors()
            colors = true
            Self.definePairs()
        } else {
            colors = false
        }
    }

    func clear() { erase() }

    func put(_ run: ScreenDiff.Run) {
        for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
            var n = 0
            for scalar in cell.character.unicodeScalars where n < characters.count - 1 {
                characters[n] = wchar_t(bitPattern: scalar.value)
                n += 1
            }
            characters[n] = 0
            let (attr, pair) = attributes(cell.style)
            _ = recours_put_cell(Int32(run.y), Int32(run.x + offset), characters, attr, pair)
        }
    }

    func setCursor(_ cursor: ScreenDiff.Cursor) {
        let visible: Bool
        switch cursor {
        case .hidden: visible = false
        case .at(let x, let y):
            visible = true
            move(Int32(y), Int32(x))
        }
        if visible != cursorVisible {
            curs_set(visible ? 1 : 0)
            cursorVisible = visible
        }
    }

    func flush() { refresh() }

    /// The cursor's visibility is set again at the next frame (after a child program).
    func forgetState() { cursorVisible = nil }

    // MARK: Styles

    private static let pairs: [Style: (Int16, Int16)] = [
        .title: (Int16(COLOR_WHITE), Int16(COLOR_BLUE)),
        .focused: (Int16(COLOR_YELLOW), -1),
        .inputFocused: (Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
        .placeholderFocused: (Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
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
        case .placeholder: return (recours_a_underline() | recours_a_dim(), 0)
        case .placeholderFocused: return ((colors ? recours_a_normal() : recours_a_reverse()) | recours_a_dim(), pair)
        }
    }
}
