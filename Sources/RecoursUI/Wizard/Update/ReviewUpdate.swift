extension ReviewState {
    /// What the review screen asks of the wizard after a key.
    enum Outcome: Equatable {
        case none
        /// Go to the field of problem number `n`.
        case fix(Int)
        case export
        /// PgUp with the letter at its top: back to the previous screen.
        case previousScreen
        /// PgDn with the letter's end shown: on to how to send it.
        case nextScreen
    }

    /// Moves in the problem list or scrolls the preview (Tab switches between them); PgDn and PgUp page through
    /// the preview (and give it the focus). `layout` says how many lines the preview shows and has.
    mutating func handle(_ key: Key, problemCount: Int, layout: ReviewLayout) -> Outcome {
        let maxScroll = layout.maxPreviewScroll
        previewScroll = min(previewScroll, maxScroll)
        // Without problems the preview is all there is to move in.
        if problemCount == 0 { previewFocused = true }
        switch KeyMap.review.action(for: key) {
        case .togglePreview?:
            if problemCount > 0 { previewFocused.toggle() }
        case .up?:
            if previewFocused { previewScroll = max(0, previewScroll - 1) } else { selection = max(0, selection - 1) }
        case .down?:
            if previewFocused {
                previewScroll = min(maxScroll, previewScroll + 1)
            } else {
                selection = min(max(0, problemCount - 1), selection + 1)
            }
        case .first?:
            if previewFocused { previewScroll = 0 } else { selection = 0 }
        case .last?:
            if previewFocused { previewScroll = maxScroll } else { selection = max(0, problemCount - 1) }
        case .pageDown?:
            if previewScroll >= maxScroll { return .nextScreen }
            previewFocused = true
            // One line of the last page stays on screen, as a reader's landmark.
            previewScroll = min(maxScroll, previewScroll + max(1, layout.previewRows - 1))
        case .pageUp?:
            if previewScroll == 0 { return .previousScreen }
            previewFocused = true
            previewScroll = max(0, previewScroll - max(1, layout.previewRows - 1))
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

/// Where the parts of the review screen go: the problem list's rows, then the preview's. Shared by the view and
/// the update (PgDn pages by the preview's height).
struct ReviewLayout {
    /// Rows of the problem list shown (0 without problems).
    let listRows: Int
    /// The row of the preview's title, and the preview's first row and number of rows.
    let previewTitleY: Int
    let previewRows: Int
    /// Lines of the letter.
    let lineCount: Int

    init(problemCount: Int, lineCount: Int, height: Int) {
        let top = WizardLayout.chromeTop
        let rows = WizardLayout.contentRows(height: height)
        listRows = problemCount == 0 ? 0 : min(problemCount, max(3, rows / 3))
        // The summary line, the list, a blank line, then the preview's title.
        previewTitleY = top + 1 + listRows + 1
        previewRows = max(0, top + rows - previewTitleY - 1)
        self.lineCount = lineCount
    }

    var maxPreviewScroll: Int { max(0, lineCount - previewRows) }
}
