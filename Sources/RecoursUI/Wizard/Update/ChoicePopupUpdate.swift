import Foundation
import RecoursCore

extension ChoicePopup {
    /// What the list asks of the wizard after a key.
    enum Outcome: Equatable {
        case none
        case close
        case choose(String)
    }

    /// Moves in the list, filters it, or picks; `options` are the field's options before filtering.
    mutating func handle(_ key: Key, options: [ChoiceOption]) -> Outcome {
        let visible = visibleOptions(options)
        switch KeyMap.popup.action(for: key) {
        case .close?:
            return .close
        case .up?:
            selection = max(0, selection - 1)
        case .down?:
            selection = min(max(0, visible.count - 1), selection + 1)
        case .first?:
            selection = 0
        case .last?:
            selection = max(0, visible.count - 1)
        case .choose?:
            guard selection < visible.count else { return .none }
            return .choose(visible[selection].value)
        case .eraseFilter?:
            if !filter.isEmpty { filter.removeLast() }
            selection = 0
        case .filter?, nil:
            // Typed or pasted text filters, cleaned as a one-line field's text is (escapes dropped, breaks as spaces).
            guard let text = key.insertedText else { break }
            filter += TextEditor.sanitize(text, multiline: false)
            selection = 0
        }
        return .none
    }
}
