import Testing

@testable import RecoursUI

/// Ctrl-Z: steps, coalescing, limits; the text and the cursor come back exactly.
@Suite struct TextEditorUndoTests {
    @Test func typedCharactersCoalesceWithinAWord() {
        var editor = TextEditor(text: "", multiline: false, width: 30)
        editor.type("Bonjour à tous")
        #expect(editor.undo() == true)
        #expect(editor.text == "Bonjour à" && editor.cursor == 9)
        #expect(editor.undo() == true)
        #expect(editor.text == "Bonjour" && editor.cursor == 7)
        #expect(editor.undo() == true)
        #expect(editor.text == "" && editor.cursor == 0)
        #expect(editor.undo() == false)
    }

    @Test func aMoveStartsANewStep() {
        var editor = TextEditor(text: "", multiline: false, width: 30)
        editor.type("ab")
        editor.apply(.left)
        editor.type("c")
        #expect(editor.text == "acb")
        editor.undo()
        #expect(editor.text == "ab" && editor.cursor == 1)
        editor.undo()
        #expect(editor.text == "" && editor.cursor == 0)
    }

    @Test func aPasteIsOneStep() {
        var editor = TextEditor.make("ab", multiline: true, cursor: 1)
        editor.type("x")
        #expect(editor.apply(.insert("un collé\navec\r\ndes lignes")) == true)
        #expect(editor.text == "axun collé\navec\ndes lignes" + "b")
        editor.undo()
        #expect(editor.text == "axb" && editor.cursor == 2)
        editor.undo()
        #expect(editor.text == "ab" && editor.cursor == 1)
        checkEditorInvariants(editor)
    }

    @Test func consecutiveBackspacesAndDeletesCoalesce() {
        var editor = TextEditor.make("Bonjour à tous", multiline: false)
        for _ in 0..<4 { editor.apply(.backspace) }
        #expect(editor.text == "Bonjour à ")
        editor.apply(.backspace)
        editor.apply(.backspace)
        #expect(editor.text == "Bonjour ")
        editor.undo()
        #expect(editor.text == "Bonjour à " && editor.cursor == 10)
        editor.undo()
        #expect(editor.text == "Bonjour à tous" && editor.cursor == 14)
        editor.moveCursor(to: 0)
        for _ in 0..<3 { editor.apply(.deleteForward) }
        #expect(editor.text == "jour à tous")
        editor.undo()
        #expect(editor.text == "Bonjour à tous" && editor.cursor == 0)
    }

    @Test func newlineAndKillsAreStepsOfTheirOwn() {
        var editor = TextEditor.make("abc", multiline: true)
        editor.type("d")
        editor.apply(.newline)
        editor.type("e")
        editor.apply(.killToStart)
        #expect(editor.text == "abcd\n")
        editor.undo()
        #expect(editor.text == "abcd\ne" && editor.cursor == 6)
        editor.undo()
        #expect(editor.text == "abcd\n" && editor.cursor == 5)
        editor.undo()
        #expect(editor.text == "abcd" && editor.cursor == 4)
        editor.undo()
        #expect(editor.text == "abc" && editor.cursor == 3)
    }

    @Test func undoRestoresTheTextScalarForScalar() {
        let decomposed = "cafe\u{301} cre\u{300}me"
        var editor = TextEditor.make(decomposed, multiline: false)
        editor.apply(.killToStart)
        editor.apply(.insert("caf\u{E9}"))
        editor.undo()
        editor.undo()
        #expect(sameScalars(editor.text, decomposed))
        #expect(editor.cursor == 10)
        // An accent typed after a letter joins it; undo separates them again.
        var accent = TextEditor.make("e", multiline: false)
        accent.apply(.insert("\u{301}"))
        #expect(accent.count == 1)
        accent.undo()
        #expect(sameScalars(accent.text, "e") && accent.cursor == 1)
        checkEditorInvariants(accent)
    }

