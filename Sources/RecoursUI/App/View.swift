import Foundation
import RecoursCore
import RecoursLetters

/// The view: a pure function of the state into a screen buffer.
public func render(_ state: AppState, env: AppEnvironment) -> ScreenBuffer {
    var screen = ScreenBuffer(width: state.width, height: state.height)
    if state.isTooSmall {
        drawTooSmall(&screen)
        return screen
    }
    switch state.mode {
    case .home(let home): drawHome(home, state: state, env: env, into: &screen)
    case .wizard(let wizard): drawWizard(wizard, state: state, env: env, into: &screen)
    }
    if state.showHelp { drawHelp(state, into: &screen) }
    return screen
}

// MARK: Shared pieces

func drawTooSmall(_ screen: inout ScreenBuffer) {
    let lines = [
        Texts.text("tooSmall.title"),
        Texts.text("tooSmall.needed", String(WizardLayout.minimumWidth), String(WizardLayout.minimumHeight)),
        Texts.text("tooSmall.current", String(screen.width), String(screen.height)),
        Texts.text("tooSmall.nothingLost"),
    ]
    let top = max(0, (screen.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
        let x = max(0, (screen.width - DisplayWidth.of(line)) / 2)
        screen.put(line, x: x, y: top + i, style: i == 0 ? .error : .normal)
    }
}

func drawHeader(_ left: String, right: String, into screen: inout ScreenBuffer) {
    screen.fill(x: 0, y: 0, width: screen.width, height: 1, style: .title)
    let rightWidth = DisplayWidth.of(right)
    screen.put(" " + left, x: 0, y: 0, style: .title, maxWidth: max(0, screen.width - rightWidth - 2))
    screen.put(right, x: max(0, screen.width - rightWidth - 1), y: 0, style: .title)
}

/// The key bar: as many hints as fit, in order of importance; help, quit and close always stay.
func drawKeys(_ hints: [KeyHint], into screen: inout ScreenBuffer) {
    let y = screen.height - 1
    screen.fill(x: 0, y: y, width: screen.width, height: 1, style: .keyHint)
    // Kept whatever the width, in this order: how to close, help, how to quit.
    let kept = ["popup.close", "form.close", "help", "home.quit", "quit"]
    let always = hints.filter { kept.contains($0.id) }.sorted {
        kept.firstIndex(of: $0.id)! < kept.firstIndex(of: $1.id)!
    }
    let others = hints.filter { !kept.contains($0.id) }
    func width(_ h: KeyHint) -> Int { DisplayWidth.of(h.key) + 1 + DisplayWidth.of(h.text) + 2 }
    var budget = screen.width - 2 - always.map(width).reduce(0, +)
    var shown: [KeyHint] = []
    for hint in others where width(hint) <= budget {
        shown.append(hint)
        budget -= width(hint)
    }
    var x = 1
    for hint in shown + always {
        let width = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.text)
        if x + width > screen.width - 1 { break }
        screen.put(hint.key, x: x, y: y, style: .title)
        screen.put(hint.text, x: x + DisplayWidth.of(hint.key) + 1, y: y, style: .keyHint)
        x += width + 2
    }
}

/// The status line; a message too long for it (a file path…) takes up to two lines above as well.
func drawStatus(_ message: StatusMessage?, hint: String, into screen: inout ScreenBuffer) {
    let y = screen.height - 2
    if let message {
        let lines = TextWrapper.wrap(message.text, width: max(10, screen.width - 2)).split(separator: "\n").map(
            String.init)
        let shown = Array(lines.prefix(3))
        for (i, line) in shown.enumerated() {
            let row = y - (shown.count - 1) + i
            screen.fill(x: 0, y: row, width: screen.width, height: 1, style: .normal)
            screen.put(" " + line, x: 0, y: row, style: message.style, maxWidth: screen.width)
        }
    } else if !hint.isEmpty {
        screen.put(" " + hint, x: 0, y: y, style: .muted, maxWidth: screen.width)
    }
}

