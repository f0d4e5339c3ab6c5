import Foundation
import RecoursCore
import RecoursLetters

func drawWizard(_ wizard: WizardState, state: AppState, env: AppEnvironment, into screen: inout ScreenBuffer) {
    var named = wizard.dossier
    if wizard.editor != nil, wizard.focusedSpec?.field == .title, let title = wizard.titleWhenEntered {
        named.title = title  // the title typed shows in the header once its field is left
    }
    let name = named.displayName(catalog: env.catalog, placeholder: DossierPresentation.newDossier)
    let saved: String
    switch wizard.saveStatus {
    case .saved: saved = Texts.text("wizard.saved")
    case .modified: saved = Texts.text("wizard.modified")
    case .failed: saved = Texts.text("wizard.unsaved")
    }
    let stage = wizard.dossier.currentStage
    let position = Texts.text(
        "wizard.position", String(wizard.screen.number), String(WizardScreen.allCases.count), String(stage.rawValue),
        String(EscalationStage.allCases.count), saved)
    drawHeader(Texts.text("wizard.title", oneLine(name)), right: position, into: &screen)
    drawProgress(wizard, into: &screen)

    var title = wizard.screen.title
    var titleStyle = Style.label
    if let s = wizard.screen.stage, s > stage {
        title = Texts.text("wizard.screenNotReached", title)
        titleStyle = .muted
    }
    screen.put(" " + title, x: 0, y: 2, style: titleStyle, maxWidth: screen.width)

    if wizard.screen == .review {
        drawReview(wizard, env: env, into: &screen)
    } else if wizard.screen == .timeline {
        drawTimeline(wizard, env: env, into: &screen)
    } else if wizard.screen == .sending {
        drawSending(wizard, env: env, into: &screen)
    } else {
        drawFields(wizard, env: env, into: &screen)
    }
    if let popup = wizard.popup { drawPopup(popup, wizard: wizard, env: env, into: &screen) }
    if let dialog = wizard.attachmentDialog { drawAttachmentDialog(dialog, wizard: wizard, into: &screen) }
    if let dialog = wizard.dialog { drawDialog(dialog, dossier: wizard.dossier, into: &screen) }

    drawStatus(state.message, hint: wizard.focusedSpec?.hint(for: wizard.dossier.country) ?? "", into: &screen)
    drawKeys(keyHints(wizard), into: &screen)
}

func drawProgress(_ wizard: WizardState, into screen: inout ScreenBuffer) {
    var x = 1
    x += screen.put(Texts.text("wizard.letters"), x: x, y: 1, style: .muted) + 1
    for stage in EscalationStage.allCases {
        let index = stage.rawValue - 1
        let mark: String
        let style: Style
        if index < wizard.letterReady.count {
            mark = wizard.letterReady[index] ? "✓" : "✗"
            style = wizard.letterReady[index] ? .ok : .error
        } else {
            mark = "·"
            style = .muted
        }
        let text = "\(stage.rawValue) \(progressName(stage)) \(mark)"
        x +=
            screen.put(
                text, x: x, y: 1, style: stage == wizard.dossier.currentStage ? (style == .ok ? .ok : style) : style)
            + 2
    }
}

/// A stage's short name in the progress line.
/// "Lettre 1 (Contact) : « Moyen de contact » à compléter en revenant à l'étape 1" (a field of that stage's
/// screens), or "… à corriger" (a field every stage shows, such as a date of the dispute).
func earlierLetterLine(_ problem: EarlierLetterProblem, country: Country?) -> String {
    let stage = String(problem.stage.rawValue)
    let label = problem.issue.field.screenLabel(for: country)
    return problem.issue.field.stage == nil
        ? Texts.text("review.earlierLetter.common", stage, progressName(problem.stage), label)
        : Texts.text("review.earlierLetter", stage, progressName(problem.stage), label)
}

func progressName(_ stage: EscalationStage) -> String {
    switch stage {
    case .customerService: Texts.text("wizard.progress.customerService")
    case .complaint: Texts.text("wizard.progress.complaint")
    case .mediation: Texts.text("wizard.progress.mediation")
    case .court: Texts.text("wizard.progress.court")
    }
}

