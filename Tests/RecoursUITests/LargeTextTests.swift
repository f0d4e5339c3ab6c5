// The shortcuts taken for long texts (see BENCHMARKS.md) draw exactly what the plain way draws.
import Foundation
import RecoursCore
import Testing

@testable import RecoursUI

@Suite struct LargeTextTests {
    /// Texts with long and short paragraphs, wide and zero-width characters, CRLF, long words.
    static func texts() -> [String] {
        var state: UInt64 = 99
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let pieces = [
            "la ", "mutualité ", "a ", "refusé ", "kinésithérapie ", "\n", "\r\n", "中文", "e\u{301}",
            "\u{200B}", "👍🏽 ", "anticonstitutionnellement", "  ", "x", "\u{0}", "— ",
        ]
        var texts = [
            "", "a", "\n", "\n\n\n", String(repeating: "é", count: 500), String(repeating: "\u{301}", count: 300),
            String(repeating: "mot ", count: 400), String(repeating: "\u{200B}", count: 2000) + "fin",
        ]
        for _ in 0..<60 {
            var text = ""
            for _ in 0..<next(900) { text += pieces[next(pieces.count)] }
            texts.append(text)
        }
        return texts
    }

    @Test func lineCountsWithoutTheEditorAreTheEditors() {
        for text in Self.texts() {
            for width in [1, 5, 20, 74] {
                let editor = TextEditor(text: text, multiline: true, width: width)
                #expect(TextEditor.visualLineCount(of: text, width: width) == editor.visualLineCount)
            }
        }
    }

    @Test func leadingLinesFromAPrefixAreTheEditors() {
        for text in Self.texts() {
            for width in [1, 5, 20, 74] {
                let editor = TextEditor(text: text, multiline: true, width: width)
                for count in [1, 3, 6] {
                    let leading = TextEditor.leadingVisualLines(of: text, width: width, count: count)
                    #expect(
                        leading.lines == editor.visualLines(in: 0..<count), "\(width) \(count) \(text.debugDescription)"
                    )
                    if let total = leading.total { #expect(total == editor.visualLineCount) }
                }
            }
        }
    }

