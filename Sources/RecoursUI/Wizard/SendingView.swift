import Foundation
import RecoursCore
import RecoursLetters

/// The "Comment envoyer" step: the stage's recipient, its channels (one line each, the chosen one marked `›`, its
/// full address and the proof to keep under the list), the sending date's input and what recording it does; once
/// recorded, the follow-up deadline and the next step from the timeline. The lines of the channels are the linear
/// view's (`SendingGuide.optionLines`).
func drawSending(_ wizard: WizardState, env: AppEnvironment, into screen: inout ScreenBuffer) {
    let top = WizardLayout.chromeTop
    let rows = WizardLayout.contentRows(height: screen.height)
    let width = screen.width - 3
    let guide = wizard.sendingGuide(env: env)
    let stage = wizard.dossier.currentStage
    var y = top
    let bottom = top + rows
    // Lines past the screen's bottom are not drawn: a "…" in the last row's margin says so.
    var cut = false
    defer { if cut, bottom > top { screen.put("…", x: screen.width - 2, y: bottom - 1, style: .muted) } }
    func line(_ text: String, _ style: Style, x: Int = 1) {
        guard y < bottom else {
            cut = true
            return
        }
        screen.put(text, x: x, y: y, style: style, maxWidth: screen.width - x - 1)
        y += 1
    }
    func wrapped(_ text: String, _ style: Style, indent: Int = 1) {
        for part in TextWrapper.wrap(text, width: max(20, width - indent)).split(separator: "\n") {
            line(String(part), style, x: indent)
        }
    }
    let kind = env.renderer.kind(for: wizard.dossier)
    line(
        Texts.text("wizard.sending.stage", String(stage.rawValue), progressName(stage), kind.title), .label)
    guard guide.recipientName != nil else {
        wrapped(Texts.text("linear.send.unknown"), .warning)
        return
    }
    let selection = wizard.sendingSelection(guide)
    if let recipient = guide.recipientLine { wrapped(recipient, .normal) }
    if guide.options.isEmpty {
        wrapped(Texts.text("sending.noChannel"), .warning)
    } else {
        line(Texts.text("wizard.sending.choose"), .muted)
        var cursor: (Int, Int)?
        let optionLines = guide.options.enumerated().map { SendingGuide.optionLines($1, number: $0 + 1) }
        for (i, option) in guide.options.enumerated() {
            let text = optionLines[i][0]
            if i == selection {
                if y < bottom {
                    screen.put("›", x: 1, y: y, style: .focused)
                    cursor = (3, y)
                }
                line(text, .selection, x: 3)
            } else {
                line(text, option.unconfirmed ? .warning : .normal, x: 3)
            }
        }
        let chosen = guide.options[selection]
        let lines = optionLines[selection]
        // The chosen channel in full (the list cuts it), then its proof; once the sending is recorded, what comes
        // next matters more and takes their rows.
        if !wizard.sending.recorded {
            if DisplayWidth.of(lines[0]) > screen.width - 5 {
                wrapped(SendingGuide.fullLine(chosen), .muted, indent: 3)
            }
            wrapped(lines[1].trimmed, .normal, indent: 3)
        }
        y += 1
        // The date's input, with its problem beside it (or, until it is typed in, that it can be). Stage 1 records
        // no sending (the call is its record): no input there.
        let label = Texts.text("wizard.sending.date")
        let labelWidth = DisplayWidth.of(label)
        if y < bottom, stage != .customerService {
            screen.put(label, x: 1, y: y, style: .label)
            let editor = wizard.sendingDateEditor(env: env)
            let visible = editor.visibleSingleLine()
            let inputX = 2 + labelWidth
            let inputWidth = WizardState.sendingDateWidth
            screen.fill(x: inputX, y: y, width: inputWidth, height: 1, style: .inputFocused)
            screen.put(visible.text, x: inputX, y: y, style: .inputFocused, maxWidth: inputWidth)
            if let error = wizard.sending.error {
                screen.put(
                    "✗ " + error, x: inputX + inputWidth + 1, y: y, style: .error,
                    maxWidth: screen.width - inputX - inputWidth - 2)
            } else if wizard.sending.date == nil, !wizard.sending.recorded {
                screen.put(
                    Texts.text("wizard.sending.date.hint"), x: inputX + inputWidth + 1, y: y, style: .muted,
                    maxWidth: screen.width - inputX - inputWidth - 2)
            }
            cursor = (inputX + visible.cursorColumn, y)
            y += 1
        }
        if stage != .customerService {
            wrapped(
                Texts.text("wizard.sending.record", wizard.sendingDateText(env: env).trimmed, chosen.channel.phrase),
                .muted)
        } else {
            wrapped(Texts.text("sending.stage1.notRecorded"), .muted)
        }
        screen.cursor = cursor
    }
    // What is recorded, and once just recorded, what comes next.
    if stage != .customerService, let sent = guide.recorded.sentDescription {
        y += 1
        wrapped((wizard.sending.recorded ? "✓ " : "") + sent, wizard.sending.recorded ? .ok : .normal)
        for text in wizard.sending.followUp ?? [] { wrapped(text, .focused) }
    }
}