/// The key bar of the wizard, from the key map: the bindings of what has the keys now, then those of every screen.
func keyHints(_ wizard: WizardState) -> [KeyHint] {
    let global = KeyMap.global.hints
    let screenKeys = KeyMap.wizard.hints
    func only(_ hints: [KeyHint], _ ids: String...) -> [KeyHint] { hints.filter { ids.contains($0.id) } }
    switch wizard.dialog {
    case .confirmDeleteAttachment?, .confirmOverwrite?:
        return KeyMap.hints(KeyMap.confirmation.hints, global)
    case .exportPath?:
        // One input: no other field to go to.
        return KeyMap.hints(KeyMap.form.hints.filter { $0.id != "form.next" }, global)
    case nil:
        break
    }
    if wizard.attachmentDialog != nil { return KeyMap.hints(KeyMap.form.hints, global) }
    // A list says how to filter it rather than how to quit (Ctrl-Q still works).
    if wizard.popup != nil { return KeyMap.hints(KeyMap.popup.hints, global.filter { $0.id == "help" }) }
    switch wizard.screen {
    case .timeline:
        return KeyMap.hints(KeyMap.timeline.hints, only(screenKeys, "screen.next", "screen.previous"), global)
    case .review:
        return KeyMap.hints(KeyMap.review.hints, only(screenKeys, "export", "screen.previous"), global)
    case .sending:
        // Stage 1 records no sending: no date to type, nothing for Enter to note.
        let sending =
            wizard.dossier.currentStage == .customerService
            ? KeyMap.sending.hints.filter { $0.id == "sending.choose" || $0.id == "sending.down" }
            : KeyMap.sending.hints
        return KeyMap.hints(sending, only(screenKeys, "screen.previous", "export"), global)
    default:
        return KeyMap.hints(fieldHints(wizard.focusedSpec), screenKeys, global)
    }
}

/// The key bar's entries of the focused field's own keys (Ctrl-E only in a multi-line text).
func fieldHints(_ spec: FieldSpec?) -> [KeyHint] {
    switch spec?.kind {
    case .choice?: KeyMap.choice.hints
    case .multilineText?: KeyMap.text.hints
    case .attachmentList?: KeyMap.attachments.hints
    case .text?, .date?, nil: []
    }
}