    /// A long text in a field that is not being edited: drawn from its first lines and the count kept in the state,
    /// exactly as from an editor over the whole text.
    @Test func aLongTextNotBeingEditedIsDrawnAsBefore() throws {
        var dossier = UIRepo.example("caami-incapacite")
        dossier.dispute.facts = String(
            repeating: "Le 30 septembre 2026, la CAAMI m'a notifié la décision. ", count: 400)
        dossier.resumePoint = ResumePoint(screen: "dispute", field: "dispute.subject")
        var ui = Harness(dossier: dossier)
        #expect(ui.wizard.wrappedLineCounts[.facts] != nil)
        let drawn = ui.screen
        // The same state without the remembered count: counted while drawing.
        var bare = ui.state
        bare.withWizard { $0.wrappedLineCounts = [:] }
        #expect(render(bare, env: ui.env) == drawn)
        #expect(drawn.text.contains("lignes 1–7 sur 301"))
        // Leaving the field after editing it keeps its count from the editor.
        ui.focus(.facts)
        ui.type(" Fin.")
        ui.press(.backTab)
        let count = try #require(ui.wizard.wrappedLineCounts[.facts])
        #expect(count.text == ui.dossier.dispute.facts, "the count is for the text as left")
        #expect(
            count.count
                == TextEditor(text: ui.dossier.dispute.facts, multiline: true, width: count.width).visualLineCount)
        var recount = ui.state
        recount.withWizard { $0.wrappedLineCounts = [:] }
        #expect(render(recount, env: ui.env) == ui.screen)
    }

    /// The wizard edits a long text in place (`WizardState.editFocusedText`, `EditorStorage.replace`): the dossier
    /// still holds every change after each key, and what was handed out before — a save's dossier, an earlier
    /// state — keeps the text it had, whatever is typed, deleted or undone afterwards.
    @Test func aLongTextEditedInPlaceLeavesWhatWasHandedOutAlone() throws {
        var dossier = UIRepo.example("caami-incapacite")
        dossier.dispute.facts = String(repeating: "La mutualité a refusé le remboursement. ", count: 200)
        dossier.resumePoint = ResumePoint(screen: "dispute", field: "dispute.facts")
        var ui = Harness(dossier: dossier)
        #expect(ui.wizard.focusedSpec?.field == .facts)
        var model = dossier.dispute.facts
        var saved: [(dossier: Dossier, facts: String)] = []
        var states: [(state: AppState, facts: String)] = []
        let keys: [Key] = [
            .character("é"), .character("a"), .enter, .backspace, .left, .character("z"), .control("z"),
            .character(" "), .delete, .control("s"),
        ]
        for (step, key) in (0..<120).map({ ($0, keys[$0 % keys.count]) }) {
            let effects = ui.press(key)
            for case .save(let copy, _) in effects { saved.append((copy, ui.dossier.dispute.facts)) }
            #expect(ui.dossier.dispute.facts == ui.wizard.editor?.text, "the dossier holds every change (\(step))")
            if step % 9 == 0 { states.append((ui.state, ui.dossier.dispute.facts)) }
            model = ui.dossier.dispute.facts
        }
        #expect(model != dossier.dispute.facts)
        #expect(saved.count >= 10)
        for (copy, facts) in saved { #expect(copy.dispute.facts.unicodeScalars.elementsEqual(facts.unicodeScalars)) }
        for (state, facts) in states {
            guard case .wizard(let wizard) = state.mode else { throw TestFailure.notInWizard }
            #expect(wizard.dossier.dispute.facts.unicodeScalars.elementsEqual(facts.unicodeScalars))
            #expect(wizard.editor?.text.unicodeScalars.elementsEqual(facts.unicodeScalars) == true)
        }
    }

    enum TestFailure: Error { case notInWizard }

    /// The view draws from the layout the update remembered (`LayoutMemo`) when its inputs are the same: at every
    /// key of a walk through every screen (typing, leaving fields with problems, attachments, resizing), the
    /// screen is the one drawn with a layout computed afresh.
    @Test func aRememberedLayoutDrawsWhatAFreshLayoutDraws() throws {
        var reused = 0
        // A complete example, and a new dossier whose fields, once left empty or wrong, show their problems.
        for (run, dossier) in [UIRepo.example("caami-incapacite"), nil].enumerated() {
            var ui = dossier.map { Harness(dossier: $0, env: UIRepo.withFiles([])) } ?? Harness()
            try walk(&ui, run: run, reused: &reused)
        }
        #expect(reused > 160)
    }

    func walk(_ ui: inout Harness, run: Int, reused: inout Int) throws {
        let keys: [Key] = [
            .character("x"), .tab, .backspace, .tab, .character("1"), .tab, .backTab, .enter, .down, .up,
            .character("é"), .backspace, .tab, .character("3"), .character("2"), .tab, .backTab, .backspace,
            .backspace, .tab, .tab, .pageDown,
        ]
        for step in 0..<160 {
            if step == 70 { ui.send(.resize(width: 100, height: 30)) }
            if step == 120 { ui.send(.resize(width: 64, height: 18)) }
            ui.press(keys[step % keys.count])
            guard case .wizard(let wizard) = ui.state.mode else { continue }
            let width = ui.state.width
            if wizard.layoutMemo.layout(for: WizardLayout.Inputs(wizard, width: width)) != nil { reused += 1 }
            var fresh = ui.state
            fresh.withWizard { $0.layoutMemo = LayoutMemo() }
            #expect(render(fresh, env: ui.env) == ui.screen, "run \(run), step \(step)")
            // A state changed behind the update's back (every field of the screen left once, the issues in
            // another order, the last attachment gone): its remembered layout is stale, and not used.
            var changed = ui.state
            changed.withWizard { wizard in
                wizard.touched.formUnion(wizard.fields.map(\.field))
                wizard.issues.reverse()
                if step % 2 == 0, !wizard.dossier.dispute.attachments.isEmpty {
                    wizard.dossier.dispute.attachments.removeLast()
                }
            }
            var changedFresh = changed
            changedFresh.withWizard { $0.layoutMemo = LayoutMemo() }
            #expect(render(changed, env: ui.env) == render(changedFresh, env: ui.env), "run \(run), step \(step)")
        }
    }

    @Test func homeDrawsOnlyWhatItShowsButTheSame() {
        let drafts = (0..<300).map { i -> DraftListing in
            var dossier = UIRepo.example(
                ["caami-incapacite", "partenamut-kinesitherapie", "identites-mutuelle-optique"][i % 3])
            dossier.id = "d\(i)"
            dossier.updatedAt = Date(timeIntervalSince1970: 1_780_000_000 + Double(i) * 60)
            return DraftListing(url: URL(fileURLWithPath: "/tmp/d\(i).json"), dossier: dossier, error: nil)
        }
        var ui = Harness(home: drafts)
        for _ in 0..<3 { ui.press(.down) }
        let text = ui.text
        #expect(text.contains("› "))
        #expect(text.contains("300 brouillons"))
    }
}
