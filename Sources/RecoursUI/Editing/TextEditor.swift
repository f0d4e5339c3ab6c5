import RecoursCore

/// What a key does to a text field.
public enum EditAction: Equatable, Sendable {
    /// Typed text or a paste (may be long, may contain anything: it is sanitized first).
    case insert(String)
    case backspace, deleteForward
    case left, right, wordLeft, wordRight
    /// Single-line: start/end of the text. Multi-line: start/end of the visual line.
    case home, end
    /// Ctrl-U / Ctrl-K: to the start/end of the visual line (multi-line) or of the whole text (single-line).
    case killToStart, killToEnd
    /// Multi-line only: a line break (ignored in single-line fields).
    case newline
    /// Multi-line: previous/next visual line, keeping the display column (sticky column). Single-line: nothing.
    case up, down
    case pageUp(lines: Int), pageDown(lines: Int)
    case documentStart, documentEnd
}

/// One row of a multi-line field as drawn.
public struct VisualLine: Equatable, Sendable {
    /// Grapheme indices in the text: `start..<end`, the line break excluded.
    public let start: Int
    public let end: Int
    /// What to draw: the graphemes `start..<end`, except a space hanging past the right edge at a soft break,
    /// which is left out; so the text is never wider than the field (unless one grapheme alone is).
    public let text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// The text-editing component of every text field: a value, changed by `apply`, drawn from `visualLines()`,
/// `cursorLocation()` and `visibleSingleLine()`.
///
/// Text is handled as grapheme clusters (`Character`): the cursor is an index in grapheme clusters and never
/// sits inside one (`é` typed as `e` + U+0301, `👍🏽`, `🇧🇪` stay whole). Columns are display cells
/// (`DisplayWidth`): a CJK character or an emoji takes two, a combining accent none.
///
/// The initial text is kept exactly as given (so that `text` equals the draft's value until the user edits it);
/// everything typed or pasted goes through `TextEditor.sanitize`.
public struct TextEditor: Equatable, Sendable {
    public let multiline: Bool
    /// Display columns available to the field. May change (terminal resize): the layout follows, the text, the
    /// cursor and the undo history are kept.
    public var width: Int {
        didSet { if width != oldValue { widthDidChange() } }
    }
    /// Index in grapheme clusters, 0...count.
    public private(set) var cursor: Int
    /// Single-line: the first grapheme shown (horizontal scrolling), updated after every change so that it is
    /// stable from one key to the next.
    public private(set) var horizontalScroll = 0
    /// Multi-line: the first visual row shown, as last set by `scrollToCursor(height:)`.
    public private(set) var firstVisibleRow = 0

    var storage: EditorStorage
    /// Display column that up/down try to keep (sticky column), set by the first vertical move.
    var goalColumn: Int?
    var history = EditorHistory()

    public init(text: String, multiline: Bool, width: Int) {
        self.multiline = multiline
        self.width = width
        storage = EditorStorage(text: text, splitsLines: multiline, wrapWidth: multiline ? max(1, width) : nil)
        cursor = 0
    }

    /// The current text.
    public var text: String { storage.text }
    /// Number of grapheme clusters in the text (line breaks included).
    public var count: Int { storage.count }
    /// Number of visual lines (`visualLines().count`, without building them).
    public var visualLineCount: Int { multiline ? storage.rowCount : 1 }
    public var canUndo: Bool { !history.undoSteps.isEmpty }
    public var canRedo: Bool { !history.redoSteps.isEmpty }

    var layoutWidth: Int { max(1, width) }

    // MARK: Actions

