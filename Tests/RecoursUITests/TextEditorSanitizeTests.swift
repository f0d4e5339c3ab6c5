import RecoursTestSupport
import Testing

@testable import RecoursUI

/// What typed or pasted text becomes: nothing that could drive the terminal is ever stored.
@Suite struct TextEditorSanitizeTests {
    @Test(arguments: [
        ("a\u{1B}[31mb\u{1B}[0m", "ab"),
        ("x\u{1B}]0;title\u{07}y", "xy"),
        ("\u{1B}[2Jz", "z"),
        ("\u{1B}[1;31;42mcouleur\u{1B}[m", "couleur"),
        ("\u{1B}[?1049h\u{1B}[Hplein écran", "plein écran"),
        ("a\u{0}b\u{7}c\u{8}d", "abcd"),
        ("a\tb", "a b"),
        ("a\u{7F}b\u{85}c\u{9B}31md", "abcd"),
        ("\u{9D}0;titre\u{9C}reste", "reste"),
        ("\u{1B}7sauvé\u{1B}8", "sauvé"),
        ("\u{1B}(Btexte", "texte"),
        ("\u{1B}]8;;http://exemple.be\u{1B}\\lien\u{1B}]8;;\u{1B}\\", "lien"),
        ("\u{1B}Pq#0;2;0;0;0\u{1B}\\image", "image"),
        ("avant\u{1B}]0;sans fin", "avant"),
        ("fin\u{1B}", "fin"),
        ("\u{1B}[31;1", ""),
        ("\u{1B}\u{1B}[31mrouge", "rouge"),
        ("\u{1B}éa", "éa"),
        ("\u{1B}[31\u{1B}[0mx", "x"),
        ("Mutualité « Partenamut » — 12,50 € 中文 👍🏽 🇧🇪", "Mutualité « Partenamut » — 12,50 € 中文 👍🏽 🇧🇪"),
    ])
    func removesControlsAndEscapeSequences(input: String, expected: String) {
        #expect(sameScalars(TextEditor.sanitize(input, multiline: false), expected))
        #expect(sameScalars(TextEditor.sanitize(input, multiline: true), expected))
    }

    @Test func lineBreaksDependOnTheKindOfField() {
        #expect(TextEditor.sanitize("l1\r\nl2\nl3\rl4\u{2028}l5", multiline: true) == "l1\nl2\nl3\nl4\nl5")
        #expect(TextEditor.sanitize("l1\r\nl2\nl3\rl4\u{2028}l5", multiline: false) == "l1 l2 l3 l4 l5")
        #expect(TextEditor.sanitize("\r\n\r\n", multiline: true) == "\n\n")
        #expect(TextEditor.sanitize("\r\n\r\n", multiline: false) == "  ")
    }

    @Test func aCleanTextIsReturnedAsIs() {
        let text = "Le membre conteste la décision.\nMotif : « non couvert »."
        #expect(sameScalars(TextEditor.sanitize(text, multiline: true), text))
        #expect(sameScalars(TextEditor.sanitize("e\u{301}", multiline: false), "e\u{301}"))
    }

    @Test func insertingStoresOnlyTheCleanText() {
        var single = TextEditor(text: "", multiline: false, width: 20)
        #expect(single.apply(.insert("a\u{1B}[31mb\u{1B}]0;title\u{07}c\r\nd\te\u{0}")) == true)
        #expect(single.text == "abc d e")
        #expect(single.cursor == 7)
        var multi = TextEditor(text: "", multiline: true, width: 20)
        #expect(multi.apply(.insert("a\u{1B}[2Jb\r\nc\u{7}")) == true)
        #expect(multi.text == "ab\nc")
        #expect(multi.cursor == 4)
        checkEditorInvariants(single)
        checkEditorInvariants(multi)
    }

    @Test func insertingOnlyControlsChangesNothing() {
        var editor = TextEditor.make("texte", multiline: false, cursor: 2)
        for junk in ["\u{1B}[31m", "\u{1B}]0;title\u{07}", "\u{0}", "\u{7}", "\u{1B}", "", "\u{9B}2J"] {
            #expect(editor.apply(.insert(junk)) == false)
            #expect(editor.text == "texte" && editor.cursor == 2)
        }
        #expect(editor.undo() == false, "no undo step for nothing")
    }

    /// Whatever is pasted, no control character (apart from line breaks in a multi-line field) is stored.
    @Test func randomJunkNeverLeavesAControlCharacter() {
        var generator = SeededRandom(seed: 42)
        let pieces = [
            "\u{1B}", "[", "]", "31", ";", "m", "H", "\u{07}", "\\", "\r", "\n", "\t", "\u{0}", "\u{7F}", "\u{9B}",
            "\u{9D}", "\u{9C}", "\u{85}", "P", "(", "B", "é", "中", "👍🏽", "a", " ", "?", "2J", "\u{2029}",
        ]
        for _ in 0..<500 {
            let length = Int.random(in: 0...30, using: &generator)
            let input = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for multiline in [false, true] {
                let clean = TextEditor.sanitize(input, multiline: multiline)
                let bad = clean.unicodeScalars.filter { scalar in
                    let v = scalar.value
                    if multiline && v == 0x0A { return false }
                    return v < 0x20 || (0x7F..<0xA0).contains(v) || v == 0x2028 || v == 0x2029
                }
                #expect(bad.isEmpty, "« \(input.debugDescription) » gave « \(clean.debugDescription) »")
                var editor = TextEditor(text: "", multiline: multiline, width: 7)
                editor.apply(.insert(input))
                #expect(sameScalars(editor.text, clean))
                checkEditorInvariants(editor)
            }
        }
    }
}
