/// Undo and redo of a text editor: each step is one replacement (where, what was there, what came instead)
/// with the cursor before and after, so that undo restores the text and the cursor exactly without keeping
/// copies of the whole text.
struct EditorHistory: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// One typed grapheme.
        case typing
        /// Backspace, Delete.
        case deleteBackward, deleteForward
        /// A paste, a line break, a kill: always a step of its own.
        case other
    }

    struct Step: Equatable, Sendable {
        /// Global grapheme index where the replacement starts.
        var location: Int
        var removed: [Character]
        var inserted: [Character]
        var cursorBefore: Int
        var cursorAfter: Int
        var kind: Kind
        /// Whether the last grapheme typed or deleted was a letter or a digit.
        var endsInWord: Bool

        var size: Int { removed.count + inserted.count }
    }

    /// Steps kept at most, oldest dropped first.
    static let stepLimit = 200
    /// Graphemes kept at most in all the steps (removed and inserted text), so that a few huge pastes or kills
    /// cannot hold hundreds of megabytes; the latest step is always kept.
    static let graphemeBudget = 4_000_000

    private(set) var undoSteps: [Step] = []
    private(set) var redoSteps: [Step] = []
    /// Whether the last undo step may absorb the next edit (nothing else happened in between).
    private(set) var isOpen = false

    /// Records an edit. Consecutive typing (or Backspace, or Delete) at the same place coalesces into one step,
    /// until a letter or digit is followed by something else: "Bonjour à tous" typed gives the steps
    /// "Bonjour", " à", " tous".
    mutating func record(_ step: Step) {
        redoSteps.removeAll()
        if isOpen, let last = undoSteps.last, last.kind == step.kind, step.kind != .other,
            !(last.endsInWord && !step.endsInWord), let merged = Self.merge(last, step)
        {
            undoSteps[undoSteps.count - 1] = merged
        } else {
            undoSteps.append(step)
        }
        isOpen = step.kind != .other
        trim()
    }

    /// Stops coalescing: the next edit is a new step.
    mutating func close() { isOpen = false }

    mutating func popUndo() -> Step? {
        isOpen = false
        guard let step = undoSteps.popLast() else { return nil }
        redoSteps.append(step)
        return step
    }

    mutating func popRedo() -> Step? {
        isOpen = false
        guard let step = redoSteps.popLast() else { return nil }
        undoSteps.append(step)
        return step
    }

    private mutating func trim() {
        if undoSteps.count > Self.stepLimit { undoSteps.removeFirst(undoSteps.count - Self.stepLimit) }
        var total = 0
        for step in undoSteps { total += step.size }
        var drop = 0
        while total > Self.graphemeBudget, drop < undoSteps.count - 1 {
            total -= undoSteps[drop].size
            drop += 1
        }
        if drop > 0 { undoSteps.removeFirst(drop) }
    }

    /// One step doing `a` then `b`, when `b` touches the text `a` produced; nil otherwise.
    static func merge(_ a: Step, _ b: Step) -> Step? {
        let aEnd = a.location + a.inserted.count  // end of a's text, after a
        let bEnd = b.location + b.removed.count  // end of what b replaced, in the same text
        guard b.location <= aEnd, bEnd >= a.location else { return nil }
        let location = min(a.location, b.location)
        // Text (after a) that b replaced outside a's text, before and after it.
        let before = b.location < a.location ? b.removed[0..<(a.location - b.location)] : []
        let after = bEnd > aEnd ? b.removed[(aEnd - b.location)...] : []
        let afterA = Array(before) + a.inserted + Array(after)
        let offset = b.location - location
        var inserted = Array(afterA[0..<offset])
        inserted.append(contentsOf: b.inserted)
        inserted.append(contentsOf: afterA[(offset + b.removed.count)...])
        return Step(
            location: location, removed: Array(before) + a.removed + Array(after), inserted: inserted,
            cursorBefore: a.cursorBefore, cursorAfter: b.cursorAfter, kind: b.kind, endsInWord: b.endsInWord)
    }
}
