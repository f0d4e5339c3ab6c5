import RecoursCore

extension WizardState {
    // MARK: Derived data

    /// The current stage's issues and, for the progress line, whether each stage's letter up to it can be exported
    /// (`issues(in:)` and `canExport` for each earlier stage, answered from `validationMemo` when the rules' inputs
    /// did not change).
    mutating func revalidate(env: AppEnvironment) {
        let stages = EscalationStage.allCases.filter { $0 <= dossier.currentStage }
        let found = validationMemo.issues(env.validator, in: dossier, for: stages)
        issues = found.last ?? []
        letterReady = found.map { stageIssues in !stageIssues.contains { $0.severity == .error } }
        earlierLetterProblem = nil
        for (stage, stageIssues) in zip(stages, found).dropLast() {
            if let error = stageIssues.first(where: { $0.severity == .error }) {
                earlierLetterProblem = EarlierLetterProblem(stage: stage, issue: error)
                break
            }
        }
    }

    // MARK: Focus and layout

    /// Keeps focus in range, gives the focused text field an editor sized to the screen, scrolls to it.
    mutating func prepareFocus(context: UpdateContext) {
        let specs = fields
        if focus >= specs.count { focus = max(0, specs.count - 1) }
        if let spec = focusedSpec, spec.isTextual {
            let inputWidth = WizardLayout.inputWidth(for: spec, width: context.width)
            if editor == nil, let left = leftEditors.removeValue(forKey: spec.field),
                left.multiline == spec.isMultiline,
                left.text == dossier[spec.field]
            {
                // Back to a field left earlier: its undo history comes back with it, the cursor at the end as
                // on any entry.
                editor = left
                editor!.width = inputWidth
                editor!.apply(.documentEnd)
                titleWhenEntered = spec.field == .title ? dossier.title : nil
            } else if editor == nil || editor?.text != dossier[spec.field] || editor?.multiline != spec.isMultiline {
                editor = TextEditor(text: dossier[spec.field], multiline: spec.isMultiline, width: inputWidth)
                editor!.apply(.documentEnd)
                titleWhenEntered = spec.field == .title ? dossier.title : nil
            } else {
                editor!.width = inputWidth
            }
        } else {
            editor = nil
        }
        if let spec = focusedSpec, spec.kind == .attachmentList {
            attachmentSelection = min(attachmentSelection, dossier.dispute.attachments.count)
        }
        countWrappedLines(width: context.width)
        ensureFocusVisible(context: context)
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

    /// Lets go of the focused field's editor; a multi-line one leaves its line count behind (it knows it already),
    /// one with something to undo is kept for when the user comes back (`leftEditors`).
    mutating func dropEditor() {
        if let editor, let spec = focusedSpec, spec.isTextual {
            if editor.multiline, spec.isMultiline {
                wrappedLineCounts[spec.field] = WrappedLineCount(
                    text: editor.text, width: max(1, editor.width), count: editor.visualLineCount)
            }
            if editor.canUndo { leftEditors[spec.field] = editor }
        }
        editor = nil
    }

    mutating func ensureFocusVisible(context: UpdateContext) {
        var memo = layoutMemo
        layoutMemo = LayoutMemo()  // taken out while it changes: the layout reads the rest of the state
        let layout = memo.layout(of: self, env: context.env, width: context.width)
        layoutMemo = memo
        let rows = WizardLayout.contentRows(height: context.height)
        guard let item = layout.item(focus) else {
            scroll = 0
            return
        }
        var top = item.top
        var bottom = item.top + item.height
        if item.spec.isMultiline, var editor {
            let first = editor.scrollToCursor(height: item.inputHeight)
            self.editor = editor
            let cursorRow = item.top + item.inputRow + editor.cursorLocation().row - first
            top = min(top, cursorRow)
            bottom = max(min(bottom, cursorRow + 1 + item.messages.count), cursorRow + 1)
        }
        if item.spec.kind == .attachmentList {
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

    mutating func moveFocus(to index: Int, context: UpdateContext) {
        if let spec = focusedSpec { leave(spec) }
        dropEditor()
        focus = max(0, min(index, fields.count - 1))
        attachmentSelection = 0
        prepareFocus(context: context)
    }

    /// The next field, staying on the last one.
    mutating func focusNextField(context: UpdateContext) {
        moveFocus(to: focus + 1 < fields.count ? focus + 1 : focus, context: context)
    }

    mutating func leave(_ spec: FieldSpec) {
        touched.insert(spec.field)
        if spec.kind == .attachmentList {
            for i in dossier.dispute.attachments.indices { touched.formUnion(Field.attachmentFields(i)) }
        }
    }

    /// Goes to a screen, saving first when something changed. The screen of the demands, first shown for a stage,
    /// fills that stage's request and reasons from the previous stage's (never over what the member typed).
    mutating func go(to target: WizardScreen, focusing field: Field? = nil, context: UpdateContext) -> [Effect] {
        if let spec = focusedSpec { leave(spec) }
        dropEditor()
        if target == .expectations, dossier.prefillStageTexts(of: dossier.currentStage) {
            markChanged(env: context.env)
        }
        screen = target
        focus = field.flatMap { f in fields.firstIndex { $0.field == f } } ?? 0
        popup = nil
        scroll = 0
        review = ReviewState()
        sending = SendingState()
        timelineScroll = 0
        prepareFocus(context: context)
        return saveIfNeeded()
    }

    /// Goes to the screen and field of a problem (an attachment's problem: its row in the list).
    mutating func jump(to field: Field, context: UpdateContext) -> [Effect] {
        let target = field.attachmentIndex == nil ? field : .attachments
        guard let screen = WizardScreen.holding(target) else { return [] }
        let effects = go(to: screen, focusing: target, context: context)
        touched.insert(target)
        if let index = field.attachmentIndex { attachmentSelection = index }
        ensureFocusVisible(context: context)
        return effects
    }
}