func drawFields(_ wizard: WizardState, env: AppEnvironment, into screen: inout ScreenBuffer) {
    let layout = WizardLayout.of(wizard, env: env, width: screen.width)
    let top = WizardLayout.chromeTop
    let rows = WizardLayout.contentRows(height: screen.height)
    func visible(_ row: Int) -> Int? {
        let y = row - wizard.scroll
        return y >= 0 && y < rows ? top + y : nil
    }
    if wizard.scroll > 0 { screen.put("▲", x: screen.width - 2, y: top, style: .muted) }
    if layout.contentHeight - wizard.scroll > rows {
        screen.put("▼", x: screen.width - 2, y: top + rows - 1, style: .muted)
    }

    for item in layout.items {
        let focused = item.index == wizard.focus && wizard.popup == nil
        let spec = item.spec
        if let y = visible(item.top) {
            if focused { screen.put("›", x: 0, y: y, style: .focused) }
            // Whether the field is valid: ✗ error, ! warning, ✓ filled in and fine (once it has been left).
            if let mark = fieldMark(spec, wizard: wizard) { screen.put(mark.0, x: 1, y: y, style: mark.1) }
            let labelMax = spec.isMultiline || spec.kind == .attachmentList ? screen.width - 4 : layout.labelWidth
            screen.put(
                truncated(spec.label(for: wizard.dossier.country), labelMax), x: 2, y: y,
                style: focused ? .focused : .label)
        }
        let value = wizard.dossier[spec.field]
        switch spec.kind {
        case .text, .date:
            guard let y = visible(item.top) else { break }
            screen.fill(
                x: item.inputX, y: y, width: item.inputWidth, height: 1, style: focused ? .inputFocused : .input)
            if focused, let editor = wizard.editor {
                let visibleText = editor.visibleSingleLine()
                screen.put(visibleText.text, x: item.inputX, y: y, style: .inputFocused, maxWidth: item.inputWidth)
                screen.cursor = (item.inputX + visibleText.cursorColumn, y)
            } else {
                screen.put(
                    truncated(oneLine(value), item.inputWidth), x: item.inputX, y: y, style: .input,
                    maxWidth: item.inputWidth)
            }
            if spec.kind == .date, let date = DateParser.date(value) {
                screen.put(
                    "→ " + InterfaceDates.withWeekday(date), x: item.inputX + item.inputWidth + 2, y: y, style: .ok,
                    maxWidth: screen.width - item.inputX - item.inputWidth - 3)
            }
        case .choice:
            guard let y = visible(item.top) else { break }
            screen.fill(
                x: item.inputX, y: y, width: item.inputWidth, height: 1, style: focused ? .inputFocused : .input)
            if let label = ChoiceOptions.display(for: spec.field, dossier: wizard.dossier, catalog: env.catalog) {
                screen.put(
                    truncated("‹ " + label + " ›", item.inputWidth), x: item.inputX, y: y,
                    style: focused ? .inputFocused : .input)
            } else {
                screen.put(Texts.text("wizard.choose"), x: item.inputX, y: y, style: .muted, maxWidth: item.inputWidth)
            }
            if focused { screen.cursor = (item.inputX, y) }
        case .multilineText:
            let editor: TextEditor?
            var firstRow = 0
            let total: Int
            let lines: [VisualLine]
            if focused, let e = wizard.editor {
                editor = e
                var copy = e
                firstRow = copy.scrollToCursor(height: item.inputHeight)
                total = e.visualLineCount
                lines = e.visualLines(in: firstRow..<min(total, firstRow + item.inputHeight))
            } else {
                // Not being edited: its first lines, laid out from the start of the text only, and its number of
                // lines, counted in the update (`wrappedLineCounts`) or here when that count is missing.
                let leading = TextEditor.leadingVisualLines(of: value, width: item.inputWidth, count: item.inputHeight)
                if let count = leading.total {
                    total = count
                } else if let known = wizard.wrappedLineCounts[spec.field],
                    known.holds(for: value, width: max(1, item.inputWidth))
                {
                    total = known.count
                } else {
                    total = TextEditor.visualLineCount(of: value, width: item.inputWidth)
                }
                lines = Array(leading.lines.prefix(min(total, item.inputHeight)))
                editor = nil
            }
            // An empty address field shows the address the letters take meanwhile, dimmed (never in the dossier).
            let fallback = FieldFallback.lines(
                for: spec.field, dossier: wizard.dossier, catalog: env.catalog, width: item.inputWidth,
                height: item.inputHeight)
            for r in 0..<item.inputHeight {
                guard let y = visible(item.top + item.inputRow + r) else { continue }
                screen.fill(
                    x: item.inputX, y: y, width: item.inputWidth, height: 1, style: focused ? .inputFocused : .input)
                if r < fallback.count {
                    screen.put(
                        fallback[r], x: item.inputX, y: y, style: focused ? .placeholderFocused : .placeholder,
                        maxWidth: item.inputWidth)
                } else if r < lines.count {
                    screen.put(
                        lines[r].text, x: item.inputX, y: y, style: focused ? .inputFocused : .input,
                        maxWidth: item.inputWidth)
                }
            }
            if total > item.inputHeight, let y = visible(item.top) {
                let more = Texts.text(
                    "wizard.lines", String(firstRow + 1), String(min(total, firstRow + item.inputHeight)), String(total)
                )
                screen.put(more, x: max(2, screen.width - DisplayWidth.of(more) - 2), y: y, style: .muted)
            }
            if focused {
                // Without an editor (never, in practice) the cursor sits at the start, as a new editor's would.
                let location = editor?.cursorLocation() ?? (row: 0, column: 0)
                if let y = visible(item.top + item.inputRow + location.row - firstRow) {
                    screen.cursor = (item.inputX + min(location.column, item.inputWidth - 1), y)
                }
            }
        case .attachmentList:
            let attachments = wizard.dossier.dispute.attachments
            for r in 0...attachments.count {
                guard let y = visible(item.top + item.inputRow + r) else { continue }
                let selected = focused && wizard.attachmentSelection == r
                let text: String
                if r < attachments.count {
                    let a = attachments[r]
                    let description =
                        a.description.trimmed.isEmpty
                        ? Texts.text("wizard.attachment.noDescription") : oneLine(a.description)
                    var t = "\(r + 1). " + description
                    if !a.date.trimmed.isEmpty { t += " — " + oneLine(a.date) }
                    if !a.path.trimmed.isEmpty { t += " — " + oneLine(a.path) }
                    text = t
                } else {
                    text = Texts.text("wizard.attachment.add")
                }
                if selected { screen.fill(x: item.inputX, y: y, width: item.inputWidth, height: 1, style: .selection) }
                screen.put(
                    truncated(text, item.inputWidth), x: item.inputX, y: y,
                    style: selected ? .selection : (r < attachments.count ? .input : .muted))
                if selected { screen.cursor = (item.inputX, y) }
            }
        }
        for (i, message) in item.messages.enumerated() {
            guard let y = visible(item.top + item.messageRow + i) else { continue }
            screen.put(
                message.text, x: WizardLayout.messageX, y: y, style: message.style,
                maxWidth: screen.width - WizardLayout.messageX - 1)
        }
    }
    if wizard.popup != nil || wizard.dialog != nil || wizard.attachmentDialog != nil { screen.cursor = nil }
}

