import RecoursCore
import RecoursTestSupport
import Testing

@testable import RecoursUI

/// Large texts and random sequences of actions: the incremental layout cache must always equal a layout
/// computed from scratch, and the text the result of the edits. (No timings here: those belong in benchmarks.)
@Suite struct TextEditorScaleTests {
    /// About 1 MB of French text in some 9,000 lines, like a long "facts" field.
    static let megabyte: String = {
        let sentences = [
            "Le 12 mars, la mutualité a refusé le remboursement de la séance de kinésithérapie prescrite.",
            "Motif invoqué : « prestation non couverte par l'assurance complémentaire ».",
            "J'ai téléphoné au service clientèle le 14 mars ; on m'a répondu qu'un courrier suivrait.",
            "Montant en jeu : 1 250,50 € — 中文 👍🏽 🇧🇪 e\u{301}te\u{301}.",
            "",
        ]
        var lines: [String] = []
        var bytes = 0
        var i = 0
        while bytes < 1_000_000 {
            let line = sentences[i % sentences.count] + (i % 7 == 0 ? " \(i)" : "")
            lines.append(line)
            bytes += line.utf8.count + 1
            i += 1
        }
        return lines.joined(separator: "\n")
    }()

    @Test func twoThousandInsertionsAndMovesInAMegabyte() {
        let original = Self.megabyte
        #expect(original.utf8.count >= 1_000_000)
        var editor = TextEditor(text: original, multiline: true, width: 70)
        var model = Array(original)  // what the text must be
        #expect(editor.count == model.count)
        var generator = SeededRandom(seed: 2026)
        let typed = ["a", "é", " ", "中", "👍🏽", "«", "\n", "mot ", "e\u{301}"]
        for _ in 0..<2_000 {
            let index = Int.random(in: 0...model.count, using: &generator)
            editor.moveCursor(to: index)
            let piece = typed.randomElement(using: &generator)!
            #expect(editor.apply(.insert(piece)) == true)
            model.insert(contentsOf: Array(piece), at: index)
            #expect(editor.cursor == index + piece.count)
        }
        #expect(editor.count == model.count)
        #expect(sameScalars(editor.text, String(model)))

        let moves: [EditAction] = [
            .left, .right, .up, .down, .wordLeft, .wordRight, .home, .end, .pageUp(lines: 20), .pageDown(lines: 20),
        ]
        for _ in 0..<2_000 {
            let action = moves.randomElement(using: &generator)!
            let before = editor.cursor
            #expect(editor.apply(action) == false)
            let cursor = editor.cursor
            #expect(cursor >= 0 && cursor <= editor.count)
            switch action {
            case .left: #expect(cursor == max(0, before - 1))
            case .right: #expect(cursor == min(editor.count, before + 1))
            default: break
            }
            // The cursor's row holds the cursor.
            let location = editor.cursorLocation()
            let line = editor.visualLines(in: location.row..<location.row + 1)[0]
            #expect(line.start <= cursor && cursor <= line.end)
            #expect(location.column <= 69)
        }
        #expect(sameScalars(editor.text, String(model)))

        // The layout kept up to date edit by edit is the layout of the final text.
        let fresh = TextEditor(text: editor.text, multiline: true, width: 70)
        #expect(editor.storage.paragraphs.map(\.lineStarts) == fresh.storage.paragraphs.map(\.lineStarts))
        #expect(editor.storage.rowStarts == fresh.storage.rowStarts)
        #expect(editor.storage.paragraphStarts == fresh.storage.paragraphStarts)
        #expect(editor.storage.utf8Starts == fresh.storage.utf8Starts)
        #expect(editor.visualLineCount == fresh.visualLineCount)
        #expect(editor.visualLines(in: 5_000..<5_050) == fresh.visualLines(in: 5_000..<5_050))

        // Undo takes back the last 200 insertions exactly.
        for _ in 0..<200 { #expect(editor.undo() == true) }
        #expect(editor.undo() == false)
        checkParagraphsMatchText(editor)
    }

    /// The reference oracle of the in-place edits (`EditorStorage.replace`): random insertions, pastes and
    /// deletions anywhere in a text of some kilobytes, compared after every step with a plain `[Character]`
    /// model; and the texts read from the editor on the way (as the dossier and a save hold them) and copies of
    /// the editor stay exactly what they were while the editor goes on changing its text in place.
    @Test(arguments: [true, false])
    func editsInPlaceMatchAStringModelAndLeaveCopiesAlone(multiline: Bool) {
        var generator = SeededRandom(seed: multiline ? 13 : 14)
        // No piece joins with its neighbours into another grapheme, so the model can be edited grapheme by grapheme.
        let pieces = ["a", "é", " ", "中", "«", "\u{A0}", "mot ", "👍", "€"] + (multiline ? ["\n", "\r\n"] : [])
        var initial = ""
        while initial.utf8.count < 6_000 { initial += pieces.randomElement(using: &generator)! }
        var editor = TextEditor(text: initial, multiline: multiline, width: 30)
        var model = Array(initial)
        var handedOut: [(text: String, model: [Character])] = []
        var copies: [(editor: TextEditor, model: [Character])] = []
        for step in 0..<800 {
            let index = Int.random(in: 0...model.count, using: &generator)
            editor.moveCursor(to: index)
            switch Int.random(in: 0..<6, using: &generator) {
            case 0, 1:
                let piece = pieces.randomElement(using: &generator)!
                let changed = editor.apply(.insert(piece))
                #expect(changed)
                model.insert(contentsOf: Array(TextEditor.sanitize(piece, multiline: multiline)), at: index)
            case 2:
                var paste = ""
                for _ in 0..<Int.random(in: 2...60, using: &generator) {
                    paste += pieces.randomElement(using: &generator)!
                }
                let changed = editor.apply(.insert(paste))
                #expect(changed)
                // What is typed is sanitized ("\r\n" becomes "\n"); the initial text is kept as given.
                model.insert(contentsOf: Array(TextEditor.sanitize(paste, multiline: multiline)), at: index)
            case 3:
                let changed = editor.apply(.backspace)
                #expect(changed == (index > 0))
                if index > 0 { model.remove(at: index - 1) }
            case 4:
                let changed = editor.apply(.deleteForward)
                #expect(changed == (index < model.count))
                if index < model.count { model.remove(at: index) }
            default:
                // Undo then redo: the text comes back to what it was after the last step.
                if editor.undo() {
                    let redone = editor.redo()
                    #expect(redone)
                }
            }
            #expect(editor.count == model.count)
            #expect(sameScalars(editor.text, String(model)), "step \(step)")
            if step % 7 == 0 { handedOut.append((editor.text, model)) }
            if step % 100 == 0 { copies.append((editor, model)) }
        }
        checkEditorInvariants(editor)
        for (text, expected) in handedOut { #expect(sameScalars(text, String(expected))) }
        for (copy, expected) in copies {
            #expect(sameScalars(copy.text, String(expected)))
            // A copy edited on its own changes neither the editor nor the texts handed out.
            var edited = copy
            edited.moveCursor(to: 0)
            edited.apply(.insert("x"))
            #expect(sameScalars(edited.text, "x" + String(expected)))
            #expect(sameScalars(copy.text, String(expected)))
        }
        #expect(sameScalars(editor.text, String(model)))
        for (text, expected) in handedOut { #expect(sameScalars(text, String(expected))) }
    }

    @Test func pasteOfOneHundredKilobytes() {
        let paste = String(Self.megabyte.prefix(100_000))
        #expect(paste.utf8.count >= 100_000)
        for multiline in [true, false] {
            var editor = TextEditor.make("avant  après", multiline: multiline, width: 50, cursor: 6)
            #expect(editor.apply(.insert(paste)) == true)
            let expected = "avant " + (multiline ? paste : paste.replacingNewlines()) + " après"
            #expect(sameScalars(editor.text, expected))
            #expect(editor.cursor == 6 + paste.count)
            checkEditorInvariants(editor)
            #expect(editor.undo() == true)
            #expect(editor.text == "avant  après" && editor.cursor == 6)
            #expect(editor.undo() == false, "the paste was one step")
        }
    }

    @Test func aMegabyteInOneParagraph() {
        var editor = TextEditor(text: String(repeating: "mot ", count: 250_000), multiline: true, width: 70)
        editor.moveCursor(to: 500_000)
        for _ in 0..<20 { editor.apply(.insert("a")) }
        editor.apply(.insert(" "))
        #expect(editor.count == 1_000_021)
        let fresh = TextEditor(text: editor.text, multiline: true, width: 70)
        #expect(editor.storage.paragraphs[0].lineStarts == fresh.storage.paragraphs[0].lineStarts)
        #expect(editor.cursorLocation() == fresh.location(of: editor.cursor))
    }

    /// Random actions on short texts full of clusters, at random widths: after each one, every invariant holds and
    /// the cached layout is a fresh layout; undoing everything gives back the original text.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func randomActionsKeepEveryInvariant(seed: UInt64) {
        var generator = SeededRandom(seed: seed)
        let pieces = [
            "a", "b", "é", "e\u{301}", "\u{301}", "中", "👍🏽", "🇧🇪", "🇫", "🇷", " ", "  ", "\n", "mot", "\u{1B}[31m", "\r\n",
            "\t", "l'été", "12,50 €", "anticonstitutionnellement", "\r", "\u{200D}", "👩‍💻", "\u{1100}", "\u{1161}",
            "\u{11A8}", "\u{200B}", "\u{0915}", "\u{094D}", "\u{0937}", "\u{1F44D}", "\u{1F3FD}", "\u{FE0F}",
            "1\u{FE0F}\u{20E3}",
        ]
        for multiline in [true, false] {
            let start = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let original = multiline ? start : TextEditor.sanitize(start, multiline: false)
            var editor = TextEditor(
                text: original, multiline: multiline, width: Int.random(in: 1...12, using: &generator))
            var edits = 0
            for _ in 0..<150 {
                let before = editor.text
                let action: EditAction
                switch Int.random(in: 0..<20, using: &generator) {
                case 0...5: action = .insert(pieces.randomElement(using: &generator)!)
                case 6: action = .backspace
                case 7: action = .deleteForward
                case 8: action = [.left, .right].randomElement(using: &generator)!
                case 9: action = [.wordLeft, .wordRight].randomElement(using: &generator)!
                case 10: action = [.home, .end].randomElement(using: &generator)!
                case 11: action = [.killToStart, .killToEnd].randomElement(using: &generator)!
                case 12: action = .newline
                case 13, 14: action = [.up, .down].randomElement(using: &generator)!
                case 15: action = [.pageUp(lines: 3), .pageDown(lines: 3)].randomElement(using: &generator)!
                case 16: action = [.documentStart, .documentEnd].randomElement(using: &generator)!
                case 17:
                    editor.width = Int.random(in: 0...14, using: &generator)
                    checkEditorInvariants(editor)
                    continue
                default:
                    editor.moveCursor(to: Int.random(in: 0...editor.count, using: &generator))
                    continue
                }
                let changed = editor.apply(action)
                if changed { edits += 1 }
                #expect(changed == !sameScalars(before, editor.text), "\(action) reports whether the text changed")
                checkEditorInvariants(editor)
            }
            var undone = 0
            while editor.undo() {
                undone += 1
                checkEditorInvariants(editor)
            }
            #expect(undone <= edits)
            #expect(sameScalars(editor.text, original), "undoing everything gives back the original text")
        }
    }

    private func checkParagraphsMatchText(_ editor: TextEditor, sourceLocation: SourceLocation = #_sourceLocation) {
        let joined = editor.storage.paragraphs.flatMap(\.chars)
        #expect(sameScalars(String(joined), editor.text), sourceLocation: sourceLocation)
    }
}

extension TextEditor {
    /// The cursor location an editor computes for an index, from scratch (for comparisons).
    fileprivate func location(of index: Int) -> (row: Int, column: Int) {
        var copy = self
        copy.moveCursor(to: index)
        return copy.cursorLocation()
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
