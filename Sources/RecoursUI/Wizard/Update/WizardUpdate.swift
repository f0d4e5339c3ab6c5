import Foundation
import RecoursCore
import RecoursLetters

extension WizardState {
    // MARK: Saving

    func saveEffect() -> Effect {
        var copy = dossier
        copy.resumePoint = resumePoint
        // The save runs on another thread and holds its dossier until the file is written (10–15 ms for 1 MB):
        // the text being edited is copied for it, so that the editor's stays the only owner of its buffer and
        // the keys typed meanwhile still change it in place (see `EditorStorage.replace`). One copy of the text
        // per save, every half second of typing at most, instead of one per key during the save.
        if let editor, let spec = focusedSpec, spec.isTextual, Self.sharesBuffer(copy[spec.field], editor.text) {
            var own = String()
            own.reserveCapacity(editor.text.utf8.count)
            own += editor.text
            copy[spec.field] = own
        }
        return .save(copy, to: draftURL)
    }

    /// Whether two texts of more than a kilobyte are the same String buffer (then they are equal, byte for byte).
    static func sharesBuffer(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count, a.utf8.count > 1024 else { return false }
        let first = a.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) }
        let second = b.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) }
        return first != nil && first == second
    }

    /// Runs an edit on the focused editor, taken out of the state, with the dossier's reference to the same text
    /// handed back for the time of the edit: the editor's buffer then has one owner and is changed in place (a
    /// 1 MB text was copied at every key). Returns what `edit` returned: whether the text changed; the caller
    /// then stores the new text (`storeEditedText`); otherwise the dossier gets its text back as it was.
    mutating func editFocusedText(
        _ editor: inout TextEditor, field: Field, _ edit: (inout TextEditor) -> Bool
    ) -> Bool {
        self.editor = nil  // the state's reference to the editor's buffers
        let shared = Self.sharesBuffer(dossier[field], editor.text)
        if shared { dossier[field] = "" }
        let changed = edit(&editor)
        if shared, !changed { dossier[field] = editor.text }
        self.editor = editor
        return changed
    }

    /// Something in the dossier changed: it is checked again, a save is due, and the draft says when it changed
    /// (a save that only records where the user is keeps the time of the last change).
    mutating func markChanged(env: AppEnvironment) {
        dossier.updatedAt = env.now()
        revalidate(env: env)
        autosave.changed()
    }

    mutating func tick(now: Double) -> [Effect] {
        autosave.tick(now: now) ? [requestSave()] : []
    }

    /// A save when something is not on disk yet (a change, or only where the user is), else nothing.
    mutating func saveIfNeeded() -> [Effect] {
        saveStatus == .saved && !resumePointMoved ? [] : [requestSave()]
    }

    /// The save effect, counted as under way until its result comes back.
    mutating func requestSave() -> Effect {
        autosave.saving()
        savedResumePoint = resumePoint
        return saveEffect()
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

    mutating func replaceFocusedText(_ text: String, context: UpdateContext) {
        guard let spec = focusedSpec, spec.isTextual, let editor else { return }
        // Replace through the editor so that Ctrl-Z can bring the old text back.
        var replaced = editor
        replaced.replaceText(with: text)
        self.editor = replaced
        setValue(replaced.text, of: spec.field, env: context.env)
        ensureFocusVisible(context: context)
    }

    // MARK: Keys

    /// A key in the wizard: the open dialog, list or form takes it first; then the keys of every screen; then the
    /// screen's own (review, timeline) or the focused field's.
    mutating func handleKey(_ key: Key, context: UpdateContext, message: inout StatusMessage?) -> [Effect] {
        if dialog != nil { return handleDialogKey(key, context: context, message: &message) }
        if attachmentDialog != nil { return handleAttachmentDialogKey(key, context: context) }
        if popup != nil { return handlePopupKey(key, context: context) }

        let fieldScreen = screen != .review && screen != .timeline && screen != .sending
        // PgDn and PgUp page through the letter on the review screen.
        if screen == .review, let action = KeyMap.review.action(for: key), action == .pageDown || action == .pageUp {
            return handleReviewKey(key, context: context, message: &message)
        }
        switch KeyMap.wizard.action(for: key) {
        case .save?:
            message = StatusMessage(Texts.text("status.savedTo", draftURL.path), .ok)
            return [requestSave()]
        case .nextScreen?:
            guard let next = screen.next else { return [] }
            return go(to: next, context: context)
        case .previousScreen?:
            guard let previous = screen.previous else { return [] }
            return go(to: previous, context: context)
        case .export?:
            var effects: [Effect] = []
            if screen != .review { effects = go(to: .review, context: context) }
            openExport(env: context.env, message: &message)
            return effects
        case .nextField? where fieldScreen:
            if focus + 1 < fields.count {
                moveFocus(to: focus + 1, context: context)
                return []
            }
            guard let next = screen.next else { return [] }
            return go(to: next, context: context)
        case .previousField? where fieldScreen:
            if focus > 0 {
                moveFocus(to: focus - 1, context: context)
                return []
            }
            guard let previous = screen.previous else { return [] }
            let effects = go(to: previous, context: context)
            if !fields.isEmpty { moveFocus(to: fields.count - 1, context: context) }
            return effects
        case .nextField?, .previousField?, nil:
            break
        }
        switch screen {
        case .review: return handleReviewKey(key, context: context, message: &message)
        case .timeline: return handleTimelineKey(key, context: context)
        case .sending: return handleSendingKey(key, context: context, message: &message)
        default: break
        }
        guard let spec = focusedSpec else { return [] }
        switch spec.kind {
        case .text, .date, .multilineText: return handleTextKey(key, spec: spec, context: context)
        case .choice: return handleChoiceKey(key, spec: spec, context: context)
        case .attachmentList: return handleAttachmentsKey(key, context: context)
        }
    }

    mutating func handleTextKey(_ key: Key, spec: FieldSpec, context: UpdateContext) -> [Effect] {
        guard var editor else { return [] }
        let env = context.env
        let action: EditAction
        switch KeyMap.text.action(for: key) {
        case .edit(let edit)?:
            action = edit
        case .undo?:
            let undone = editFocusedText(&editor, field: spec.field) { $0.undo() }
            if undone {
                storeEditedText(editor.text, of: spec.field, env: env)
                ensureFocusVisible(context: context)
            }
            return []
        case .externalEditor?:
            if spec.isMultiline { return [.editExternally(text: editor.text)] }
            action = .end
        case .enter?:
            guard spec.isMultiline else {
                moveFocus(to: focus + 1, context: context)
                return []
            }
            action = .newline
        case .up?:
            guard spec.isMultiline, editor.cursorLocation().row > 0 else {
                moveFocus(to: focus - 1, context: context)
                return []
            }
            action = .up
        case .down?:
            guard spec.isMultiline, editor.cursorLocation().row < editor.visualLineCount - 1 else {
                focusNextField(context: context)
                return []
            }
            action = .down
        case nil:
            guard let text = key.insertedText else { return [] }
            action = .insert(text)
        }
        let changed = editFocusedText(&editor, field: spec.field) { $0.apply(action) }
        if changed { storeEditedText(editor.text, of: spec.field, env: env) }
        ensureFocusVisible(context: context)
        return []
    }

    mutating func handleChoiceKey(_ key: Key, spec: FieldSpec, context: UpdateContext) -> [Effect] {
        let options = ChoiceOptions.options(for: spec.field, dossier: dossier, catalog: context.env.catalog)
        let current = options.firstIndex { $0.value == dossier[spec.field] }
        switch KeyMap.choice.action(for: key) {
        case .open?:
            popup = ChoicePopup(field: spec.field, filter: "", selection: current ?? 0)
        case .previousOption?, .nextOption?:
            guard !options.isEmpty else { return [] }
            let step = KeyMap.choice.action(for: key) == .nextOption ? 1 : -1
            let index = ((current ?? (step > 0 ? -1 : 0)) + step + options.count) % options.count
            choose(options[index].value, for: spec.field, context: context)
        case .up?:
            moveFocus(to: focus - 1, context: context)
        case .down?:
            focusNextField(context: context)
        case nil:
            // A typed letter, or a pasted text ("Mutualité chrétienne" copied from a letter), opens the list
            // filtered by it, on the current value when it matches: the pasted words are never dropped.
            if let text = key.insertedText {
                let filter = TextEditor.sanitize(text, multiline: false).trimmingCharacters(in: .whitespaces)
                guard !filter.isEmpty else { return [] }
                var list = ChoicePopup(field: spec.field, filter: filter, selection: 0)
                let value = dossier[spec.field]
                list.selection = list.visibleOptions(options).firstIndex { $0.value == value } ?? 0
                popup = list
            }
        }
        return []
    }

    mutating func choose(_ value: String, for field: Field, context: UpdateContext) {
        let env = context.env
        let focused = focusedSpec?.field
        setValue(value, of: field, env: env)
        // The fund list depends on the country: a fund of the other country is cleared.
        if field == .country, let id = Optional(dossier.fund.organismId), !id.isEmpty, id != FundChoice.otherId,
            let fund = env.catalog.organism(id: id), fund.country.rawValue != value
        {
            setValue("", of: .fund, env: env)
        }
        // A choice can show or hide fields (the kind of Belgian dispute, the other organism's name): the focus stays
        // on the field it was on.
        if let focused, let index = fields.firstIndex(where: { $0.field == focused }) { focus = index }
        prepareFocus(context: context)
    }

    mutating func handlePopupKey(_ key: Key, context: UpdateContext) -> [Effect] {
        guard var popup else { return [] }
        let options = ChoiceOptions.options(for: popup.field, dossier: dossier, catalog: context.env.catalog)
        let outcome = popup.handle(key, options: options)
        self.popup = popup
        switch outcome {
        case .none:
            break
        case .close:
            self.popup = nil
        case .choose(let value):
            self.popup = nil
            // The focus stays on the field: Tab then goes to the next one, as it would after typing.
            choose(value, for: popup.field, context: context)
        }
        return []
    }

    // MARK: Attachments

    mutating func handleAttachmentsKey(_ key: Key, context: UpdateContext) -> [Effect] {
        let count = dossier.dispute.attachments.count
        switch KeyMap.attachments.action(for: key) {
        case .up?:
            if attachmentSelection > 0 { attachmentSelection -= 1 } else { moveFocus(to: focus - 1, context: context) }
        case .down?:
            if attachmentSelection < count { attachmentSelection += 1 } else { moveFocus(to: focus, context: context) }
        case .open? where attachmentSelection < count:
            openAttachmentDialog(index: attachmentSelection, isNew: false, width: context.width)
        case .open?, .add?:
            dossier.dispute.attachments.append(Attachment())
            attachmentSelection = dossier.dispute.attachments.count - 1
            openAttachmentDialog(index: attachmentSelection, isNew: true, width: context.width)
        case .remove?:
            if attachmentSelection < count { dialog = .confirmDeleteAttachment(index: attachmentSelection) }
        case .moveUp?:
            guard attachmentSelection > 0, attachmentSelection < count else { return [] }
            dossier.dispute.attachments.swapAt(attachmentSelection, attachmentSelection - 1)
            attachmentSelection -= 1
            markChanged(env: context.env)
        case .moveDown?:
            guard attachmentSelection + 1 < count else { return [] }
            dossier.dispute.attachments.swapAt(attachmentSelection, attachmentSelection + 1)
            attachmentSelection += 1
            markChanged(env: context.env)
        case nil:
            break
        }
        ensureFocusVisible(context: context)
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

    mutating func handleAttachmentDialogKey(_ key: Key, context: UpdateContext) -> [Effect] {
        guard var form = attachmentDialog else { return [] }
        let outcome = form.handle(key, dossier: dossier)
        attachmentDialog = form
        switch outcome {
        case .none:
            break
        case .edited(let field, let text):
            setValue(text, of: field, env: context.env)
        case .close(let cancelled):
            if cancelled, form.isNew, dossier.dispute.attachments[form.index].isBlank {
                dossier.dispute.attachments.remove(at: form.index)
                attachmentSelection = min(attachmentSelection, dossier.dispute.attachments.count)
            }
            attachmentDialog = nil
            touched.insert(.attachments)
            touched.formUnion(Field.attachmentFields(form.index))
            revalidate(env: context.env)
            ensureFocusVisible(context: context)
        }
        return []
    }

    // MARK: Dialogs

    mutating func handleDialogKey(_ key: Key, context: UpdateContext, message: inout StatusMessage?) -> [Effect] {
        guard var open = dialog else { return [] }
        let outcome = open.handle(key)
        dialog = open
        switch outcome {
        case .none:
            return []
        case .close:
            dialog = nil
            ensureFocusVisible(context: context)
            return []
        case .removeAttachment(let index):
            dialog = nil
            if index < dossier.dispute.attachments.count {
                dossier.dispute.attachments.remove(at: index)
                attachmentSelection = min(attachmentSelection, dossier.dispute.attachments.count)
                markChanged(env: context.env)
                message = StatusMessage(Texts.text("status.attachmentRemoved"), .ok)
            }
            ensureFocusVisible(context: context)
            return []
        case .keepExistingFile:
            dialog = nil
            message = StatusMessage(Texts.text("status.exportCancelled"), .muted)
            return []
        case .export(let path, let overwrite):
            if overwrite { dialog = nil }
            let env = context.env
            switch env.renderer.exportableText(dossier, date: env.today) {
            case .success(let text): return [.export(text: text, to: exportURL(path, env: env), overwrite: overwrite)]
            case .failure(let problem):
                message = StatusMessage(problem.message, .error)
                return []
            }
        }
    }

    /// A typed export path: `~` is the home folder, a relative path is beside the draft.
    func exportURL(_ typed: String, env: AppEnvironment) -> URL {
        let path = PathExpansion.expandingTilde(typed, home: env.homeDirectory.path)
        return URL(fileURLWithPath: path, relativeTo: draftURL.deletingLastPathComponent()).standardizedFileURL
    }

    mutating func openExport(env: AppEnvironment, message: inout StatusMessage?) {
        if case .blocked(let errors) = ExportPolicy.readiness(issues) {
            message = StatusMessage(
                Texts.plural("status.exportBlocked", count: errors, String(errors)),
                .error)
            return
        }
        let path = defaultExportURL(env: env).path
        var editor = TextEditor(text: path, multiline: false, width: 56)
        editor.apply(.end)
        dialog = .exportPath(editor: editor)
    }

    // MARK: Review

    mutating func handleReviewKey(_ key: Key, context: UpdateContext, message: inout StatusMessage?) -> [Effect] {
        let problems = issues
        let layout = ReviewLayout(
            problemCount: problems.count, lineCount: letterPreview(env: context.env).count, height: context.height)
        switch review.handle(key, problemCount: problems.count, layout: layout) {
        case .none: return []
        case .fix(let index): return jump(to: problems[index].field, context: context)
        case .export:
            openExport(env: context.env, message: &message)
            return []
        case .previousScreen:
            guard let previous = screen.previous else { return [] }
            return go(to: previous, context: context)
        case .nextScreen:
            guard let next = screen.next else { return [] }
            return go(to: next, context: context)
        }
    }
}
