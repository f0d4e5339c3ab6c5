extension ReviewState {
    /// What the review screen asks of the wizard after a key.
    enum Outcome: Equatable {
        case none
        /// Go to the field of problem number `n`.
        case fix(Int)
        case export
    }

    /// Moves in the problem list or scrolls the preview (Tab switches between them).
    mutating func handle(_ key: Key, problemCount: Int) -> Outcome {
        switch KeyMap.review.action(for: key) {
        case .togglePreview?:
            previewFocused.toggle()
        case .up?:
            if previewFocused { previewScroll = max(0, previewScroll - 1) } else { selection = max(0, selection - 1) }
        case .down?:
            if previewFocused { previewScroll += 1 } else { selection = min(max(0, problemCount - 1), selection + 1) }
        case .first?:
            if previewFocused { previewScroll = 0 } else { selection = 0 }
        case .last?:
            // The view clamps the preview's scroll to its last page.
            if previewFocused { previewScroll = Int.max / 2 } else { selection = max(0, problemCount - 1) }
        case .fix?:
            guard !previewFocused, selection < problemCount else { return .none }
            return .fix(selection)
        case .export?:
            return .export
        case nil:
            break
        }
        return .none
    }
}