/// A framed box; returns the inner rectangle.
@discardableResult
func drawBox(title: String, x: Int, y: Int, width: Int, height: Int, into screen: inout ScreenBuffer) -> (
    x: Int, y: Int, width: Int, height: Int
) {
    screen.fill(x: x, y: y, width: width, height: height, style: .dialog)
    let horizontal = String(repeating: "─", count: max(0, width - 2))
    screen.put("┌" + horizontal + "┐", x: x, y: y, style: .dialog)
    for row in y + 1..<y + height - 1 {
        screen.put("│", x: x, y: row, style: .dialog)
        screen.put("│", x: x + width - 1, y: row, style: .dialog)
    }
    screen.put("└" + horizontal + "┘", x: x, y: y + height - 1, style: .dialog)
    screen.put(" \(title) ", x: x + 2, y: y, style: .dialog, maxWidth: width - 4)
    return (x + 2, y + 1, width - 4, height - 2)
}

/// `text` wrapped to `width` columns, at most `maxLines` lines, the last cut with "…" when there was more.
func clippedLines(_ text: String, width: Int, maxLines: Int) -> [String] {
    let wrapped = WrappedMessages.shared.lines(text, width: width)
    var lines = Array(wrapped.prefix(maxLines))
    if wrapped.count > maxLines, var last = lines.popLast() {
        while DisplayWidth.of(last) > width - 1, !last.isEmpty { last.removeLast() }
        lines.append(last + "…")
    }
    return lines
}

func truncated(_ text: String, _ width: Int) -> String {
    guard DisplayWidth.of(text) > width else { return text }
    var out = ""
    var used = 0
    for ch in text {
        let w = DisplayWidth.of(ch)
        if used + w > width - 1 { break }
        out.append(ch)
        used += w
    }
    return out + "…"
}

/// The end of a text that does not fit in `width` columns, after a "…": what is being typed stays in sight.
func truncatedAtStart(_ text: String, _ width: Int) -> String {
    guard DisplayWidth.of(text) > width, width > 0 else { return text }
    var kept: [Character] = []
    var used = 0
    for ch in text.reversed() {
        let w = DisplayWidth.of(ch)
        if used + w > width - 1 { break }
        kept.append(ch)
        used += w
    }
    return "…" + String(kept.reversed())
}

/// One line of a value for display: line breaks marked " ⏎ ", control characters never drawn.
func oneLine(_ text: String) -> String { text.oneLine(lineBreak: " ⏎ ") }

// MARK: Help

/// The lines of the help screen, from the key map: the keys of what has the focus now, then those of every screen
/// of the wizard, then those that work everywhere. A nil key is a section title.
func helpLines(_ state: AppState) -> [(key: String?, text: String)] {
    var context: [KeyHint] = []
    switch state.mode {
    case .home(let home):
        context = home.confirmDelete == nil ? KeyMap.home.helpLines : KeyMap.confirmation.helpLines
    case .wizard(let wizard):
        if case .confirmDeleteAttachment? = wizard.dialog {
            context = KeyMap.confirmation.helpLines
        } else if case .confirmOverwrite? = wizard.dialog {
            context = KeyMap.confirmation.helpLines
        } else if case .exportPath? = wizard.dialog {
            context = KeyMap.form.helpLines.filter { $0.id != "form.next" && $0.id != "form.previous" }
        } else if wizard.attachmentDialog != nil {
            context = KeyMap.form.helpLines
        } else if wizard.popup != nil {
            context = KeyMap.popup.helpLines
        } else if wizard.screen == .review {
            context =
                KeyMap.review.helpLines
                + KeyMap.wizard.helpLines.filter { $0.id.hasPrefix("screen.") || $0.id == "export" }
        } else if wizard.screen == .sending {
            context =
                KeyMap.sending.helpLines.filter { !$0.id.hasPrefix("text.") && $0.id != "form.end" }
                + KeyMap.wizard.helpLines.filter { $0.id == "screen.previous" || $0.id == "export" || $0.id == "save" }
        } else if wizard.screen == .timeline {
            context = KeyMap.timeline.helpLines + KeyMap.wizard.helpLines.filter { $0.id.hasPrefix("screen.") }
        } else {
            let field: [KeyHint]
            switch wizard.focusedSpec?.kind {
            case .choice?: field = KeyMap.choice.helpLines
            case .attachmentList?: field = KeyMap.attachments.helpLines
            case .multilineText?: field = KeyMap.text.helpLines
            case .text?, .date?, nil: field = KeyMap.text.helpLines.filter { $0.id != "text.externalEditor" }
            }
            context = field + KeyMap.wizard.helpLines
        }
    }
    var seen = Set<String>()
    let unique = context.filter { seen.insert($0.key + $0.text).inserted }
    return [(nil, Texts.text("help.section.context"))] + unique.map { (helpKey($0.key), $0.text) }
        + [(nil, Texts.text("help.section.global"))] + KeyMap.global.helpLines.map { (helpKey($0.key), $0.text) }
}