    @Test func undoAcrossParagraphsRestoresLayoutAndCursor() {
        let text = "premier paragraphe assez long\n\nsecond paragraphe\ntroisième"
        var editor = TextEditor.make(text, width: 9, cursor: 12)
        editor.apply(.insert("X\nY\n\nZ"))
        editor.moveCursor(to: 3)
        editor.apply(.newline)
        editor.apply(.documentEnd)
        for _ in 0..<25 { editor.apply(.backspace) }
        checkEditorInvariants(editor)
        while editor.undo() { checkEditorInvariants(editor) }
        #expect(editor.text == text && editor.cursor == 12)
    }

    @Test func keepsAtLeastAHundredSteps() {
        var editor = TextEditor(text: "", multiline: false, width: 30)
        for _ in 0..<250 { editor.apply(.insert("ab")) }
        var undone = 0
        while editor.undo() { undone += 1 }
        #expect(undone == EditorHistory.stepLimit)
        #expect(undone >= 100)
        #expect(editor.text == String(repeating: "ab", count: 50))
        #expect(editor.cursor == 100)
    }

    @Test func widthChangesAreNotUndoSteps() {
        var editor = TextEditor(text: "", multiline: true, width: 10)
        editor.width = 30
        #expect(editor.undo() == false)
        editor.type("abc")
        editor.width = 5
        editor.width = 40
        #expect(editor.undo() == true)
        #expect(editor.text == "" && editor.width == 40)
    }

    @Test func replacingTheWholeTextIsOneStep() {
        var editor = TextEditor.make("avant", multiline: true, width: 10, cursor: 2)
        #expect(editor.replaceText(with: "après l'éditeur\r\navec\tdeux lignes") == true)
        #expect(editor.text == "après l'éditeur\navec deux lignes")
        #expect(editor.cursor == editor.count)
        checkEditorInvariants(editor)
        #expect(editor.replaceText(with: "après l'éditeur\navec deux lignes") == false)
        #expect(editor.undo() == true)
        #expect(editor.text == "avant" && editor.cursor == 2)
        #expect(editor.undo() == false)
        var single = TextEditor.make("ancien", multiline: false, width: 5)
        single.replaceText(with: "nouveau\ntexte")
        #expect(single.text == "nouveau texte")
        checkEditorInvariants(single)
    }

    @Test func redoReappliesUntilTheNextEdit() {
        var editor = TextEditor(text: "", multiline: false, width: 30)
        editor.type("un deux")
        editor.undo()
        #expect(editor.text == "un")
        #expect(editor.redo() == true)
        #expect(editor.text == "un deux" && editor.cursor == 7)
        editor.undo()
        editor.type("!")
        #expect(editor.redo() == false)
        #expect(editor.text == "un!")
    }

    @Test func mergingStepsIsTheSameAsApplyingThemInTurn() {
        typealias Step = EditorHistory.Step
        func step(_ location: Int, _ removed: String, _ inserted: String) -> Step {
            Step(
                location: location, removed: Array(removed), inserted: Array(inserted), cursorBefore: 0, cursorAfter: 0,
                kind: .typing, endsInWord: true)
        }
        func apply(_ s: Step, to text: [Character]) -> [Character] {
            var t = text
            #expect(Array(t[s.location..<s.location + s.removed.count]) == s.removed)
            t.replaceSubrange(s.location..<s.location + s.removed.count, with: s.inserted)
            return t
        }
        let original = Array("abcdefgh")
        let a = step(2, "cd", "XYZ")  // abXYZefgh
        for b in [
            step(5, "", "!"), step(2, "X", ""), step(1, "bX", "-"), step(4, "Ze", "+"), step(0, "abXYZefgh", ""),
            step(3, "YZ", "yz"),
        ] {
            let afterA = apply(a, to: original)
            let expected = apply(b, to: afterA)
            let merged = EditorHistory.merge(a, b)!
            #expect(apply(merged, to: original) == expected)
        }
        #expect(EditorHistory.merge(a, step(7, "g", "")) == nil, "b does not touch a")
    }
}