    /// Applies an action. Returns true when the text changed (the caller then saves).
    @discardableResult
    public mutating func apply(_ action: EditAction) -> Bool {
        var changed = false
        var vertical = false
        switch action {
        case .insert(let typed):
            changed = insert(typed)
        case .newline:
            if multiline { changed = replace(cursor..<cursor, with: "\n", kind: .other, endsInWord: false) }
        case .backspace:
            if cursor > 0 {
                let word = EditorText.isWordCharacter(storage.character(at: cursor - 1))
                changed = replace(cursor - 1..<cursor, with: "", kind: .deleteBackward, endsInWord: word)
            }
        case .deleteForward:
            if cursor < count {
                let word = EditorText.isWordCharacter(storage.character(at: cursor))
                changed = replace(cursor..<cursor + 1, with: "", kind: .deleteForward, endsInWord: word)
            }
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(count, cursor + 1)
        case .wordLeft:
            cursor = wordStart(before: cursor)
        case .wordRight:
            cursor = wordEnd(after: cursor)
        case .home:
            cursor = multiline ? visualLineBounds().home : 0
        case .end:
            cursor = multiline ? visualLineBounds().end : count
        case .killToStart:
            let start = multiline ? visualLineBounds().home : 0
            if start < cursor { changed = replace(start..<cursor, with: "", kind: .other, endsInWord: false) }
        case .killToEnd:
            let end = multiline ? visualLineBounds().killEnd : count
            if cursor < end { changed = replace(cursor..<end, with: "", kind: .other, endsInWord: false) }
        case .up:
            vertical = multiline
            if multiline { moveVertically(by: -1) }
        case .down:
            vertical = multiline
            if multiline { moveVertically(by: 1) }
        case .pageUp(let lines):
            vertical = multiline
            if multiline { moveVertically(by: -max(1, lines)) }
        case .pageDown(let lines):
            vertical = multiline
            if multiline { moveVertically(by: max(1, lines)) }
        case .documentStart:
            cursor = 0
        case .documentEnd:
            cursor = count
        }
        if !vertical { goalColumn = nil }
        if !changed { history.close() }
        updateHorizontalScroll()
        return changed
    }

    /// Ctrl-Z: restores the previous text and cursor. Consecutive typed characters within a word coalesce into
    /// one step (so do consecutive Backspace or Delete presses); a paste, a line break, a kill are one step.
    /// Keeps the last 200 steps. Returns false when there is nothing to undo.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let step = history.popUndo() else { return false }
        storage.replace(step.location..<step.location + step.inserted.count, with: step.removed)
        cursor = step.cursorBefore
        goalColumn = nil
        updateHorizontalScroll()
        return true
    }

    /// Undoes the last undo (until the next edit). Returns false when there is nothing to redo.
    @discardableResult
    public mutating func redo() -> Bool {
        guard let step = history.popRedo() else { return false }
        storage.replace(step.location..<step.location + step.removed.count, with: step.inserted)
        cursor = step.cursorAfter
        goalColumn = nil
        updateHorizontalScroll()
        return true
    }

    /// Replaces the whole text (e.g. with what an external editor returned) as one undo step, the cursor at the
    /// end. The new text is sanitized like a paste. Returns true when the text changed.
    @discardableResult
    public mutating func replaceText(with newText: String) -> Bool {
        let clean = Self.sanitize(newText, multiline: multiline)
        let changed = replace(0..<count, with: clean, kind: .other, endsInWord: false)
        if !changed { history.close() }
        goalColumn = nil
        updateHorizontalScroll()
        return changed
    }

    /// Puts the cursor at a grapheme index (clamped to 0...count), e.g. for a mouse click.
    public mutating func moveCursor(to index: Int) {
        cursor = min(max(0, index), count)
        goalColumn = nil
        history.close()
        updateHorizontalScroll()
    }

    private mutating func insert(_ typed: String) -> Bool {
        let clean = Self.sanitize(typed, multiline: multiline)
        guard let first = clean.first else { return false }
        let single = clean.index(after: clean.startIndex) == clean.endIndex
        if single, !EditorText.isLineBreak(first) {
            return replace(cursor..<cursor, with: clean, kind: .typing, endsInWord: EditorText.isWordCharacter(first))
        }
        return replace(cursor..<cursor, with: clean, kind: .other, endsInWord: false)
    }