/// The mark beside a field's label, from the problems shown for it.
func fieldMark(_ spec: FieldSpec, wizard: WizardState) -> (String, Style)? {
    let touched = wizard.touched.contains(spec.field)
    guard touched else { return nil }
    // The first problem shown under the field decides (no need to wrap its message for that).
    if let first = wizard.shownIssues(for: spec).first {
        return first.severity == .error ? ("✗", .error) : ("!", .warning)
    }
    let filled =
        spec.kind == .attachmentList ? !wizard.dossier.dispute.attachments.isEmpty : !wizard.dossier[spec.field].isBlank
    return filled ? ("✓", .ok) : nil
}

func drawPopup(_ popup: ChoicePopup, wizard: WizardState, env: AppEnvironment, into screen: inout ScreenBuffer) {
    let all = ChoiceOptions.options(for: popup.field, dossier: wizard.dossier, catalog: env.catalog)
    let options = popup.visibleOptions(all)
    let width = min(screen.width - 4, max(40, (options.map { DisplayWidth.of($0.label) }.max() ?? 0) + 8))
    let listRows = min(max(1, options.count), screen.height - 8)
    let height = listRows + 3
    let x = (screen.width - width) / 2
    let y = max(3, (screen.height - height) / 2)
    let inner = drawBox(
        title: popup.field.label(for: wizard.dossier.country), x: x, y: y, width: width, height: height, into: &screen)
    // A filter longer than the box shows its end, where the typing (and a Backspace) happens.
    let label = DisplayWidth.of(Texts.text("wizard.popup.filter", ""))
    screen.put(
        Texts.text("wizard.popup.filter", truncatedAtStart(popup.filter, inner.width - label)), x: inner.x,
        y: inner.y, style: popup.filter.isEmpty ? .muted : .dialog, maxWidth: inner.width)
    let first = max(0, min(popup.selection - listRows + 1, options.count - listRows))
    if options.isEmpty {
        screen.put(Texts.text("wizard.popup.noMatch"), x: inner.x, y: inner.y + 1, style: .muted)
    }
    // The cursor sits on the option chosen (on the filter when none matches): a screen reader follows it.
    screen.cursor = (inner.x, options.isEmpty ? inner.y : inner.y + 1)
    for (row, option) in options.dropFirst(first).prefix(listRows).enumerated() {
        let selected = first + row == popup.selection
        if selected {
            screen.fill(x: inner.x, y: inner.y + 1 + row, width: inner.width, height: 1, style: .selection)
            screen.cursor = (inner.x, inner.y + 1 + row)
        }
        screen.put(
            truncated(option.label, inner.width), x: inner.x, y: inner.y + 1 + row,
            style: selected ? .selection : .dialog)
    }
}

