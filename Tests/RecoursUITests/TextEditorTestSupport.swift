import RecoursCore
import RecoursTestSupport
import Testing

@testable import RecoursUI

extension TextEditor {
    /// An editor with the cursor at a grapheme index.
    static func make(_ text: String, multiline: Bool = true, width: Int = 20, cursor: Int? = nil) -> TextEditor {
        var editor = TextEditor(text: text, multiline: multiline, width: width)
        editor.moveCursor(to: cursor ?? editor.count)
        return editor
    }

    /// Applies several actions, returning whether each changed the text.
    @discardableResult
    mutating func apply(_ actions: [EditAction]) -> [Bool] {
        actions.map { apply($0) }
    }

    /// Types a text one grapheme at a time, as keys arrive.
    mutating func type(_ text: String) {
        for character in text { apply(.insert(String(character))) }
    }

    var lineTexts: [String] { visualLines().map(\.text) }
}

/// The same text scalar for scalar (`==` on String treats `é` and `e` + U+0301 as equal).
func sameScalars(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.elementsEqual(b.unicodeScalars)
}

/// Checks everything that must hold after any action, and that the cached layout equals a layout computed
/// from scratch.
func checkEditorInvariants(_ editor: TextEditor, sourceLocation: SourceLocation = #_sourceLocation) {
    let text = editor.text
    let graphemes = Array(text)
    #expect(graphemes.count == editor.count, "count", sourceLocation: sourceLocation)
    #expect(editor.cursor >= 0 && editor.cursor <= editor.count, "cursor in range", sourceLocation: sourceLocation)

    // The stored graphemes are exactly those of the text, scalar for scalar.
    let stored = editor.storage.paragraphs.flatMap(\.chars)
    #expect(stored.count == graphemes.count, "stored grapheme count", sourceLocation: sourceLocation)
    #expect(
        zip(stored, graphemes).allSatisfy { $0.unicodeScalars.elementsEqual($1.unicodeScalars) },
        "stored graphemes are the text's", sourceLocation: sourceLocation)

    // The cached layout is the layout of the text from scratch.
    let fresh = TextEditor(text: text, multiline: editor.multiline, width: editor.width)
    let lines = editor.visualLines()
    #expect(lines == fresh.visualLines(), "layout cache equals a fresh layout", sourceLocation: sourceLocation)
    #expect(editor.storage.paragraphStarts == fresh.storage.paragraphStarts, sourceLocation: sourceLocation)
    #expect(editor.storage.rowStarts == fresh.storage.rowStarts, sourceLocation: sourceLocation)
    #expect(editor.storage.utf8Starts == fresh.storage.utf8Starts, sourceLocation: sourceLocation)
    #expect(lines.count == editor.visualLineCount, sourceLocation: sourceLocation)

    // Visual lines tile the text: each starts where the previous ended, or just after a line break.
    #expect(lines.first?.start == 0, sourceLocation: sourceLocation)
    #expect(lines.last?.end == editor.count, sourceLocation: sourceLocation)
    for (a, b) in zip(lines, lines.dropFirst()) {
        let ok = b.start == a.end || (b.start == a.end + 1 && graphemes[a.end].utf8.last == 0x0A)
        #expect(ok, "lines \(a) then \(b) tile the text", sourceLocation: sourceLocation)
    }
    let width = max(1, editor.width)
    let location = editor.cursorLocation()
    if editor.multiline {
        for line in lines {
            let lineWidth = DisplayWidth.of(line.text)
            #expect(
                lineWidth <= width || line.text.count == 1, "line « \(line.text) » fits", sourceLocation: sourceLocation
            )
        }
        // The cursor's row holds the cursor, at the right column.
        #expect(location.row >= 0 && location.row < lines.count, sourceLocation: sourceLocation)
        if location.row < lines.count {
            let line = lines[location.row]
            #expect(
                line.start <= editor.cursor && editor.cursor <= line.end, "cursor on its row",
                sourceLocation: sourceLocation)
            let column = DisplayWidth.of(String(graphemes[line.start..<max(line.start, editor.cursor)]))
            #expect(location.column == min(column, width - 1), "cursor column", sourceLocation: sourceLocation)
        }
    } else {
        #expect(location.row == 0, sourceLocation: sourceLocation)
        let visible = editor.visibleSingleLine()
        #expect(DisplayWidth.of(visible.text) <= width, "visible text fits", sourceLocation: sourceLocation)
        #expect(
            visible.cursorColumn >= 0 && visible.cursorColumn <= width - 1, "cursor visible",
            sourceLocation: sourceLocation)
        let scroll = editor.horizontalScroll
        #expect(scroll <= editor.cursor, sourceLocation: sourceLocation)
        let shown = String(graphemes[scroll..<min(graphemes.count, scroll + visible.text.count)])
        #expect(
            sameScalars(shown, visible.text), "visible text is the text from the scroll", sourceLocation: sourceLocation
        )
        #expect(
            visible.cursorColumn == DisplayWidth.of(String(graphemes[scroll..<editor.cursor])),
            sourceLocation: sourceLocation)
    }
}