    /// Replaces `range` by `insertion` and puts the cursor after it. The graphemes around the edit are segmented
    /// again with the new text (an accent typed after `e` makes one `é`; two regional indicators make a flag; an
    /// emoji typed before a zero-width joiner joins the emoji after it), so that the stored clusters are always
    /// those of the whole text: the grapheme before the edit, and the graphemes after it up to the first one that
    /// comes back unchanged (for a run of regional indicators, the whole run, since their pairing into flags can
    /// change all along it).
    private mutating func replace(
        _ range: Range<Int>, with insertion: String, kind: EditorHistory.Kind, endsInWord: Bool
    ) -> Bool {
        let previous: Character? = range.lowerBound > 0 ? storage.character(at: range.lowerBound - 1) : nil
        var end = range.upperBound
        if end < count {
            let next = storage.character(at: end)
            end += 1
            if EditorText.isRegionalIndicator(next) {
                while end < count, EditorText.isRegionalIndicator(storage.character(at: end)) { end += 1 }
            }
        }
        var following = storage.characters(in: range.upperBound..<end)
        var newChars: [Character]
        while true {
            var piece = ""
            if let previous { piece.append(previous) }
            piece += insertion
            for character in following { piece.append(character) }
            newChars = Array(piece)
            // Done when the last grapheme after the edit is segmented as before (or when the text ends there).
            guard end < count, let last = following.last, let newLast = newChars.last,
                !EditorText.identical(last, newLast)
            else { break }
            following.append(storage.character(at: end))
            end += 1
        }
        var start = previous == nil ? range.lowerBound : range.lowerBound - 1
        let oldChars = storage.characters(in: start..<end)

        // The cursor goes after the inserted text, or after the cluster it merged into.
        let target = (previous?.unicodeScalars.count ?? 0) + insertion.unicodeScalars.count
        var scalars = 0
        var k = 0
        while k < newChars.count, scalars < target {
            scalars += newChars[k].unicodeScalars.count
            k += 1
        }
        let newCursor = start + k

        // Leave the neighbours out of the edit when they come back unchanged.
        var inserted = newChars[...]
        var removed = oldChars[...]
        if previous != nil, let a = inserted.first, let b = removed.first, EditorText.identical(a, b) {
            inserted = inserted.dropFirst()
            removed = removed.dropFirst()
            start += 1
        }
        var trimmed = 0
        while trimmed < following.count, let a = inserted.last, let b = removed.last, EditorText.identical(a, b) {
            inserted = inserted.dropLast()
            removed = removed.dropLast()
            trimmed += 1
        }
        guard !EditorText.identical(inserted, removed) else { return false }
        storage.replace(start..<start + removed.count, with: Array(inserted))
        history.record(
            EditorHistory.Step(
                location: start, removed: Array(removed), inserted: Array(inserted), cursorBefore: cursor,
                cursorAfter: newCursor, kind: kind, endsInWord: endsInWord))
        cursor = newCursor
        return true
    }