func drawAttachmentDialog(_ dialog: AttachmentDialog, wizard: WizardState, into screen: inout ScreenBuffer) {
    let width = min(screen.width - 4, 72)
    let x = (screen.width - width) / 2
    let y = max(3, (screen.height - 9) / 2)
    let title = Texts.text("dialog.attachment.title", String(dialog.index + 1))
    let inner = drawBox(title: title, x: x, y: y, width: width, height: 9, into: &screen)
    for (i, label) in AttachmentDialog.labels.enumerated() {
        let row = inner.y + i * 2
        let focused = dialog.focus == i
        screen.put(label, x: inner.x, y: row, style: focused ? .focused : .label)
        let inputX = inner.x + 2
        let inputWidth = inner.width - 2
        screen.fill(x: inputX, y: row + 1, width: inputWidth, height: 1, style: focused ? .inputFocused : .input)
        if focused {
            let visible = dialog.editor.visibleSingleLine()
            screen.put(visible.text, x: inputX, y: row + 1, style: .inputFocused, maxWidth: inputWidth)
            screen.cursor = (inputX + visible.cursorColumn, row + 1)
        } else {
            screen.put(
                truncated(oneLine(wizard.dossier[AttachmentDialog.field(i, dialog.index)]), inputWidth), x: inputX,
                y: row + 1, style: .input)
        }
    }
    screen.put(Texts.text("dialog.attachment.keys"), x: inner.x, y: inner.y + 6, style: .muted, maxWidth: inner.width)
}

func drawDialog(_ dialog: Dialog, dossier: Dossier, into screen: inout ScreenBuffer) {
    let width = min(screen.width - 4, 70)
    let x = (screen.width - width) / 2
    let y = max(3, (screen.height - 7) / 2)
    switch dialog {
    case .confirmDeleteAttachment(let index):
        let inner = drawBox(
            title: Texts.text("dialog.removeAttachment.title"), x: x, y: y, width: width, height: 5, into: &screen)
        screen.put(
            Texts.text("dialog.removeAttachment.question", attachmentName(index, dossier: dossier, inSentence: true)),
            x: inner.x, y: inner.y,
            style: .dialog, maxWidth: inner.width)
        screen.put(
            Texts.text("dialog.removeAttachment.answer"), x: inner.x, y: inner.y + 2, style: .muted,
            maxWidth: inner.width)
        screen.cursor = (inner.x, inner.y)
    case .confirmOverwrite(let path):
        let inner = drawBox(
            title: Texts.text("dialog.overwrite.title"), x: x, y: y, width: width, height: 6, into: &screen)
        screen.put(truncated(path, inner.width), x: inner.x, y: inner.y, style: .dialog)
        screen.put(
            Texts.text("dialog.overwrite.question"), x: inner.x, y: inner.y + 1, style: .dialog,
            maxWidth: inner.width)
        screen.put(
            Texts.text("dialog.overwrite.answer"), x: inner.x, y: inner.y + 3, style: .muted,
            maxWidth: inner.width)
        screen.cursor = (inner.x, inner.y + 1)
    case .exportPath(let editor):
        let inner = drawBox(
            title: Texts.text("dialog.export.title"), x: x, y: y, width: width, height: 6, into: &screen)
        screen.put(Texts.text("dialog.export.prompt"), x: inner.x, y: inner.y, style: .dialog)
        screen.fill(x: inner.x, y: inner.y + 1, width: inner.width, height: 1, style: .inputFocused)
        var e = editor
        e.width = inner.width
        let visible = e.visibleSingleLine()
        screen.put(visible.text, x: inner.x, y: inner.y + 1, style: .inputFocused, maxWidth: inner.width)
        screen.cursor = (inner.x + visible.cursorColumn, inner.y + 1)
        screen.put(Texts.text("dialog.export.keys"), x: inner.x, y: inner.y + 3, style: .muted, maxWidth: inner.width)
    }
}

