import RecoursCore

extension AttachmentDialog {
    /// What the dialog asks of the wizard after a key.
    enum Outcome: Equatable {
        case none
        /// The focused input's text changed: write it into this field.
        case edited(Field, String)
        /// Closed: Enter on the last input, or Escape (`cancelled`).
        case close(cancelled: Bool)
    }

    /// Edits the focused input; Enter goes to the next one, then closes. `dossier` gives the other inputs' texts.
    mutating func handle(_ key: Key, dossier: Dossier) -> Outcome {
        switch KeyMap.form.action(for: key) {
        case .close?:
            return .close(cancelled: true)
        case .confirm?:
            guard focus < 2 else { return .close(cancelled: false) }
            focusInput(focus + 1, dossier: dossier)
        case .nextField?:
            focusInput((focus + 1) % 3, dossier: dossier)
        case .previousField?:
            focusInput((focus + 2) % 3, dossier: dossier)
        case .undo?:
            if editor.undo() { return .edited(Self.field(focus, index), editor.text) }
        case .edit(let action)?:
            if editor.apply(action) { return .edited(Self.field(focus, index), editor.text) }
        case nil:
            if let text = key.insertedText, editor.apply(.insert(text)) {
                return .edited(Self.field(focus, index), editor.text)
            }
        }
        return .none
    }

    private mutating func focusInput(_ row: Int, dossier: Dossier) {
        if editor.canUndo { leftEditors[focus] = editor }
        let width = editor.width
        let text = dossier[Self.field(row, index)]
        focus = row
        if let left = leftEditors.removeValue(forKey: row), left.text == text {
            editor = left  // its Ctrl-Z history comes back with it
            editor.width = width
        } else {
            editor = TextEditor(text: text, multiline: false, width: width)
        }
        editor.apply(.end)
    }
}

extension Key {
    /// The text a key types into an input: a character or a paste.
    var insertedText: String? {
        switch self {
        case .character(let c): String(c)
        case .paste(let text): text
        default: nil
        }
    }
}