    // MARK: Motion

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, !EditorText.isWordCharacter(storage.character(at: i - 1)) { i -= 1 }
        while i > 0, EditorText.isWordCharacter(storage.character(at: i - 1)) { i -= 1 }
        return i
    }

    private func wordEnd(after index: Int) -> Int {
        var i = index
        let n = count
        while i < n, !EditorText.isWordCharacter(storage.character(at: i)) { i += 1 }
        while i < n, EditorText.isWordCharacter(storage.character(at: i)) { i += 1 }
        return i
    }

    /// The cursor's visual line (multi-line): `home` its first index; `end` the last index the cursor can take on
    /// it (at a soft break, before the line's last grapheme, since the index after it is the start of the next
    /// line); `killEnd` where Ctrl-K stops: the end of the line, but before the space a soft break happens at,
    /// so that the words on both sides stay apart.
    private func visualLineBounds() -> (home: Int, end: Int, killEnd: Int) {
        let (k, _, j) = storage.location(of: cursor)
        let range = storage.lineRange(paragraph: k, line: j)
        let base = storage.paragraphStarts[k]
        let softBreak = j < storage.paragraphs[k].lineStarts.count - 1
        var killEnd = range.upperBound
        if softBreak, storage.paragraphs[k].chars.isSpace(at: killEnd - 1) { killEnd -= 1 }
        let end = lastCursorOffset(paragraph: k, line: j)
        return (base + range.lowerBound, base + end, base + max(killEnd, range.lowerBound))
    }

    private func lastCursorOffset(paragraph k: Int, line j: Int) -> Int {
        let range = storage.lineRange(paragraph: k, line: j)
        let isLast = j == storage.paragraphs[k].lineStarts.count - 1
        return isLast ? range.upperBound : max(range.lowerBound, range.upperBound - 1)
    }

    /// Column of the cursor on its visual line, not clamped to the width.
    private func cursorColumn() -> (row: Int, column: Int) {
        let (k, offset, j) = storage.location(of: cursor)
        let start = storage.paragraphs[k].lineStarts[j]
        let column = storage.paragraphs[k].chars.width(start..<offset)
        return (storage.rowStarts[k] + j, column)
    }

    private mutating func moveVertically(by delta: Int) {
        let (row, column) = cursorColumn()
        let goal = goalColumn ?? column
        goalColumn = goal
        if delta < 0, row == 0 {
            cursor = 0
            return
        }
        if delta > 0, row == storage.rowCount - 1 {
            cursor = count
            return
        }
        let target = min(max(0, row + delta), storage.rowCount - 1)
        let (k, j) = storage.line(atRow: target)
        let chars = storage.paragraphs[k].chars
        var offset = storage.paragraphs[k].lineStarts[j]
        let last = lastCursorOffset(paragraph: k, line: j)
        var used = 0
        while offset < last {
            let w = chars.width(at: offset)
            if used + w > goal { break }
            used += w
            offset += 1
        }
        cursor = storage.paragraphStarts[k] + offset
    }

    // MARK: Layout

    /// Multi-line: the soft-wrapped visual lines (between words at `width` columns, a word wider than the width
    /// cut, a line per hard line break, one empty line for an empty text, and an empty line after a paragraph
    /// whose last line is exactly full, for the cursor). Single-line: one line with the whole text.
    public func visualLines() -> [VisualLine] {
        visualLines(in: 0..<visualLineCount)
    }

    /// The visual lines of some rows only: what a view of `height` rows needs, without building the others.
    public func visualLines(in rows: Range<Int>) -> [VisualLine] {
        let rows = rows.clamped(to: 0..<visualLineCount)
        guard !rows.isEmpty else { return [] }
        guard multiline else { return [VisualLine(start: 0, end: count, text: text)] }
        var result: [VisualLine] = []
        result.reserveCapacity(rows.count)
        let text = storage.text
        let utf8 = text.utf8
        var (k, j) = storage.line(atRow: rows.lowerBound)
        while result.count < rows.count {
            let chars = storage.paragraphs[k].chars
            let starts = storage.paragraphs[k].lineStarts
            let base = storage.paragraphStarts[k]
            // UTF-8 offset of the line in the text: the line's text is a slice of `text`, not rebuilt grapheme
            // by grapheme.
            var byte = storage.utf8Starts[k] + chars.byteOffset(starts[j])
            while j < starts.count, result.count < rows.count {
                let range = storage.lineRange(paragraph: k, line: j)
                let endByte = byte + chars.utf8Count(range)
                var textEnd = endByte
                let softBreak = j < starts.count - 1
                if softBreak, chars.isSpace(at: range.upperBound - 1),
                    chars.width(range.lowerBound..<range.upperBound - 1) >= layoutWidth
                {
                    textEnd -= 1  // the space hanging past the edge is not drawn
                }
                let low = utf8.index(utf8.startIndex, offsetBy: byte)
                let high = utf8.index(low, offsetBy: textEnd - byte)
                let line = String(text[low..<high])
                result.append(VisualLine(start: base + range.lowerBound, end: base + range.upperBound, text: line))
                byte = endByte
                j += 1
            }
            k += 1
            j = 0
        }
        return result
    }

    /// The cursor in the visual layout: row in `visualLines()`, column in display cells from the start of that
    /// line. Multi-line: the column is at most `width - 1` (the cursor before a space hanging past the edge is
    /// shown on the last cell). Single-line: the column from the start of the text (see `visibleSingleLine()`).
    public func cursorLocation() -> (row: Int, column: Int) {
        let (row, column) = cursorColumn()
        guard multiline else { return (0, column) }
        return (row, min(column, layoutWidth - 1))
    }

    /// Single-line: the visible part of the text (never wider than `width`), scrolled horizontally to keep the
    /// cursor visible with a little context on both sides, and the cursor's column in it (at most `width - 1`).
    /// Multi-line: the cursor's visual line and column.
    public func visibleSingleLine() -> (text: String, cursorColumn: Int) {
        guard !multiline else {
            let location = cursorLocation()
            return (visualLines(in: location.row..<location.row + 1).first?.text ?? "", location.column)
        }
        let chars = storage.paragraphs[0].chars
        let first = min(horizontalScroll, chars.count)
        var text = ""
        var used = 0
        var i = first
        while i < chars.count {
            let w = chars.width(at: i)
            if used + w > layoutWidth { break }
            text.append(chars[i])
            used += w
            i += 1
        }
        return (text, chars.width(first..<max(first, cursor)))
    }

    /// Multi-line: the first visual row to show in `height` rows so that the cursor's row is visible, with up to
    /// two rows of context above and below it when the area is tall enough. Stable: it moves only when the
    /// cursor would leave that band, and never leaves empty rows at the bottom when the text could fill them.
    /// Single-line: 0.
    public mutating func scrollToCursor(height: Int) -> Int {
        guard multiline else { return 0 }
        let rows = max(1, height)
        let row = cursorColumn().row
        let margin = min(2, (rows - 1) / 4)
        var top = firstVisibleRow
        if row - margin < top { top = row - margin }
        if row + margin > top + rows - 1 { top = row + margin - (rows - 1) }
        top = max(0, min(top, storage.rowCount - rows))
        firstVisibleRow = top
        return top
    }

    // MARK: Scrolling

    /// Columns of context kept on each side of the cursor when a single-line field scrolls.
    private var contextColumns: Int {
        let w = layoutWidth
        return w >= 10 ? min(8, w / 5) : (w >= 4 ? 1 : 0)
    }

    /// Keeps `horizontalScroll` so that the cursor is visible, with context on both sides. A text that fits is shown
    /// from its start; otherwise the field scrolls by half its width at a time: when the cursor comes within the
    /// context of an edge (or past the last column at the end of the text), the text is shifted so that the cursor
    /// lands in the middle of the field (a jump to the end of the text fills the field instead). Between two jumps
    /// nothing moves, so that a key redraws only the cells it changes instead of the whole field (scrolling one
    /// column at a time rewrote all of it at every character typed at the end).
    private mutating func updateHorizontalScroll() {
        guard !multiline else { return }
        let chars = storage.paragraphs[0].chars
        let n = chars.count
        let w = layoutWidth
        let context = contextColumns
        // Index from which the text up to the cursor takes at most `budget` columns.
        func start(before end: Int, budget: Int) -> Int {
            var i = end
            var used = 0
            while i > 0 {
                let cw = chars.width(at: i - 1)
                if used + cw > budget { break }
                used += cw
                i -= 1
            }
            return i
        }
        // Columns from `a` to `b`, counted up to just past `cap`.
        func columns(_ a: Int, _ b: Int, cap: Int) -> Int {
            var used = 0
            var i = a
            while i < b, used <= cap {
                used += chars.width(at: i)
                i += 1
            }
            return used
        }
        var first = min(horizontalScroll, cursor)
        if columns(0, n, cap: w - 1) <= w - 1 {
            first = 0
        } else {
            let half = max(context, (w - 1) / 2)
            let limit = w - 1 - (cursor < n ? context : 0)
            let column = columns(first, cursor, cap: w + 2)
            if column > w + 1, cursor == n {
                // A jump to the end (End, a field entered): the field filled with the end of the text.
                first = start(before: cursor, budget: w - 1)
            } else if column > limit || (first > 0 && column < context) {
                first = start(before: cursor, budget: half)
            }
        }
        horizontalScroll = first
    }

    private mutating func widthDidChange() {
        goalColumn = nil
        if multiline {
            // Keep the same text at the top of the field.
            let top = min(firstVisibleRow, storage.rowCount - 1)
            let (k, j) = storage.line(atRow: top)
            let anchor = storage.paragraphStarts[k] + storage.paragraphs[k].lineStarts[j]
            storage.setWrapWidth(layoutWidth)
            let location = storage.location(of: anchor)
            firstVisibleRow = storage.rowStarts[location.paragraph] + location.line
        } else {
            updateHorizontalScroll()
        }
    }
}