func drawReview(_ wizard: WizardState, env: AppEnvironment, into screen: inout ScreenBuffer) {
    let top = WizardLayout.chromeTop
    let problems = wizard.issues
    let errors = problems.filter { $0.severity == .error }.count
    let stage = wizard.dossier.currentStage
    let lines = wizard.letterPreview(env: env)
    let layout = ReviewLayout(problemCount: problems.count, lineCount: lines.count, height: screen.height)
    let listFocused = !wizard.review.previewFocused && !problems.isEmpty
    // The cursor sits on what has the focus (a screen reader follows it): the problem chosen, or the preview.
    var cursor: (x: Int, y: Int)?
    if problems.isEmpty {
        screen.put(
            Texts.text("review.noProblem", String(stage.rawValue)), x: 1, y: top, style: .ok,
            maxWidth: screen.width - 2)
    } else {
        let summary: String
        if errors == 0 {
            summary = Texts.plural("review.summary.warnings", count: problems.count, String(problems.count))
        } else {
            summary = Texts.plural(
                "review.summary.errors", count: errors, String(errors),
                String(stage.rawValue))
        }
        screen.put(summary, x: 1, y: top, style: errors == 0 ? .ok : .error, maxWidth: screen.width - 2)
        let listRows = layout.listRows
        let first = max(0, min(wizard.review.selection - listRows + 1, problems.count - listRows))
        for (i, issue) in problems.dropFirst(first).prefix(listRows).enumerated() {
            let y = top + 1 + i
            let selected = listFocused && first + i == wizard.review.selection
            let symbol = issue.severity == .error ? "✗" : "!"
            let text = Texts.text("review.issue", symbol, issueLabel(issue, dossier: wizard.dossier), issue.message)
            if selected {
                screen.fill(x: 1, y: y, width: screen.width - 2, height: 1, style: .selection)
                screen.put("›", x: 0, y: y, style: .focused)
                cursor = (2, y)
            }
            screen.put(
                text, x: 2, y: y, style: selected ? .selection : (issue.severity == .error ? .error : .warning),
                maxWidth: screen.width - 3)
        }
    }
    // The row between the list and the preview says why an earlier letter is marked ✗ in the progress line.
    if let earlier = wizard.earlierLetterProblem {
        screen.put(
            "✗ " + earlierLetterLine(earlier, country: wizard.dossier.country), x: 1, y: layout.previewTitleY - 1,
            style: .muted,
            maxWidth: screen.width - 2)
    }
    let y = layout.previewTitleY
    let previewFocused = wizard.review.previewFocused || problems.isEmpty
    let kind = env.renderer.kind(for: wizard.dossier)
    if previewFocused {
        screen.put("›", x: 0, y: y, style: .focused)
        cursor = (1, y)
    }
    let previewRows = layout.previewRows
    let first = min(wizard.review.previewScroll, layout.maxPreviewScroll)
    // The position ("lignes 1–14 sur 76") keeps its place on the right; the title gives way to it, cut with "…".
    let position =
        layout.maxPreviewScroll > 0
        ? Texts.text(
            "wizard.lines", String(first + 1), String(first + min(previewRows, lines.count)), String(lines.count))
        : ""
    let positionWidth = position.isEmpty ? 0 : DisplayWidth.of(position) + 3
    screen.put(
        Texts.text("review.preview", kind.title), x: 1, y: y, style: previewFocused ? .focused : .label,
        maxWidth: max(1, screen.width - 2 - positionWidth))
    screen.cursor = cursor
    guard previewRows > 0 else { return }
    for (i, line) in lines.dropFirst(first).prefix(previewRows).enumerated() {
        screen.put(line, x: 1, y: y + 1 + i, style: .normal, maxWidth: screen.width - 2)
    }
    if !position.isEmpty {
        screen.put(position, x: max(1, screen.width - DisplayWidth.of(position) - 2), y: y, style: .muted)
    }
}

