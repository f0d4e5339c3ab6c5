import Foundation
import RecoursCore
import Testing

@testable import RecoursUI

/// Each piece of the wizard's state updated on its own, outside the wizard: what it asks of the wizard after a key
/// is a value (`Outcome`), compared whole.
struct PieceUpdateTests {
    static let options = ["Belgique", "France", "Luxembourg"].map {
        ChoiceOption(value: String($0.prefix(2)), label: $0)
    }

    @Test func aChoiceListMovesFiltersAndPicks() {
        var popup = ChoicePopup(field: .country)
        #expect(popup.handle(.down, options: Self.options) == .none)
        #expect(popup.selection == 1)
        #expect(popup.handle(.end, options: Self.options) == .none)
        #expect(popup.selection == 2)
        #expect(popup.handle(.character("f"), options: Self.options) == .none)
        #expect(popup.filter == "f")
        #expect(popup.selection == 0)
        #expect(popup.handle(.paste("ra\u{1B}[2J\nn"), options: Self.options) == .none)
        #expect(popup.filter == "fra n", "a paste filters on one clean line")
        #expect(popup.handle(.backspace, options: Self.options) == .none)
        #expect(popup.handle(.backspace, options: Self.options) == .none)
        #expect(popup.visibleOptions(Self.options).map(\.label) == ["France"])
        #expect(popup.handle(.enter, options: Self.options) == .choose("Fr"))
        #expect(popup.handle(.escape, options: Self.options) == .close)
    }

    @Test func enterOnAnEmptyFilteredListPicksNothing() {
        var popup = ChoicePopup(field: .country, filter: "zz")
        #expect(popup.handle(.enter, options: Self.options) == .none)
    }

    @Test func anAttachmentFormEditsItsInputsInTurnThenCloses() {
        var dossier = Dossier()
        dossier.dispute.attachments = [Attachment(description: "Facture", date: "02/03/2026")]
        var form = AttachmentDialog(
            index: 0, editor: TextEditor(text: "Facture", multiline: false, width: 40), isNew: false)
        form.editor.apply(.end)
        #expect(form.handle(.character("s"), dossier: dossier) == .edited(.attachmentDescription(0), "Factures"))
        #expect(form.handle(.enter, dossier: dossier) == .none)
        #expect(form.focus == 1)
        #expect(form.editor.text == "02/03/2026", "the next input opens on its own text")
        #expect(form.handle(.control("u"), dossier: dossier) == .edited(.attachmentDate(0), ""))
        #expect(form.handle(.backTab, dossier: dossier) == .none)
        #expect(form.focus == 0)
        #expect(form.handle(.up, dossier: dossier) == .none)
        #expect(form.focus == 2)
        #expect(form.handle(.enter, dossier: dossier) == .close(cancelled: false))
        #expect(form.handle(.escape, dossier: dossier) == .close(cancelled: true))
    }

    @Test func confirmationsTakeYesOrAnythingElse() {
        var remove = Dialog.confirmDeleteAttachment(index: 2)
        #expect(remove.handle(.character("o")) == .removeAttachment(2))
        #expect(remove.handle(.character("n")) == .close)
        var overwrite = Dialog.confirmOverwrite(path: "/d/l.txt")
        #expect(overwrite.handle(.character("y")) == .export(path: "/d/l.txt", overwrite: true))
        #expect(overwrite.handle(.enter) == .keepExistingFile)
    }

    @Test func theExportPathIsTypedThenConfirmed() {
        var editor = TextEditor(text: "", multiline: false, width: 40)
        editor.apply(.end)
        var dialog = Dialog.exportPath(editor: editor)
        #expect(dialog.handle(.enter) == .none, "an empty path is not a file")
        #expect(dialog.handle(.paste("  ~/lettre.txt ")) == .none)
        #expect(dialog.handle(.enter) == .export(path: "~/lettre.txt", overwrite: false))
        #expect(dialog.handle(.escape) == .close)
    }

    @Test func theReviewMovesInItsListOrScrollsThePreview() {
        var review = ReviewState()
        let layout = ReviewLayout(problemCount: 2, lineCount: 70, height: 24)
        #expect(review.handle(.down, problemCount: 2, layout: layout) == .none)
        #expect(review.handle(.down, problemCount: 2, layout: layout) == .none)
        #expect(review.selection == 1, "stays on the last problem")
        #expect(review.handle(.enter, problemCount: 2, layout: layout) == .fix(1))
        #expect(review.handle(.tab, problemCount: 2, layout: layout) == .none)
        #expect(review.handle(.down, problemCount: 2, layout: layout) == .none)
        #expect(review.previewScroll == 1)
        #expect(review.handle(.enter, problemCount: 2, layout: layout) == .none, "Enter in the preview fixes nothing")
        #expect(review.handle(.character("e"), problemCount: 2, layout: layout) == .export)
        var empty = ReviewState()
        #expect(empty.handle(.enter, problemCount: 0, layout: layout) == .none)
    }

    /// A 70-line letter in a preview of 14 rows: PgDn pages by 13 (a line kept as a landmark), the end stays the end
    /// (↑ from there moves at once), PgUp pages back, and PgUp at the top leaves for the previous screen.
    @Test func pageKeysPageThroughTheLetter() {
        var review = ReviewState()
        let layout = ReviewLayout(problemCount: 2, lineCount: 70, height: 24)
        #expect(layout.previewRows == 14)
        #expect(review.handle(.pageDown, problemCount: 2, layout: layout) == .none)
        #expect(review.previewFocused, "the preview takes the focus")
        #expect(review.previewScroll == 13)
        for _ in 0..<10 { _ = review.handle(.pageDown, problemCount: 2, layout: layout) }
        #expect(review.previewScroll == 56, "the last page")
        #expect(review.handle(.up, problemCount: 2, layout: layout) == .none)
        #expect(review.previewScroll == 55)
        #expect(review.handle(.end, problemCount: 2, layout: layout) == .none)
        #expect(review.previewScroll == 56)
        #expect(review.handle(.pageUp, problemCount: 2, layout: layout) == .none)
        #expect(review.previewScroll == 43)
        for _ in 0..<5 { _ = review.handle(.pageUp, problemCount: 2, layout: layout) }
        #expect(review.previewScroll == 0)
        #expect(review.handle(.pageUp, problemCount: 2, layout: layout) == .previousScreen)
    }

    @Test func autosaveIsDueAMomentAfterTheLastChangeAndRetriedAfterAFailure() {
        var autosave = Autosave(status: .saved)
        func due(at now: Double) -> Bool { autosave.tick(now: now) }
        #expect(!due(at: 1))
        autosave.changed()
        #expect(!due(at: 1.2))
        #expect(due(at: 1.6))
        autosave.saving()
        #expect(!autosave.isSettled)
        autosave.finished(.failure(SaveFailure("plein")))
        #expect(autosave.status == .failed("plein"))
        #expect(!due(at: 2.5), "not before the retry delay")
        #expect(due(at: 3.7))
        autosave.saving()
        autosave.finished(.success("/d/x.json"))
        #expect(autosave.isSettled)
    }
}
