import RecoursCore
import Testing

@testable import RecoursUI

/// Single-line fields, and grapheme handling common to both kinds of field.
@Suite struct TextEditorTests {
    // MARK: Construction

    @Test func startsWithTheTextAsGivenAndTheCursorAtTheStart() {
        let editor = TextEditor(text: "Partenamut", multiline: false, width: 20)
        #expect(editor.text == "Partenamut")
        #expect(editor.cursor == 0)
        #expect(editor.count == 10)
        #expect(editor.visualLines() == [VisualLine(start: 0, end: 10, text: "Partenamut")])
        #expect(editor.cursorLocation() == (0, 0))
        checkEditorInvariants(editor)
    }

    /// The draft's text is not rewritten (so that `text` equals it until the user edits); what is typed is cleaned.
    @Test func keepsTheInitialTextVerbatim() {
        let raw = "a\tb\u{1B}[31mc\r\nd"
        #expect(sameScalars(TextEditor(text: raw, multiline: false, width: 20).text, raw))
        #expect(sameScalars(TextEditor(text: raw, multiline: true, width: 20).text, raw))
        // "\r\n" is a line break of a multi-line text.
        #expect(TextEditor(text: "un\r\ndeux", multiline: true, width: 20).lineTexts == ["un", "deux"])
        checkEditorInvariants(TextEditor(text: raw, multiline: true, width: 20))
        checkEditorInvariants(TextEditor(text: raw, multiline: false, width: 5))
    }

    @Test func anEmptyTextHasOneEmptyLine() {
        for multiline in [false, true] {
            var editor = TextEditor(text: "", multiline: multiline, width: 10)
            #expect(editor.visualLines() == [VisualLine(start: 0, end: 0, text: "")])
            #expect(editor.cursorLocation() == (0, 0))
            #expect(editor.visibleSingleLine() == ("", 0))
            for action: EditAction in [
                .backspace, .deleteForward, .left, .right, .wordLeft, .wordRight, .home, .end, .killToStart,
                .killToEnd, .up, .down, .pageUp(lines: 5), .pageDown(lines: 5), .documentStart, .documentEnd,
            ] {
                #expect(editor.apply(action) == false, "\(action)")
                #expect(editor.cursor == 0 && editor.text.isEmpty)
            }
            #expect(editor.undo() == false)
            checkEditorInvariants(editor)
        }
    }

    @Test func widthZeroOrNegativeStillWorks() {
        for width in [0, -3] {
            var single = TextEditor.make("abc", multiline: false, width: width)
            single.apply(.insert("d"))
            #expect(single.text == "abcd")
            #expect(single.visibleSingleLine().cursorColumn == 0)
            var multi = TextEditor.make("ab cd", multiline: true, width: width)
            multi.apply(.insert("e"))
            #expect(multi.text == "ab cde")
            checkEditorInvariants(single)
            checkEditorInvariants(multi)
        }
    }

    // MARK: Insertion and deletion

    @Test func insertsAtTheStartInTheMiddleAndAtTheEnd() {
        var editor = TextEditor.make("mutualité", multiline: false, cursor: 0)
        #expect(editor.apply(.insert("La ")) == true)
        #expect(editor.text == "La mutualité" && editor.cursor == 3)
        editor.moveCursor(to: 8)
        #expect(editor.apply(.insert("-")) == true)
        #expect(editor.text == "La mutua-lité" && editor.cursor == 9)
        editor.apply(.documentEnd)
        #expect(editor.apply(.insert(" chrétienne")) == true)
        #expect(editor.text == "La mutua-lité chrétienne" && editor.cursor == 24)
        checkEditorInvariants(editor)
    }

