import Foundation
import RecoursCore
import RecoursLetters

/// Seconds without typing before an automatic save.
let autosaveDelay = 0.5
/// Seconds before retrying a save that failed.
let saveRetryDelay = 2.0

extension WizardState {
    // MARK: Derived data

    mutating func revalidate(env: AppEnvironment) {
        let validator = env.validator
        issues = validator.issues(in: dossier)
        letterReady = EscalationStage.allCases.filter { $0 <= dossier.currentStage }.map { stage in
            stage == dossier.currentStage ? !issues.contains { $0.severity == .error } : validator.canExport(dossier, stage: stage)
        }
    }

    /// Every problem of the current stage, for the review screen (whether touched or not).
    var allProblems: [ValidationIssue] { issues }

    func letterPreview(env: AppEnvironment) -> [String] {
        env.renderer.render(dossier, date: env.today).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: Saving

    func saveEffect() -> Effect {
        var copy = dossier
        copy.resumePoint = ResumePoint(screen: screen.rawValue, field: focusedSpec?.field.path ?? "")
        return .save(copy, to: draftURL)
    }

    mutating func markChanged(env: AppEnvironment) {
        revalidate(env: env)
        saveStatus = .modified
        if pendingSince == nil { pendingSince = lastTick }
    }

    mutating func tick(now: Double) -> [Effect] {
        lastTick = now
        if pendingSince == nil, saveStatus != .saved, retryAfter == nil, savesInFlight == 0 { pendingSince = now }
        guard let since = pendingSince, now - since >= autosaveDelay else { return [] }
        if let retry = retryAfter, now < retry { return [] }
        return [requestSave()]
    }

    mutating func requestSave() -> Effect {
        pendingSince = nil
        retryAfter = nil
        return startSave()
    }

    /// The save effect, counted as under way until its result comes back.
    mutating func startSave() -> Effect {
        savesInFlight += 1
        return saveEffect()
    }

    mutating func didSave(_ result: Result<String, SaveFailure>) {
        savesInFlight = max(0, savesInFlight - 1)
        switch result {
        case .success:
            if pendingSince == nil { saveStatus = .saved }
        case .failure(let failure):
            saveStatus = .failed(failure.message)
            retryAfter = lastTick + saveRetryDelay
            if pendingSince == nil { pendingSince = lastTick }
        }
    }

    // MARK: Focus and layout

    /// Keeps focus in range, gives the focused text field an editor sized to the screen, scrolls to it.
    mutating func prepareFocus(env: AppEnvironment, width: Int, height: Int) {
        let specs = fields
        if focus >= specs.count { focus = max(0, specs.count - 1) }
        if let spec = focusedSpec, spec.isTextual {
            let inputWidth = WizardLayout.inputWidth(for: spec, width: width)
            if editor == nil || editor?.text != dossier[spec.field] || editor?.multiline != spec.isMultiline {
                editor = TextEditor(text: dossier[spec.field], multiline: spec.isMultiline, width: inputWidth)
                editor!.apply(.documentEnd)
            } else {
                editor!.width = inputWidth
            }
        } else {
            editor = nil
        }
        if let spec = focusedSpec, case .attachments = spec.kind {
            attachmentSelection = min(attachmentSelection, dossier.dispute.attachments.count)
        }
        countWrappedLines(width: width)
        ensureFocusVisible(env: env, width: width, height: height)
    }

    /// Counts the visual lines of the screen's multi-line fields that are not being edited, when the text or the
    /// width changed since they were counted; forgets the others.
    mutating func countWrappedLines(width: Int) {
        var counts: [Field: WrappedLineCount] = [:]
        for (index, spec) in fields.enumerated() where spec.isMultiline && !(index == focus && editor != nil) {
            let text = dossier[spec.field]
            let columns = max(1, WizardLayout.inputWidth(for: spec, width: width))
            if let known = wrappedLineCounts[spec.field], known.holds(for: text, width: columns) {
                counts[spec.field] = known
            } else {
                counts[spec.field] = WrappedLineCount(
                    text: text, width: columns, count: TextEditor.visualLineCount(of: text, width: columns))
            }
        }
        wrappedLineCounts = counts
    }

    /// Lets go of the focused field's editor; a multi-line one leaves its line count behind (it knows it already).
    mutating func dropEditor() {
        if let editor, editor.multiline, let spec = focusedSpec, spec.isMultiline {
            wrappedLineCounts[spec.field] = WrappedLineCount(
                text: editor.text, width: max(1, editor.width), count: editor.visualLineCount)
        }
        editor = nil
    }

    mutating func ensureFocusVisible(env: AppEnvironment, width: Int, height: Int) {
        let layout = WizardLayout(state: self, env: env, width: width)
        let rows = WizardLayout.contentRows(height: height)
        guard let item = layout.item(focus) else {
            scroll = 0
            return
        }
        var top = item.top
        var bottom = item.top + item.height
        if spec(item).isMultiline, var editor {
            let first = editor.scrollToCursor(height: item.inputHeight)
            self.editor = editor
            let cursorRow = item.top + item.inputRow + editor.cursorLocation().row - first
            top = min(top, cursorRow)
            bottom = max(min(bottom, cursorRow + 1 + item.messages.count), cursorRow + 1)
        }
        if item.spec.kind == .attachments {
            let row = item.top + item.inputRow + attachmentSelection
            top = min(item.top, row)
            bottom = row + 1
        }
        if bottom - top > rows { bottom = top + rows }
        if top < scroll { scroll = top }
        if bottom > scroll + rows { scroll = bottom - rows }
        scroll = max(0, min(scroll, max(0, layout.contentHeight - rows)))
        if top < scroll { scroll = top }
    }

    private func spec(_ item: WizardLayout.Item) -> FieldSpec { item.spec }

    mutating func moveFocus(to index: Int, env: AppEnvironment, width: Int, height: Int) {
        if let spec = focusedSpec { leave(spec) }
        dropEditor()
        focus = max(0, min(index, fields.count - 1))
        attachmentSelection = 0
        prepareFocus(env: env, width: width, height: height)
    }

    mutating func leave(_ spec: FieldSpec) {
        touched.insert(spec.field)
        if spec.kind == .attachments {
            for i in dossier.dispute.attachments.indices {
                touched.formUnion([.attachmentDescription(i), .attachmentDate(i), .attachmentPath(i)])
            }
        }
    }

    /// Goes to a screen, saving first when something changed.
    mutating func go(to target: WizardScreen, focusing field: Field? = nil, env: AppEnvironment, width: Int, height: Int) -> [Effect] {
        if let spec = focusedSpec { leave(spec) }
        dropEditor()
        screen = target
        focus = field.flatMap { f in fields.firstIndex { $0.field == f } } ?? 0
        popup = nil
        scroll = 0
        review = ReviewState()
        timelineScroll = 0
        prepareFocus(env: env, width: width, height: height)
        return saveStatus == .saved ? [] : [requestSave()]
    }

    // MARK: Editing

    mutating func setValue(_ value: String, of field: Field, env: AppEnvironment) {
        guard dossier[field] != value else { return }
        dossier[field] = value
        markChanged(env: env)
    }

    /// Writes the text of the focused editor after an edit that changed it (its `apply` or `undo` said so). Not
    /// compared with the old value first: that comparison reads the whole text, at every key.
    mutating func storeEditedText(_ value: String, of field: Field, env: AppEnvironment) {
        dossier[field] = value
        markChanged(env: env)
    }

    mutating func replaceFocusedText(_ text: String, env: AppEnvironment, width: Int, height: Int) {
        guard let spec = focusedSpec, spec.isTextual, var editor else { return }
        // Replace through the editor so that Ctrl-Z can bring the old text back.
        var replaced = editor
        replaced.replaceText(with: text)
        self.editor = replaced
        setValue(replaced.text, of: spec.field, env: env)
        ensureFocusVisible(env: env, width: width, height: height)
    }

    // MARK: Keys

    mutating func handleKey(
        _ key: Key, env: AppEnvironment, width: Int, height: Int, message: inout StatusMessage?
    ) -> [Effect] {
        if dialog != nil { return handleDialogKey(key, env: env, width: width, height: height, message: &message) }
        if attachmentDialog != nil { return handleAttachmentDialogKey(key, env: env, width: width, height: height) }
        if popup != nil { return handlePopupKey(key, env: env, width: width, height: height) }

        switch key {
        case .control("s"):
            message = StatusMessage("Brouillon enregistré dans \(draftURL.path)", .ok)
            return [requestSave()]
        case .pageDown:
            guard let next = screen.next else { return [] }
            return go(to: next, env: env, width: width, height: height)
        case .pageUp:
            guard let previous = screen.previous else { return [] }
            return go(to: previous, env: env, width: width, height: height)
        case .control("x"):
            var effects: [Effect] = []
            if screen != .review { effects = go(to: .review, env: env, width: width, height: height) }
            openExport(env: env, message: &message)
            return effects
        default:
            break
        }
        if screen == .review { return handleReviewKey(key, env: env, width: width, height: height, message: &message) }
        if screen == .timeline {
            switch key {
            case .up: timelineScroll = max(0, timelineScroll - 1)
            case .down, .enter: timelineScroll += 1
            case .home: timelineScroll = 0
            case .tab: return go(to: .review, env: env, width: width, height: height)
            case .backTab: return go(to: .expectations, env: env, width: width, height: height)
            default: break
            }
            return []
        }
        guard let spec = focusedSpec else { return [] }
        switch key {
        case .tab:
            if focus + 1 < fields.count {
                moveFocus(to: focus + 1, env: env, width: width, height: height)
                return []
            }
            guard let next = screen.next else { return [] }
            return go(to: next, env: env, width: width, height: height)
        case .backTab:
            if focus > 0 {
                moveFocus(to: focus - 1, env: env, width: width, height: height)
                return []
            }
            guard let previous = screen.previous else { return [] }
            let effects = go(to: previous, env: env, width: width, height: height)
            if !fields.isEmpty { moveFocus(to: fields.count - 1, env: env, width: width, height: height) }
            return effects
        default:
            break
        }
        switch spec.kind {
        case .text, .date, .multiline:
            return handleTextKey(key, spec: spec, env: env, width: width, height: height)
        case .choice:
            return handleChoiceKey(key, spec: spec, env: env, width: width, height: height)
        case .attachments:
            return handleAttachmentsKey(key, env: env, width: width, height: height)
        }
    }

    mutating func handleTextKey(_ key: Key, spec: FieldSpec, env: AppEnvironment, width: Int, height: Int) -> [Effect] {
        guard var editor else { return [] }
        let action: EditAction?
        switch key {
        case .character(let c): action = .insert(String(c))
        case .paste(let text): action = .insert(text)
        case .backspace: action = .backspace
        case .delete: action = .deleteForward
        case .left: action = .left
        case .right: action = .right
        case .home, .control("a"): action = .home
        case .end: action = .end
        case .wordLeft: action = .wordLeft
        case .wordRight: action = .wordRight
        case .control("u"): action = .killToStart
        case .control("k"): action = .killToEnd
        case .control("z"):
            self.editor = nil  // the only reference left: the text's storage is changed in place, not copied
            let undone = editor.undo()
            self.editor = editor
            if undone {
                storeEditedText(editor.text, of: spec.field, env: env)
                ensureFocusVisible(env: env, width: width, height: height)
            }
            return []
        case .control("e"):
            if spec.isMultiline { return [.editExternally(text: editor.text)] }
            action = .end
        case .enter:
            if spec.isMultiline {
                action = .newline
            } else {
                moveFocus(to: focus + 1, env: env, width: width, height: height)
                return []
            }
        case .up:
            if spec.isMultiline, editor.cursorLocation().row > 0 {
                action = .up
            } else {
                moveFocus(to: focus - 1, env: env, width: width, height: height)
                return []
            }
        case .down:
            if spec.isMultiline, editor.cursorLocation().row < editor.visualLineCount - 1 {
                action = .down
            } else {
                moveFocus(to: focus + 1 < fields.count ? focus + 1 : focus, env: env, width: width, height: height)
                return []
            }
        default:
            action = nil
        }
        guard let action else { return [] }
        self.editor = nil  // the only reference left: the text's storage is changed in place, not copied
        let changed = editor.apply(action)
        self.editor = editor
        if changed { storeEditedText(editor.text, of: spec.field, env: env) }
        ensureFocusVisible(env: env, width: width, height: height)
        return []
    }

    mutating func handleChoiceKey(_ key: Key, spec: FieldSpec, env: AppEnvironment, width: Int, height: Int) -> [Effect] {
        let options = ChoiceOptions.options(for: spec.field, dossier: dossier, catalog: env.catalog)
        let current = options.firstIndex { $0.value == dossier[spec.field] }
        switch key {
        case .enter, .character(" "):
            popup = ChoicePopup(field: spec.field, filter: "", selection: current ?? 0)
        case .character(let c):
            var p = ChoicePopup(field: spec.field, filter: String(c))
            p.selection = 0
            popup = p
        case .left, .right:
            guard !options.isEmpty else { return [] }
            let step = key == .right ? 1 : -1
            let index = ((current ?? (step > 0 ? -1 : 0)) + step + options.count) % options.count
            choose(options[index].value, for: spec.field, env: env, width: width, height: height)
        case .up:
            moveFocus(to: focus - 1, env: env, width: width, height: height)
        case .down:
            moveFocus(to: focus + 1 < fields.count ? focus + 1 : focus, env: env, width: width, height: height)
        default:
            break
        }
        return []
    }

    mutating func choose(_ value: String, for field: Field, env: AppEnvironment, width: Int, height: Int) {
        setValue(value, of: field, env: env)
        // The fund list depends on the country: a fund of the other country is cleared.
        if field == .country, let id = Optional(dossier.fund.organismId), !id.isEmpty, id != FundChoice.otherId,
            let fund = env.catalog.organism(id: id), fund.country.rawValue != value
        {
            setValue("", of: .fund, env: env)
        }
        prepareFocus(env: env, width: width, height: height)
    }

    mutating func handlePopupKey(_ key: Key, env: AppEnvironment, width: Int, height: Int) -> [Effect] {
        guard var popup else { return [] }
        let all = ChoiceOptions.options(for: popup.field, dossier: dossier, catalog: env.catalog)
        let visible = popup.visibleOptions(all)
        switch key {
        case .escape:
            self.popup = nil
            return []
        case .up:
            popup.selection = max(0, popup.selection - 1)
        case .down, .tab:
            popup.selection = min(max(0, visible.count - 1), popup.selection + 1)
        case .home, .pageUp:
            popup.selection = 0
        case .end, .pageDown:
            popup.selection = max(0, visible.count - 1)
        case .enter:
            guard popup.selection < visible.count else { return [] }
            let field = popup.field
            self.popup = nil
            choose(visible[popup.selection].value, for: field, env: env, width: width, height: height)
            if focusedSpec?.field == field {
                moveFocus(to: focus + 1 < fields.count ? focus + 1 : focus, env: env, width: width, height: height)
            }
            return []
        case .backspace:
            if !popup.filter.isEmpty { popup.filter.removeLast() }
            popup.selection = 0
        case .character(let c):
            popup.filter.append(c)
            popup.selection = 0
        case .paste(let text):
            popup.filter += text.withoutControlCharacters.replacingOccurrences(of: "\n", with: " ")
            popup.selection = 0
        default:
            break
        }
        self.popup = popup
        return []
    }

    // MARK: Attachments

    mutating func handleAttachmentsKey(_ key: Key, env: AppEnvironment, width: Int, height: Int) -> [Effect] {
        let count = dossier.dispute.attachments.count
        switch key {
        case .up:
            if attachmentSelection > 0 { attachmentSelection -= 1 } else { moveFocus(to: focus - 1, env: env, width: width, height: height) }
        case .down:
            if attachmentSelection < count { attachmentSelection += 1 } else { moveFocus(to: focus, env: env, width: width, height: height) }
        case .enter where attachmentSelection < count:
            openAttachmentDialog(index: attachmentSelection, isNew: false, width: width)
        case .enter, .insert:
            dossier.dispute.attachments.append(Attachment())
            attachmentSelection = dossier.dispute.attachments.count - 1
            openAttachmentDialog(index: attachmentSelection, isNew: true, width: width)
        case .delete, .control("d"):
            if attachmentSelection < count { dialog = .confirmDeleteAttachment(index: attachmentSelection) }
        case .shiftUp, .character("-"):
            guard attachmentSelection > 0, attachmentSelection < count else { return [] }
            dossier.dispute.attachments.swapAt(attachmentSelection, attachmentSelection - 1)
            attachmentSelection -= 1
            markChanged(env: env)
        case .shiftDown, .character("+"):
            guard attachmentSelection + 1 < count else { return [] }
            dossier.dispute.attachments.swapAt(attachmentSelection, attachmentSelection + 1)
            attachmentSelection += 1
            markChanged(env: env)
        default:
            break
        }
        ensureFocusVisible(env: env, width: width, height: height)
        return []
    }

    mutating func openAttachmentDialog(index: Int, isNew: Bool, width: Int) {
        let editorWidth = max(10, min(60, width - 10))
        attachmentDialog = AttachmentDialog(
            index: index, focus: 0,
            editor: TextEditor(text: dossier[.attachmentDescription(index)], multiline: false, width: editorWidth),
            isNew: isNew)
        attachmentDialog!.editor.apply(.end)
    }

    mutating func handleAttachmentDialogKey(_ key: Key, env: AppEnvironment, width: Int, height: Int) -> [Effect] {
        guard var d = attachmentDialog else { return [] }
        let field = AttachmentDialog.field(d.focus, d.index)
        func focusField(_ n: Int) {
            d.focus = n
            let f = AttachmentDialog.field(n, d.index)
            d.editor = TextEditor(text: dossier[f], multiline: false, width: d.editor.width)
            d.editor.apply(.end)
        }
        switch key {
        case .escape:
            if d.isNew, dossier.dispute.attachments[d.index].isBlank {
                dossier.dispute.attachments.remove(at: d.index)
                attachmentSelection = min(attachmentSelection, dossier.dispute.attachments.count)
            }
            attachmentDialog = nil
            touched.formUnion([.attachments, .attachmentDescription(d.index), .attachmentDate(d.index), .attachmentPath(d.index)])
            revalidate(env: env)
            ensureFocusVisible(env: env, width: width, height: height)
            return []
        case .enter:
            if d.focus < 2 {
                focusField(d.focus + 1)
            } else {
                attachmentDialog = nil
                touched.formUnion([.attachments, .attachmentDescription(d.index), .attachmentDate(d.index), .attachmentPath(d.index)])
                revalidate(env: env)
                ensureFocusVisible(env: env, width: width, height: height)
                return []
            }
        case .tab, .down:
            focusField((d.focus + 1) % 3)
        case .backTab, .up:
            focusField((d.focus + 2) % 3)
        case .control("z"):
            if d.editor.undo() { setValue(d.editor.text, of: field, env: env) }
        default:
            if let action = Self.singleLineAction(for: key), d.editor.apply(action) { setValue(d.editor.text, of: field, env: env) }
        }
        attachmentDialog = d
        return []
    }

    /// The editing keys of a single-line input in a dialog (no undo, no external editor: Ctrl-E is End).
    static func singleLineAction(for key: Key) -> EditAction? {
        switch key {
        case .character(let c): .insert(String(c))
        case .paste(let text): .insert(text)
        case .backspace: .backspace
        case .delete: .deleteForward
        case .left: .left
        case .right: .right
        case .home, .control("a"): .home
        case .end, .control("e"): .end
        case .wordLeft: .wordLeft
        case .wordRight: .wordRight
        case .control("u"): .killToStart
        case .control("k"): .killToEnd
        default: nil
        }
    }

    // MARK: Dialogs

    mutating func handleDialogKey(
        _ key: Key, env: AppEnvironment, width: Int, height: Int, message: inout StatusMessage?
    ) -> [Effect] {
        guard let dialog else { return [] }
        switch dialog {
        case .confirmDeleteAttachment(let index):
            self.dialog = nil
            if key == .character("o") || key == .character("O") || key == .character("y") {
                if index < dossier.dispute.attachments.count {
                    dossier.dispute.attachments.remove(at: index)
                    attachmentSelection = min(attachmentSelection, dossier.dispute.attachments.count)
                    markChanged(env: env)
                    message = StatusMessage("Pièce retirée.", .ok)
                }
            }
            ensureFocusVisible(env: env, width: width, height: height)
            return []
        case .confirmOverwrite(let path):
            self.dialog = nil
            if key == .character("o") || key == .character("O") || key == .character("y") {
                return [.export(text: env.renderer.render(dossier, date: env.today), to: URL(fileURLWithPath: path), overwrite: true)]
            }
            message = StatusMessage("Export annulé : le fichier existant n'a pas été modifié.", .muted)
            return []
        case .exportPath(var editor):
            switch key {
            case .escape:
                self.dialog = nil
                return []
            case .enter:
                let path = (editor.text.trimmed as NSString).expandingTildeInPath
                guard !path.isEmpty else { return [] }
                let url = URL(fileURLWithPath: path, relativeTo: draftURL.deletingLastPathComponent()).standardizedFileURL
                return [.export(text: env.renderer.render(dossier, date: env.today), to: url, overwrite: false)]
            default:
                if let action = Self.singleLineAction(for: key) { editor.apply(action) }
                self.dialog = .exportPath(editor: editor)
                return []
            }
        }
    }

    mutating func openExport(env: AppEnvironment, message: inout StatusMessage?) {
        let errors = ExportPolicy.errorCount(issues)
        guard errors == 0 else {
            message = StatusMessage(
                "La lettre ne peut pas encore être exportée : \(errors) erreur\(errors > 1 ? "s" : "") à corriger (Entrée sur un problème pour y aller).",
                .error)
            return
        }
        let path = ExportPolicy.defaultLetterURL(draft: draftURL, stage: dossier.currentStage).path
        var editor = TextEditor(text: path, multiline: false, width: 56)
        editor.apply(.end)
        dialog = .exportPath(editor: editor)
    }

    // MARK: Review

    mutating func handleReviewKey(
        _ key: Key, env: AppEnvironment, width: Int, height: Int, message: inout StatusMessage?
    ) -> [Effect] {
        let problems = allProblems
        switch key {
        case .tab, .backTab:
            review.previewFocused.toggle()
        case .up:
            if review.previewFocused { review.previewScroll = max(0, review.previewScroll - 1) } else { review.selection = max(0, review.selection - 1) }
        case .down:
            if review.previewFocused { review.previewScroll += 1 } else { review.selection = min(max(0, problems.count - 1), review.selection + 1) }
        case .home:
            if review.previewFocused { review.previewScroll = 0 } else { review.selection = 0 }
        case .end:
            if review.previewFocused { review.previewScroll = Int.max / 2 } else { review.selection = max(0, problems.count - 1) }
        case .enter:
            guard !review.previewFocused, review.selection < problems.count else { return [] }
            return jump(to: problems[review.selection].field, env: env, width: width, height: height)
        case .character("e"), .character("x"):
            openExport(env: env, message: &message)
        default:
            break
        }
        return []
    }

    /// Goes to the screen and field of a problem.
    mutating func jump(to field: Field, env: AppEnvironment, width: Int, height: Int) -> [Effect] {
        let target: Field
        switch field {
        case .attachmentDescription, .attachmentDate, .attachmentPath: target = .attachments
        default: target = field
        }
        guard let screen = WizardScreen.allCases.first(where: { s in s.allFields.contains { $0.field == target } }) else { return [] }
        let effects = go(to: screen, focusing: target, env: env, width: width, height: height)
        touched.insert(target)
        if case .attachmentDescription(let i) = field { attachmentSelection = i }
        if case .attachmentDate(let i) = field { attachmentSelection = i }
        if case .attachmentPath(let i) = field { attachmentSelection = i }
        ensureFocusVisible(env: env, width: width, height: height)
        return effects
    }
}