// MARK: Multi-line text not being edited

extension TextEditor {
    /// `TextEditor(text: text, multiline: true, width: width).visualLineCount`, without keeping the layout of the
    /// whole text: one paragraph at a time.
    static func visualLineCount(of text: String, width: Int) -> Int {
        let columns = max(1, width)
        var rows = 0
        var paragraph = Graphemes()
        func endParagraph(last: Bool) {
            let end = paragraph.count - (last ? 0 : 1)
            rows += 1 + EditorText.wrap(paragraph, end: end, width: columns, from: 0, stop: { _ in false }).starts.count
            paragraph.removeAll(keepingCapacity: true)
        }
        for character in text {
            paragraph.append(character)
            if EditorText.isLineBreak(character) { endParagraph(last: false) }
        }
        endParagraph(last: true)
        return rows
    }

    /// The first `count` visual lines of `text` in a multi-line field `width` columns wide — what
    /// `TextEditor(text: text, multiline: true, width: width).visualLines(in: 0..<count)` gives — laid out from a
    /// prefix of the text only; and the number of visual lines of the whole text when the prefix was all of it.
    ///
    /// The wrap reads the text forward and never looks back, so a line is the same in the prefix as in the whole
    /// text when the line after it starts before the cut; the prefix grows until that holds for the lines asked.
    static func leadingVisualLines(of text: String, width: Int, count: Int) -> (lines: [VisualLine], total: Int?) {
        var graphemes = (count + 1) * (max(1, width) + 2) * 2
        while true {
            let cut = text.index(text.startIndex, offsetBy: graphemes, limitedBy: text.endIndex) ?? text.endIndex
            let prefix = TextEditor(text: String(text[..<cut]), multiline: true, width: width)
            if cut == text.endIndex { return (prefix.visualLines(in: 0..<count), prefix.visualLineCount) }
            let lines = prefix.visualLines(in: 0..<count + 1)
            if lines.count == count + 1, lines[count].start < graphemes { return (Array(lines.prefix(count)), nil) }
            graphemes *= 4
        }
    }
}
