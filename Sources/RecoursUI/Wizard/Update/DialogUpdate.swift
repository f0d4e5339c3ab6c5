import RecoursCore

extension Dialog {
    /// What a dialog asks of the wizard after a key.
    enum Outcome: Equatable {
        /// Still open (the export path being typed).
        case none
        /// Closed without doing anything (Escape, or "no" to removing an attachment).
        case close
        case removeAttachment(Int)
        /// "No" to replacing an existing file.
        case keepExistingFile
        /// Export to this typed path (`overwrite` once the user said yes).
        case export(path: String, overwrite: Bool)
    }

    /// A confirmation takes any key ("o" is yes, anything else no); the export path is a one-line input.
    mutating func handle(_ key: Key) -> Outcome {
        switch self {
        case .confirmDeleteAttachment(let index):
            return KeyMap.confirmation.action(for: key) == .yes ? .removeAttachment(index) : .close
        case .confirmOverwrite(let path):
            return KeyMap.confirmation.action(for: key) == .yes
                ? .export(path: path, overwrite: true) : .keepExistingFile
        case .exportPath(var editor):
            switch KeyMap.form.action(for: key) {
            case .close?:
                return .close
            case .confirm?:
                let path = editor.text.trimmed
                return path.isEmpty ? .none : .export(path: path, overwrite: false)
            case .edit(let action)?:
                editor.apply(action)
            case .undo?:
                editor.undo()
            case .nextField?, .previousField?:
                break
            case nil:
                if let text = key.insertedText { editor.apply(.insert(text)) }
            }
            self = .exportPath(editor: editor)
            return .none
        }
    }
}