/// A key as the help screen writes it: "Ctrl-S" where the key bar, short of room, says "^S".
func helpKey(_ key: String) -> String {
    key.hasPrefix("^") ? Texts.text("help.ctrlKey", String(key.dropFirst())) : key
}

/// Where the help box goes on a screen of this size: it fits the terminal, at most 76 columns wide.
struct HelpLayout {
    let x: Int
    let y: Int
    let width: Int
    let height: Int
    /// Columns of the keys, and where the texts start (inside the box).
    let keyWidth: Int
    let textWidth: Int
    /// The help's visual rows: a section title (no key), or a key and its text wrapped under the text column.
    let rows: [(key: String?, text: String, title: Bool)]
    /// Rows of text shown at once (the last inner row says how to close).
    let visibleRows: Int

    init(lines: [(key: String?, text: String)], width screenWidth: Int, height screenHeight: Int) {
        width = max(10, min(screenWidth - 4, 76))
        let innerWidth = width - 4
        // The key column: as wide as the widest key (and a space), at most a third of the box.
        let widest = lines.compactMap(\.key).map { DisplayWidth.of($0) }.max() ?? 0
        keyWidth = min(widest + 2, max(4, innerWidth / 3))
        textWidth = max(1, innerWidth - keyWidth)
        var rows: [(key: String?, text: String, title: Bool)] = []
        for line in lines {
            guard let key = line.key else {
                for part in Self.wrap(line.text, width: innerWidth) { rows.append((nil, part, true)) }
                continue
            }
            for (i, part) in Self.wrap(line.text, width: textWidth).enumerated() {
                rows.append((i == 0 ? key : nil, part, false))
            }
        }
        self.rows = rows
        height = max(4, min(screenHeight - 2, rows.count + 4))
        x = max(0, (screenWidth - width) / 2)
        y = max(0, (screenHeight - height) / 2)
        visibleRows = max(1, height - 3)
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        TextWrapper.wrap(text, width: max(1, width)).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
    }

    /// The first row shown can go no further than the last page.
    var maxScroll: Int { max(0, rows.count - visibleRows) }
}

func helpLayout(_ state: AppState) -> HelpLayout {
    HelpLayout(lines: helpLines(state), width: state.width, height: state.height)
}

func drawHelp(_ state: AppState, into screen: inout ScreenBuffer) {
    let layout = helpLayout(state)
    let inner = drawBox(
        title: Texts.text("help.title"), x: layout.x, y: layout.y, width: layout.width, height: layout.height,
        into: &screen)
    let rows = layout.visibleRows
    let first = min(state.helpScroll, layout.maxScroll)
    for (i, row) in layout.rows.dropFirst(first).prefix(rows).enumerated() {
        if row.title {
            screen.put(row.text, x: inner.x, y: inner.y + i, style: .focused, maxWidth: inner.width)
            continue
        }
        if let key = row.key {
            screen.put(key, x: inner.x, y: inner.y + i, style: .label, maxWidth: layout.keyWidth - 1)
        }
        screen.put(row.text, x: inner.x + layout.keyWidth, y: inner.y + i, style: .dialog, maxWidth: layout.textWidth)
    }
    if first > 0 { screen.put("▲", x: inner.x + inner.width, y: inner.y, style: .muted) }
    if layout.rows.count - first > rows {
        screen.put("▼", x: inner.x + inner.width, y: inner.y + rows - 1, style: .muted)
    }
    let scrolls = layout.rows.count > rows
    screen.put(
        Texts.text(scrolls ? "help.closeOrScroll" : "help.close"), x: inner.x, y: inner.y + inner.height - 1,
        style: .muted, maxWidth: inner.width)
    // The cursor on the help's first line shown: a screen reader reads from there.
    screen.cursor = (inner.x, inner.y)
}
