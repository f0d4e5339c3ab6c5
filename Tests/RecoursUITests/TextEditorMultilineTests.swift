import RecoursCore
import RecoursTestSupport
import Testing

@testable import RecoursUI

/// Multi-line fields: soft wrap, hard line breaks, vertical motion, visual-line home/end/kill, scrolling.
@Suite struct TextEditorMultilineTests {
    // MARK: Soft wrap

    @Test func wrapsBetweenWords() {
        let editor = TextEditor.make("Bonjour à tous les amis", width: 10)
        #expect(
            editor.visualLines() == [
                VisualLine(start: 0, end: 10, text: "Bonjour à "),
                VisualLine(start: 10, end: 19, text: "tous les "),
                VisualLine(start: 19, end: 23, text: "amis"),
            ])
        checkEditorInvariants(editor)
    }

    @Test func cutsAWordWiderThanTheLine() {
        #expect(
            TextEditor.make("anticonstitutionnellement", width: 10).lineTexts == ["anticonsti", "tutionnell", "ement"])
        #expect(
            TextEditor.make("le anticonstitutionnellement", width: 10).lineTexts
                == ["le ", "anticonsti", "tutionnell", "ement"])
        checkEditorInvariants(TextEditor.make("le anticonstitutionnellement", width: 10))
    }

    @Test func wrapsWideCharactersWithoutSplittingThem() {
        let cjk = TextEditor.make("中文中文中", width: 5, cursor: 3)
        #expect(cjk.lineTexts == ["中文", "中文", "中"])
        #expect(cjk.cursorLocation() == (1, 2))
        #expect(TextEditor.make("été 中文 ok", width: 6).lineTexts == ["été ", "中文 ", "ok"])
        let emoji = TextEditor.make("👍🏽👍🏽🇧🇪e\u{301}", width: 3)
        // A flag takes two columns (two regional indicators of one column each, as wcwidth and the terminal say).
        #expect(emoji.lineTexts == ["👍🏽", "👍🏽", "🇧🇪e\u{301}", ""])
        checkEditorInvariants(cjk)
        checkEditorInvariants(emoji)
        // A grapheme wider than the whole line still gets a line.
        let narrow = TextEditor.make("中a", width: 1)
        #expect(narrow.lineTexts == ["中", "a", ""])
        checkEditorInvariants(narrow)
    }

    @Test func hardLineBreaks() {
        let editor = TextEditor.make("un\ndeux\n\ntrois", width: 20)
        #expect(
            editor.visualLines() == [
                VisualLine(start: 0, end: 2, text: "un"),
                VisualLine(start: 3, end: 7, text: "deux"),
                VisualLine(start: 8, end: 8, text: ""),
                VisualLine(start: 9, end: 14, text: "trois"),
            ])
        #expect(
            TextEditor.make("fin\n").visualLines() == [
                VisualLine(start: 0, end: 3, text: "fin"), VisualLine(start: 4, end: 4, text: ""),
            ])
        #expect(TextEditor.make("fin\n").cursorLocation() == (1, 0))
        #expect(TextEditor.make("\n\n").lineTexts == ["", "", ""])
        checkEditorInvariants(editor)
    }

    @Test func trailingSpacesStayOnTheirLine() {
        #expect(TextEditor.make("abc   ", width: 10).lineTexts == ["abc   "])
        // At the edge, one space hangs past it (not drawn); the next ones start the next line.
        let editor = TextEditor.make("abc   ", width: 4)
        #expect(
            editor.visualLines() == [
                VisualLine(start: 0, end: 5, text: "abc "), VisualLine(start: 5, end: 6, text: " "),
            ])
        #expect(editor.cursorLocation() == (1, 1))
        var moved = editor
        moved.moveCursor(to: 4)
        #expect(moved.cursorLocation() == (0, 3), "before the hanging space: shown on the last cell")
        checkEditorInvariants(editor)
        checkEditorInvariants(TextEditor.make("a  \n  b   \n   ", width: 3))
    }

    @Test func aSpaceAtTheEdgeHangsAndTheNextWordStartsTheNextLine() {
        var editor = TextEditor.make("Bonjour tous", width: 7, cursor: 7)
        #expect(
            editor.visualLines() == [
                VisualLine(start: 0, end: 8, text: "Bonjour"), VisualLine(start: 8, end: 12, text: "tous"),
            ])
        #expect(editor.cursorLocation() == (0, 6))
        editor.apply(.right)
        #expect(editor.cursorLocation() == (1, 0))
        checkEditorInvariants(editor)
    }

    /// When the last line of a paragraph is full, the cursor at its end is shown at the start of an empty line:
    /// where the next character will go, so nothing jumps when typing.
    @Test func aFullLastLineIsFollowedByAnEmptyLineForTheCursor() {
        var editor = TextEditor.make("abcdefghij", width: 10)
        #expect(
            editor.visualLines() == [
                VisualLine(start: 0, end: 10, text: "abcdefghij"), VisualLine(start: 10, end: 10, text: ""),
            ])
        #expect(editor.cursorLocation() == (1, 0))
        editor.apply(.insert("k"))
        #expect(editor.lineTexts == ["abcdefghij", "k"])
        #expect(editor.cursorLocation() == (1, 1))
        editor.apply(.backspace)
        editor.apply(.insert(" "))
        #expect(editor.lineTexts == ["abcdefghij", ""])
        #expect(editor.cursorLocation() == (1, 0))
        editor.apply(.insert("l"))
        #expect(editor.lineTexts == ["abcdefghij", "l"])
        checkEditorInvariants(editor)
    }

    @Test func typingReflowsTheParagraph() {
        var editor = TextEditor.make("Bonjour à tous", width: 10, cursor: 9)
        #expect(editor.lineTexts == ["Bonjour à ", "tous"])
        editor.apply(.insert("h"))
        #expect(editor.lineTexts == ["Bonjour àh", "tous"])
        checkEditorInvariants(editor)
        editor.apply(.insert("i"))
        #expect(editor.lineTexts == ["Bonjour ", "àhi tous"])
        #expect(editor.cursorLocation() == (1, 3))
        checkEditorInvariants(editor)
        editor.apply(.backspace)
        editor.apply(.backspace)
        #expect(editor.lineTexts == ["Bonjour à ", "tous"])
        checkEditorInvariants(editor)
    }

    @Test func visualLinesOfSomeRowsAreSlicesOfAllTheLines() {
        let editor = TextEditor.make(
            "Une mutualité refuse le remboursement.\n\nLe membre conteste la décision du 12 mars.", width: 12)
        let all = editor.visualLines()
        #expect(editor.visualLineCount == all.count)
        for low in 0...all.count {
            for high in low...all.count {
                #expect(editor.visualLines(in: low..<high) == Array(all[low..<high]))
            }
        }
        #expect(editor.visualLines(in: -5..<2) == Array(all[0..<2]))
        #expect(editor.visualLines(in: all.count..<all.count + 3) == [])
    }

    // MARK: Newline, deletion across lines

    @Test func newlineSplitsAndBackspaceOrDeleteJoin() {
        var editor = TextEditor.make("undeux", cursor: 2)
        #expect(editor.apply(.newline) == true)
        #expect(editor.text == "un\ndeux" && editor.cursor == 3)
        #expect(editor.lineTexts == ["un", "deux"])
        #expect(editor.cursorLocation() == (1, 0))
        checkEditorInvariants(editor)
        #expect(editor.apply(.backspace) == true)
        #expect(editor.text == "undeux" && editor.cursor == 2)
        checkEditorInvariants(editor)
        editor.apply(.newline)
        editor.apply(.left)
        #expect(editor.apply(.deleteForward) == true)
        #expect(editor.text == "undeux" && editor.cursor == 2)
        checkEditorInvariants(editor)
        // At the start and at the end of the text.
        editor.apply(.documentStart)
        editor.apply(.newline)
        editor.apply(.documentEnd)
        editor.apply(.newline)
        #expect(editor.text == "\nundeux\n")
        #expect(editor.cursorLocation() == (2, 0))
        checkEditorInvariants(editor)
    }

    @Test func aPasteWithLineBreaksMakesParagraphs() {
        var editor = TextEditor.make("début fin", width: 20, cursor: 6)
        #expect(editor.apply(.insert("a\r\nb\r\n")) == true)
        #expect(editor.text == "début a\nb\nfin")
        #expect(editor.cursor == 10)
        #expect(editor.lineTexts == ["début a", "b", "fin"])
        #expect(editor.cursorLocation() == (2, 0))
        checkEditorInvariants(editor)
    }

    // MARK: Up and down

    @Test func upAndDownKeepTheColumnAcrossLinesOfDifferentLengths() {
        var editor = TextEditor.make("première ligne longue\nab\ntroisième ligne longue", width: 40, cursor: 15)
        editor.apply(.down)
        #expect(editor.cursor == 24)
        #expect(editor.cursorLocation() == (1, 2))
        editor.apply(.down)
        #expect(editor.cursor == 40)
        #expect(editor.cursorLocation() == (2, 15))
        editor.apply(.up)
        #expect(editor.cursor == 24)
        editor.apply(.up)
        #expect(editor.cursor == 15)
        // A horizontal move forgets the column.
        editor.apply(.down)
        editor.apply(.left)
        editor.apply(.down)
        #expect(editor.cursorLocation() == (2, 1))
    }

    @Test func upAndDownOnSoftWrappedLines() {
        var editor = TextEditor.make("Bonjour à tous les amis", width: 10, cursor: 8)
        editor.apply(.down)
        #expect(editor.cursor == 18)
        #expect(editor.cursorLocation() == (1, 8))
        editor.apply(.down)
        #expect(editor.cursor == 23)
        editor.apply(.up)
        #expect(editor.cursor == 18)
        editor.apply(.up)
        #expect(editor.cursor == 8)
    }

    @Test func upAndDownAcrossWideCharacters() {
        var editor = TextEditor.make("abcdef\n中文中文", width: 20, cursor: 3)
        editor.apply(.down)
        #expect(editor.cursor == 8, "column 3 is inside 文: the cursor goes before it")
        #expect(editor.cursorLocation() == (1, 2))
        editor.apply(.up)
        #expect(editor.cursor == 3, "the goal column is kept")
        editor.moveCursor(to: 4)
        editor.apply(.down)
        #expect(editor.cursor == 9)
        #expect(editor.cursorLocation() == (1, 4))
        var back = TextEditor.make("中文中文\nabcdef", width: 20, cursor: 1)
        back.apply(.down)
        #expect(back.cursor == 7)
        #expect(back.cursorLocation() == (1, 2))
        // Combining accents take no column.
        var accents = TextEditor.make("e\u{301}te\u{301} ici\nabcdefgh", width: 20, cursor: 3)
        accents.apply(.down)
        #expect(accents.cursorLocation() == (1, 3))
        #expect(accents.cursor == 11)
    }

    @Test func upOnTheFirstRowGoesToTheStartAndDownOnTheLastToTheEnd() {
        var editor = TextEditor.make("abc\ndef", cursor: 2)
        #expect(editor.apply(.up) == false)
        #expect(editor.cursor == 0)
        editor.apply(.down)
        #expect(editor.cursor == 6, "the column from before is kept")
        editor.apply(.down)
        #expect(editor.cursor == 7)
    }

    @Test func pageUpAndPageDownMoveSeveralVisualLines() {
        let text = (1...30).map { "ligne \($0)" }.joined(separator: "\n")
        var editor = TextEditor.make(text, width: 20, cursor: 3)
        editor.apply(.pageDown(lines: 10))
        #expect(editor.cursorLocation() == (10, 3))
        editor.apply(.pageDown(lines: 100))
        #expect(editor.cursorLocation() == (29, 3))
        editor.apply(.pageDown(lines: 10))
        #expect(editor.cursor == editor.count)
        editor.apply(.pageUp(lines: 10))
        #expect(editor.cursorLocation() == (19, 3))
        editor.apply(.pageUp(lines: 0))
        #expect(editor.cursorLocation() == (18, 3), "at least one line")
        editor.apply(.pageUp(lines: 50))
        #expect(editor.cursorLocation() == (0, 3))
        checkEditorInvariants(editor)
    }

    // MARK: Home, end, kill on visual lines

    @Test func homeAndEndWorkOnTheVisualLine() {
        var editor = TextEditor.make("Bonjour à tous les amis", width: 10, cursor: 12)
        editor.apply(.home)
        #expect(editor.cursor == 10)
        editor.apply(.end)
        #expect(editor.cursor == 18, "before the space the line breaks at")
        #expect(editor.cursorLocation() == (1, 8))
        editor.moveCursor(to: 2)
        editor.apply(.end)
        #expect(editor.cursor == 9)
        editor.apply(.home)
        #expect(editor.cursor == 0)
        editor.moveCursor(to: 20)
        editor.apply(.end)
        #expect(editor.cursor == 23)
        editor.apply(.home)
        #expect(editor.cursor == 19)
        var paragraphs = TextEditor.make("un\ndeux", cursor: 5)
        paragraphs.apply(.home)
        #expect(paragraphs.cursor == 3)
        paragraphs.apply(.end)
        #expect(paragraphs.cursor == 7)
        // A cut word: end goes before the last grapheme of the line.
        var cut = TextEditor.make("anticonstitutionnellement", width: 10, cursor: 3)
        cut.apply(.end)
        #expect(cut.cursor == 9)
        #expect(cut.cursorLocation() == (0, 9))
    }

    @Test func killToEndAndStartWorkOnTheVisualLine() {
        var editor = TextEditor.make("Bonjour à tous les amis", width: 10, cursor: 12)
        #expect(editor.apply(.killToEnd) == true)
        #expect(editor.text == "Bonjour à to amis")
        #expect(editor.cursor == 12)
        checkEditorInvariants(editor)
        editor.undo()
        #expect(editor.text == "Bonjour à tous les amis" && editor.cursor == 12)
        #expect(editor.apply(.killToStart) == true)
        #expect(editor.text == "Bonjour à us les amis")
        #expect(editor.cursor == 10)
        #expect(editor.apply(.killToStart) == false, "nothing before the cursor on this visual line")
        checkEditorInvariants(editor)
        var paragraphs = TextEditor.make("première\nseconde", cursor: 12)
        #expect(paragraphs.apply(.killToStart) == true)
        #expect(paragraphs.text == "première\nonde" && paragraphs.cursor == 9)
        paragraphs.moveCursor(to: 8)
        #expect(paragraphs.apply(.killToEnd) == false, "Ctrl-K at the end of a line does not join lines")
        #expect(paragraphs.text == "première\nonde")
        checkEditorInvariants(paragraphs)
    }

    // MARK: Width and scrolling

    @Test func widthChangeKeepsTextAndCursorAndRelaysOut() {
        let text = "Le 12 mars, la mutualité a refusé le remboursement.\nMotif : « prestation non couverte ».\n\nFin."
        var editor = TextEditor.make(text, width: 10, cursor: 30)
        let before = editor.cursorLocation()
        for width in [25, 5, 1, 80, 10] {
            editor.width = width
            #expect(editor.text == text && editor.cursor == 30)
            checkEditorInvariants(editor)
        }
        #expect(editor.cursorLocation() == before)
        #expect(editor.undo() == false, "width changes are not undo steps")
    }

    @Test func widthChangeKeepsTheSameTextAtTheTopOfTheField() {
        let text = (1...20).map { "ligne numéro \($0) avec du texte" }.joined(separator: "\n")
        var editor = TextEditor.make(text, width: 10)
        let top = editor.scrollToCursor(height: 5)
        #expect(top > 0)
        let anchor = editor.visualLines()[top].start
        editor.width = 30
        let line = editor.visualLines()[editor.firstVisibleRow]
        #expect(line.start <= anchor && anchor <= line.end)
        let newTop = editor.scrollToCursor(height: 5)
        let row = editor.cursorLocation().row
        #expect(newTop <= row && row < newTop + 5)
    }

    @Test func scrollToCursorIsStableAndKeepsTheCursorVisible() {
        let text = (1...50).map { "ligne \($0)" }.joined(separator: "\n")
        var editor = TextEditor.make(text, width: 20, cursor: 0)
        #expect(editor.scrollToCursor(height: 10) == 0)
        editor.apply(.documentEnd)
        #expect(editor.scrollToCursor(height: 10) == 40, "no empty rows below the text")
        for _ in 0..<5 {
            editor.apply(.up)
            #expect(editor.scrollToCursor(height: 10) == 40, "stable while the cursor stays inside")
        }
        editor.apply(.pageUp(lines: 20))
        #expect(editor.cursorLocation().row == 24)
        #expect(editor.scrollToCursor(height: 10) == 22, "two rows of context above")
        editor.apply(.down)
        #expect(editor.scrollToCursor(height: 10) == 22)
        // Whatever the moves, the cursor's row is in the window.
        var generator = SeededRandom(seed: 7)
        let moves: [EditAction] = [.up, .down, .pageUp(lines: 9), .pageDown(lines: 9), .documentStart, .documentEnd]
        for _ in 0..<300 {
            editor.apply(moves.randomElement(using: &generator)!)
            let height = Int.random(in: 1...12, using: &generator)
            let top = editor.scrollToCursor(height: height)
            let row = editor.cursorLocation().row
            #expect(top <= row && row < top + height)
            #expect(top >= 0 && top <= max(0, editor.visualLineCount - height))
        }
        var short = TextEditor.make("deux\nlignes")
        #expect(short.scrollToCursor(height: 10) == 0)
        var single = TextEditor.make(text, multiline: false)
        #expect(single.scrollToCursor(height: 3) == 0)
    }

    @Test func visibleSingleLineOfAMultiLineFieldIsTheCursorsLine() {
        let editor = TextEditor.make("Bonjour à tous les amis", width: 10, cursor: 12)
        #expect(editor.visibleSingleLine() == ("tous les ", 2))
    }
}