    @Test func backspaceAndDeleteAtTheEdgesAndInTheMiddle() {
        var editor = TextEditor.make("épée", multiline: false, cursor: 0)
        #expect(editor.apply(.backspace) == false)
        #expect(editor.apply(.deleteForward) == true)
        #expect(editor.text == "pée" && editor.cursor == 0)
        editor.apply(.documentEnd)
        #expect(editor.apply(.deleteForward) == false)
        #expect(editor.apply(.backspace) == true)
        #expect(editor.text == "pé" && editor.cursor == 2)
        editor.moveCursor(to: 1)
        #expect(editor.apply(.backspace) == true)
        #expect(editor.text == "é" && editor.cursor == 0)
        checkEditorInvariants(editor)
    }

    @Test func leftRightHomeEndAndDocumentMoves() {
        var editor = TextEditor.make("naïve", multiline: false, cursor: 0)
        #expect(editor.apply(.left) == false)
        #expect(editor.cursor == 0)
        editor.apply(.right)
        editor.apply(.right)
        editor.apply(.right)
        #expect(editor.cursor == 3)
        editor.apply(.end)
        #expect(editor.cursor == 5)
        editor.apply(.right)
        #expect(editor.cursor == 5)
        editor.apply(.left)
        #expect(editor.cursor == 4)
        editor.apply(.home)
        #expect(editor.cursor == 0)
        editor.apply(.documentEnd)
        #expect(editor.cursor == 5)
        editor.apply(.documentStart)
        #expect(editor.cursor == 0)
    }

    @Test func verticalMovesAndNewlineDoNothingInASingleLineField() {
        var editor = TextEditor.make("une ligne", multiline: false, cursor: 4)
        for action: EditAction in [.up, .down, .pageUp(lines: 10), .pageDown(lines: 10), .newline] {
            #expect(editor.apply(action) == false)
            #expect(editor.cursor == 4 && editor.text == "une ligne")
        }
    }

    @Test func killToStartAndEndInASingleLineFieldTakeTheWholeText() {
        var editor = TextEditor.make("Numéro de dossier 42", multiline: false, width: 8, cursor: 7)
        #expect(editor.apply(.killToEnd) == true)
        #expect(editor.text == "Numéro " && editor.cursor == 7)
        #expect(editor.apply(.killToEnd) == false)
        #expect(editor.apply(.killToStart) == true)
        #expect(editor.text == "" && editor.cursor == 0)
        #expect(editor.apply(.killToStart) == false)
        editor.undo()
        #expect(editor.text == "Numéro " && editor.cursor == 7)
        editor.undo()
        #expect(editor.text == "Numéro de dossier 42" && editor.cursor == 7)
        checkEditorInvariants(editor)
    }

    // MARK: Grapheme clusters

    @Test func precomposedAndDecomposedAccentsAreOneGraphemeEach() {
        let precomposed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        for text in [precomposed, decomposed] {
            var editor = TextEditor.make(text, multiline: false)
            #expect(editor.count == 4)
            #expect(editor.cursorLocation().column == 4)
            editor.apply(.left)
            #expect(editor.cursor == 3)
            #expect(editor.cursorLocation().column == 3)
            editor.apply(.right)
            #expect(editor.apply(.backspace) == true)
            #expect(sameScalars(editor.text, "caf"))
            checkEditorInvariants(editor)
        }
    }

    @Test func aCombiningAccentTypedAfterALetterJoinsIt() {
        var editor = TextEditor.make("cafe", multiline: false)
        #expect(editor.apply(.insert("\u{301}")) == true)
        #expect(sameScalars(editor.text, "cafe\u{301}"))
        #expect(editor.count == 4 && editor.cursor == 4)
        #expect(editor.cursorLocation().column == 4)
        // In the middle: the accent joins the letter before the cursor, the cursor goes after the cluster.
        editor.moveCursor(to: 2)
        editor.apply(.insert("\u{300}"))
        #expect(sameScalars(editor.text, "ca\u{300}fe\u{301}"))
        #expect(editor.count == 4 && editor.cursor == 2)
        checkEditorInvariants(editor)
        // A letter typed before a lone combining mark joins it too; the cursor is never inside a cluster.
        var lone = TextEditor.make("\u{301}x", multiline: false, cursor: 0)
        #expect(lone.count == 2)
        lone.apply(.insert("e"))
        #expect(sameScalars(lone.text, "e\u{301}x"))
        #expect(lone.count == 2 && lone.cursor == 1)
        checkEditorInvariants(lone)
    }