/// How a problem names its field: an attachment's by its number and description.
func issueLabel(_ issue: ValidationIssue, dossier: Dossier) -> String {
    guard let index = issue.field.attachmentIndex else { return issue.field.label(for: dossier.country) }
    return attachmentName(index, dossier: dossier)
}

/// An attachment as the user knows it: "Pièce 2 « Facture de l'hôpital »" (its number alone without description),
/// "la pièce 2 « … »" inside a sentence.
func attachmentName(_ index: Int, dossier: Dossier, inSentence: Bool = false) -> String {
    let attachments = dossier.dispute.attachments
    let description = index < attachments.count ? oneLine(attachments[index].description.trimmed) : ""
    let number = String(index + 1)
    if description.isEmpty {
        return Texts.text(inSentence ? "wizard.attachment.numbered.inSentence" : "wizard.attachment.numbered", number)
    }
    return Texts.text(
        inSentence ? "wizard.attachment.named.inSentence" : "wizard.attachment.named", number,
        truncated(description, 40))
}

/// The timeline: the next step first, then every entry with its status and dates, coloured by urgency.
func drawTimeline(_ wizard: WizardState, env: AppEnvironment, into screen: inout ScreenBuffer) {
    let lines = timelineLines(wizard, env: env, width: screen.width)
    let top = WizardLayout.chromeTop
    let rows = WizardLayout.contentRows(height: screen.height)
    let first = min(wizard.timelineScroll, max(0, lines.count - rows))
    for (i, line) in lines.dropFirst(first).prefix(rows).enumerated() {
        screen.put(line.0, x: 2, y: top + i, style: line.1, maxWidth: screen.width - 3)
    }
    if first > 0 { screen.put("▲", x: screen.width - 2, y: top, style: .muted) }
    if lines.count - first > rows { screen.put("▼", x: screen.width - 2, y: top + rows - 1, style: .muted) }
    // The cursor on the first line shown (a screen reader reads from there).
    screen.cursor = (2, top)
}

/// The timeline's lines, wrapped for a screen width, with their styles (the view draws them, the update scrolls
/// them).
func timelineLines(_ wizard: WizardState, env: AppEnvironment, width screenWidth: Int) -> [(String, Style)] {
    let timeline = Timeline(dossier: wizard.dossier, catalog: env.catalog, today: env.today)
    let width = screenWidth - 4
    func style(_ severity: TimelineSeverity) -> Style {
        switch severity {
        case .none, .info: .normal
        case .soon: .ok
        case .urgent: .warning
        case .critical, .passed: .error
        }
    }
    var lines: [(String, Style)] = []
    /// Wrapped lines; continuation lines hang under the text, after the mark.
    func add(_ text: String, _ style: Style, indent: Int = 0, hanging: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        let wrapped = TextWrapper.wrap(text, width: max(20, width - indent - hanging)).split(separator: "\n")
        for (i, line) in wrapped.enumerated() {
            lines.append((pad + (i == 0 ? "" : String(repeating: " ", count: hanging)) + line, style))
        }
    }
    add(Texts.text("wizard.timeline.nextStep", timeline.nextStep.summary), .focused)
    if let warning = timeline.nextStep.warning { add("⚠ " + warning, style(timeline.nextStep.severity), indent: 2) }
    lines.append(("", .normal))
    for entry in timeline.entries {
        let mark: String
        switch entry.status {
        case .done: mark = "✓"
        case .tooLate, .overdue: mark = "✗"
        case .waiting, .suspended, .elapsed: mark = "…"
        case .possibleFrom, .possibleNow: mark = "→"
        case .toDo: mark = "•"
        }
        add("\(mark) \(entry.title) — \(entry.status.phrase)", style(entry.severity), hanging: 2)
        if !entry.detail.isEmpty { add(entry.detail, .muted, indent: 4) }
        if let delay = entry.delayLine { add(delay, .muted, indent: 4) }
    }
    lines.append(("", .normal))
    add(Timeline.disclaimer, .muted)
    return lines
}
