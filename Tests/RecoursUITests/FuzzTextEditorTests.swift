import Foundation
import PropertyBased
import RecoursCore
import Testing

@testable import RecoursUI

/// The field editor under generated edits (swift-property-based: new inputs every run, shrunk and reported with
/// a seed on failure): whatever is typed or pasted — controls, escape sequences, combining marks, emoji, line
/// breaks — in whatever order with moves, kills, undo and redo, at any width, the editor's invariants hold, no
/// control character is ever stored, and undoing everything gives the first text back.
///
/// Inputs that once failed go into `Corpus/editor.json` (replayed by `editorCorpus`). `RECOURS_LONG_TESTS=1` runs
/// 20 times as many.
struct FuzzTextEditorTests {
    static let scale = ProcessInfo.processInfo.environment["RECOURS_LONG_TESTS"] == "1" ? 20 : 1

    static let pieces: [String] = [
        "a", "é", "e\u{0301}", "\u{0301}", " ", "mot ", "Ça", "œ", "«", "»", "中", "文", "👩‍⚖️", "🇧", "🇪", "\u{200D}", "\n",
        "\r\n", "\r",
        "\t", "\u{1B}", "\u{1B}[2J", "\u{1B}[31m", "\u{1B}]0;titre\u{7}", "\u{1B}]8;;http://x\u{1B}\\", "\u{9B}1m",
        "\u{90}q\u{9C}",
        "\u{0}", "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}", "x\u{1B}", "[", "1m",
    ]
    static let text = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }.array(of: 0...12).map { $0.joined() }

    enum Step: Sendable, CustomStringConvertible {
        case edit(EditAction)
        case undo, redo

        var description: String {
            switch self {
            case .edit(let action): "\(action)"
            case .undo: "undo"
            case .redo: "redo"
            }
        }
    }

    static let simpleActions: [EditAction] = [
        .backspace, .deleteForward, .left, .right, .wordLeft, .wordRight, .home, .end, .killToStart, .killToEnd,
        .newline,
        .up, .down, .pageUp(lines: 3), .pageDown(lines: 3), .documentStart, .documentEnd,
    ]

    static let step = zip(Gen.int(in: 0...(simpleActions.count + 9)), text).map { choice, typed -> Step in
        switch choice {
        case 0..<simpleActions.count: .edit(simpleActions[choice])
        case simpleActions.count: .undo
        case simpleActions.count + 1: .redo
        default: .edit(.insert(typed))
        }
    }

    static func hasForbiddenScalar(_ text: String, multiline: Bool) -> Bool {
        text.unicodeScalars.contains { scalar in
            let v = scalar.value
            if v == 0x0A { return !multiline }
            return v < 0x20 || (0x7F..<0xA0).contains(v) || v == 0x2028 || v == 0x2029
        }
    }

    /// Runs the steps on an editor, checking everything after each one; returns the editor.
    @discardableResult
    static func run(_ steps: [Step], initial: String, multiline: Bool, width: Int) -> TextEditor {
        var editor = TextEditor(text: initial, multiline: multiline, width: width)
        for step in steps {
            switch step {
            case .edit(let action): editor.apply(action)
            case .undo: editor.undo()
            case .redo: editor.redo()
            }
            #expect(
                !hasForbiddenScalar(editor.text, multiline: multiline), "after \(step): \(editor.text.debugDescription)"
            )
        }
        checkEditorInvariants(editor)
        return editor
    }

    @Test func anyEditsKeepTheInvariantsAndNoControlCharacter() async {
        let initial = Gen.int(in: 0...5).map {
            ["", "Bonjour à tous", "ligne 1\nligne 2", "中文字符 et 👩‍⚖️", "e\u{0301}te\u{0301}", "  "][$0]
        }
        await propertyCheck(
            count: 300 * Self.scale, input: Self.step.array(of: 0...40), initial, Gen.bool, Gen.int(in: 1...40)
        ) { steps, initial, multiline, width in
            let start = multiline ? initial : initial.replacingOccurrences(of: "\n", with: " ")
            var editor = Self.run(steps, initial: start, multiline: multiline, width: width)
            // Undoing everything gives the first text back, scalar for scalar; redoing as many steps, the last one.
            let final = editor.text
            var undone = 0
            while editor.canUndo {
                editor.undo()
                undone += 1
            }
            #expect(
                sameScalars(editor.text, start), "undo all: \(editor.text.debugDescription) ≠ \(start.debugDescription)"
            )
            for _ in 0..<undone { editor.redo() }
            #expect(
                sameScalars(editor.text, final), "redo: \(editor.text.debugDescription) ≠ \(final.debugDescription)")
            checkEditorInvariants(editor)
        }
    }

    /// A paste is stored as the sanitizer's output, and the sanitizer is idempotent and keeps clean text as is.
    @Test func pastesAreStoredSanitized() async {
        await propertyCheck(count: 500 * Self.scale, input: Self.text, Gen.bool) { pasted, multiline in
            var editor = TextEditor(text: "", multiline: multiline, width: 30)
            editor.apply(.insert(pasted))
            let clean = TextEditor.sanitize(pasted, multiline: multiline)
            #expect(!Self.hasForbiddenScalar(clean, multiline: multiline))
            #expect(TextEditor.sanitize(clean, multiline: multiline) == clean)
            #expect(editor.text == clean)
            // Nothing of an escape sequence's introducer survives, so nothing can drive a terminal.
            #expect(!clean.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
        }
    }

    // MARK: Corpus

    struct CorpusCase: Decodable {
        /// Texts to insert, or one of the action names ("backspace", "undo", …).
        var steps: [String]
        var initial: String
        var multiline: Bool
        var width: Int
        var expected: String
        var note: String?
    }

    static func decodeStep(_ name: String) -> Step {
        switch name {
        case "undo": return .undo
        case "redo": return .redo
        case "backspace": return .edit(.backspace)
        case "deleteForward": return .edit(.deleteForward)
        case "left": return .edit(.left)
        case "right": return .edit(.right)
        case "wordLeft": return .edit(.wordLeft)
        case "wordRight": return .edit(.wordRight)
        case "home": return .edit(.home)
        case "end": return .edit(.end)
        case "killToStart": return .edit(.killToStart)
        case "killToEnd": return .edit(.killToEnd)
        case "newline": return .edit(.newline)
        case "up": return .edit(.up)
        case "down": return .edit(.down)
        default: return .edit(.insert(name))
        }
    }

    @Test func editorCorpus() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Corpus/editor.json")
        let cases = try JSONDecoder().decode([CorpusCase].self, from: Data(contentsOf: url))
        #expect(cases.count >= 5)
        for entry in cases {
            let editor = Self.run(
                entry.steps.map(Self.decodeStep), initial: entry.initial, multiline: entry.multiline, width: entry.width
            )
            #expect(sameScalars(editor.text, entry.expected), "\(entry.steps): \(editor.text.debugDescription)")
        }
    }
}