    @Test func emojiFlagsAndCJKAreNeverSplit() {
        let text = "a👍🏽b🇧🇪c中文d«é»œç"
        var editor = TextEditor.make(text, multiline: false, width: 40, cursor: 0)
        #expect(editor.count == 13)
        var columns: [Int] = []
        for _ in 0..<editor.count {
            editor.apply(.right)
            columns.append(editor.cursorLocation().column)
        }
        // a 👍🏽(2) b 🇧🇪(2, as wcwidth and the terminal) c 中(2) 文(2) d « é » œ ç
        #expect(columns == [1, 3, 4, 6, 7, 9, 11, 12, 13, 14, 15, 16, 17])
        editor.moveCursor(to: 2)
        editor.apply(.backspace)
        #expect(sameScalars(editor.text, "ab🇧🇪c中文d«é»œç"))
        editor.apply(.deleteForward)
        #expect(sameScalars(editor.text, "a🇧🇪c中文d«é»œç"))
        editor.apply(.deleteForward)
        #expect(sameScalars(editor.text, "ac中文d«é»œç"))
        checkEditorInvariants(editor)
    }

    @Test func regionalIndicatorsTypedOneByOneMakeAFlag() {
        var editor = TextEditor(text: "", multiline: false, width: 20)
        editor.apply(.insert("🇧"))
        #expect(editor.count == 1)
        editor.apply(.insert("🇪"))
        #expect(editor.count == 1 && editor.cursor == 1)
        #expect(sameScalars(editor.text, "🇧🇪"))
        editor.apply(.insert("🇫"))
        #expect(editor.count == 2 && editor.cursor == 2)
        editor.apply(.insert("🇷"))
        #expect(sameScalars(editor.text, "🇧🇪🇫🇷"))
        #expect(editor.count == 2 && editor.cursor == 2)
        editor.apply(.backspace)
        #expect(sameScalars(editor.text, "🇧🇪") && editor.cursor == 1)
        checkEditorInvariants(editor)
        // Deleting what separates two lone regional indicators joins them into a flag.
        var apart = TextEditor.make("🇫x🇷", multiline: false, cursor: 2)
        #expect(apart.count == 3)
        apart.apply(.backspace)
        #expect(sameScalars(apart.text, "🇫🇷"))
        #expect(apart.count == 1 && apart.cursor == 1)
        checkEditorInvariants(apart)
        apart.undo()
        #expect(sameScalars(apart.text, "🇫x🇷") && apart.cursor == 2 && apart.count == 3)
        checkEditorInvariants(apart)
        // An indicator typed before a run of flags pairs differently all along the run.
        var run = TextEditor.make("a🇫🇷🇫🇷🇫", multiline: false, cursor: 1)
        #expect(run.count == 4)
        run.apply(.insert("🇫"))
        #expect(sameScalars(run.text, "a🇫🇫🇷🇫🇷🇫"))
        #expect(run.count == 4 && run.cursor == 2)
        checkEditorInvariants(run)
        run.apply(.backspace)
        #expect(sameScalars(run.text, "a🇷🇫🇷🇫"))
        #expect(run.count == 3 && run.cursor == 1)
        checkEditorInvariants(run)
        run.undo()
        run.undo()
        #expect(sameScalars(run.text, "a🇫🇷🇫🇷🇫") && run.cursor == 1)
        checkEditorInvariants(run)
    }

    /// An emoji typed before a lone zero-width joiner joins the emoji after it into one cluster.
    @Test func anEmojiTypedBeforeAJoinerJoinsTheNextEmoji() {
        var editor = TextEditor.make("\n\u{200D}👍🏽.", multiline: true, cursor: 1)
        #expect(editor.count == 4)
        editor.apply(.insert("👍🏽"))
        #expect(sameScalars(editor.text, "\n👍🏽\u{200D}👍🏽."))
        #expect(editor.count == 3 && editor.cursor == 2)
        checkEditorInvariants(editor)
        editor.undo()
        #expect(sameScalars(editor.text, "\n\u{200D}👍🏽.") && editor.cursor == 1)
        checkEditorInvariants(editor)
    }

    @Test func wideCharactersCountTwoColumnsAndCombiningMarksNone() {
        let editor = TextEditor.make("中文e\u{301}👍🏽", multiline: false, width: 40)
        #expect(editor.cursorLocation().column == 2 + 2 + 1 + 2)
        #expect(editor.visibleSingleLine().cursorColumn == 7)
    }

    // MARK: Word motion

    @Test func wordMotionTreatsAccentedLettersAndDigitsAsWordCharacters() {
        for text in ["L'été dernier, j'ai payé 42,50 €.", "L'e\u{301}te\u{301} dernier, j'ai paye\u{301} 42,50 €."] {
            var editor = TextEditor.make(text, multiline: false, cursor: 0)
            #expect(editor.count == 33)
            var stops: [Int] = []
            while editor.cursor < editor.count {
                editor.apply(.wordRight)
                stops.append(editor.cursor)
            }
            #expect(stops == [1, 5, 13, 16, 19, 24, 27, 30, 33])
            stops = []
            while editor.cursor > 0 {
                editor.apply(.wordLeft)
                stops.append(editor.cursor)
            }
            #expect(stops == [28, 25, 20, 17, 15, 6, 2, 0])
        }
    }

    @Test func wordMotionWithCJKEmojiAndLineBreaks() {
        var editor = TextEditor.make("中文 👍🏽 ok\nsuite", multiline: true, width: 40, cursor: 0)
        editor.apply(.wordRight)
        #expect(editor.cursor == 2)
        editor.apply(.wordRight)
        #expect(editor.cursor == 7)
        editor.apply(.wordRight)
        #expect(editor.cursor == 13)
        editor.apply(.wordLeft)
        #expect(editor.cursor == 8)
        editor.apply(.wordLeft)
        #expect(editor.cursor == 5)
        editor.apply(.wordLeft)
        #expect(editor.cursor == 0)
        editor.apply(.wordLeft)
        #expect(editor.cursor == 0)
    }

    // MARK: Horizontal scrolling

    @Test func horizontalScrollKeepsTheCursorVisibleWithContextAndMovesByHalfTheWidth() {
        let text = "abcdefghijklmnopqrstuvwxyz0123456789ABCD"
        var editor = TextEditor.make(text, multiline: false, width: 10, cursor: 0)
        #expect(editor.visibleSingleLine() == ("abcdefghij", 0))
        // Moving right: the window stays until the cursor comes within 2 columns of the right edge, then moves so
        // that the cursor is in the middle (column 4 of 10).
        var scrolls: [Int] = []
        for _ in 0..<text.count {
            let before = editor.horizontalScroll
            editor.apply(.right)
            scrolls.append(editor.horizontalScroll)
            checkEditorInvariants(editor)
            let visible = editor.visibleSingleLine()
            let after = DisplayWidth.of(visible.text) - visible.cursorColumn
            #expect(after >= min(2, editor.count - editor.cursor), "context after the cursor")
            if editor.horizontalScroll != before { #expect(visible.cursorColumn == 4, "a jump to the middle") }
        }
        #expect(Array(scrolls.prefix(9)) == [0, 0, 0, 0, 0, 0, 0, 4, 4])
        #expect(Set(scrolls).count <= 1 + text.count / 4, "a jump every 4 columns or more, not one per column")
        #expect(editor.visibleSingleLine() == ("6789ABCD", 8))
        // Moving left: the window stays until the cursor comes within 2 columns of the left edge.
        let atEnd = editor.horizontalScroll
        for step in 1...text.count {
            let before = editor.horizontalScroll
            editor.apply(.left)
            checkEditorInvariants(editor)
            let visible = editor.visibleSingleLine()
            #expect(visible.cursorColumn >= min(2, editor.cursor), "context before the cursor")
            if step <= 5 { #expect(editor.horizontalScroll == atEnd, "stable while the cursor is inside") }
            if editor.horizontalScroll != before, editor.horizontalScroll > 0 { #expect(visible.cursorColumn == 4) }
        }
        #expect(editor.horizontalScroll == 0)
    }

    @Test func typingAtTheEndScrollsByHalfTheFieldAtATime() {
        var editor = TextEditor.make("", multiline: false, width: 20)
        var changes = 0
        for character in "Remboursement refusé des séances de kinésithérapie, été 2026" {
            let before = editor.horizontalScroll
            editor.apply(.insert(String(character)))
            checkEditorInvariants(editor)
            if editor.horizontalScroll != before {
                changes += 1
                #expect(editor.visibleSingleLine().cursorColumn == 9, "the cursor in the middle after a jump")
            }
        }
        // 60 characters in 20 columns: the first jump at the 21st (the cursor past the last column), then one every
        // 11 (the cursor back in the middle, column 9).
        #expect(changes == 4)
    }

    @Test func horizontalScrollJumpsWithHomeAndEnd() {
        let text = String(repeating: "mutualité ", count: 10)
        var editor = TextEditor.make(text, multiline: false, width: 12, cursor: 0)
        editor.apply(.end)
        #expect(editor.visibleSingleLine().cursorColumn == 11)
        #expect(editor.visibleSingleLine().text == " mutualité ")
        editor.apply(.home)
        #expect(editor.horizontalScroll == 0)
        #expect(editor.visibleSingleLine() == ("mutualité mu", 0))
        checkEditorInvariants(editor)
    }

    @Test func horizontalScrollWithWideCharactersNeverShowsMoreThanTheWidth() {
        let text = String(repeating: "中文", count: 20) + "x"
        for width in [1, 2, 3, 5, 9, 10] {
            var editor = TextEditor.make(text, multiline: false, width: width, cursor: 0)
            for _ in 0..<editor.count {
                editor.apply(.right)
                checkEditorInvariants(editor)
            }
            for _ in 0..<editor.count {
                editor.apply(.left)
                checkEditorInvariants(editor)
            }
        }
    }

    @Test func deletingAtTheEndScrollsBackByHalfTheField() {
        var editor = TextEditor.make(String(repeating: "x", count: 30), multiline: false, width: 10)
        #expect(editor.horizontalScroll == 21, "a field entered at its end is full")
        for _ in 0..<7 { editor.apply(.backspace) }
        #expect(editor.horizontalScroll == 21, "stable until the cursor comes within 2 columns of the left edge")
        #expect(editor.visibleSingleLine() == ("xx", 2))
        editor.apply(.backspace)
        #expect(editor.horizontalScroll == 18)
        #expect(editor.visibleSingleLine() == ("xxxx", 4))
        checkEditorInvariants(editor)
        while editor.count > 9 { editor.apply(.backspace) }
        #expect(editor.horizontalScroll == 0, "a text that fits is shown from its start")
    }

    @Test func widthChangeKeepsTextAndCursorAndScrollFollows() {
        var editor = TextEditor.make(String(repeating: "abc ", count: 10), multiline: false, width: 10, cursor: 25)
        let scroll = editor.horizontalScroll
        #expect(scroll > 0)
        editor.width = 60
        #expect(editor.cursor == 25 && editor.text == String(repeating: "abc ", count: 10))
        #expect(editor.horizontalScroll == 0)
        #expect(editor.visibleSingleLine().cursorColumn == 25)
        editor.width = 6
        #expect(editor.cursor == 25)
        checkEditorInvariants(editor)
        #expect(editor.undo() == false, "width changes are not undo steps")
    }
}
