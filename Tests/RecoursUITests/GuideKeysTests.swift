import Foundation
import RecoursCore
import Testing

@testable import RecoursUI

/// The wizard's keys and screens as a guide (issue 11): resuming where the user was, choices that keep the focus,
/// paging through the letter, a help that fits, the cursor on what has the focus, names rather than paths.
@Suite struct GuideKeysTests {
    static func saves(_ effects: [Effect]) -> [Dossier] {
        effects.compactMap { effect -> Dossier? in
            if case .save(let d, _) = effect { return d }
            return nil
        }
    }

    /// A draft saved, as it would be read back from the disk.
    static func savedDraft() -> Dossier {
        var dossier = Dossier(id: "resume", createdAt: Date(timeIntervalSince1970: 1_780_000_000))
        dossier.title = "Lunettes"
        return dossier
    }

    // MARK: Resume

    @Test func movingToAnotherScreenRecordsWhereTheUserIs() {
        var h = Harness(dossier: Self.savedDraft())
        #expect(h.wizard.saveStatus == .saved)
        // Nothing edited: PgDn three times saves the resume point on each change of screen.
        let effects = h.press(.pageDown, .pageDown, .pageDown)
        let saved = try! #require(Self.saves(effects).last)
        #expect(saved.resumePoint == ResumePoint(screen: "contact", field: "stages.contact.date"))
        for event in Self.saves(effects).map({ _ in Event.saved(.success("/tmp/x.json")) }) { h.send(event) }
        // Quit: settled, nothing to write again.
        #expect(h.press(.control("q")) == [.quit])
        let resumed = Harness(dossier: saved)
        #expect(resumed.wizard.screen == .contact)
        #expect(resumed.wizard.focusedSpec?.field == .contactDate)
    }

    @Test func quittingAfterMovingInAScreenSavesTheResumePointButArrowsDoNot() {
        var h = Harness(dossier: Self.savedDraft())
        h.goTo(.member)
        h.send(.saved(.success("/tmp/x.json")))
        // Moving from field to field writes nothing by itself…
        #expect(Self.saves(h.press(.tab, .tab, .down)).isEmpty)
        let field = try! #require(h.wizard.focusedSpec?.field)
        // …nor does a tick with nothing edited…
        #expect(Self.saves(h.send(.tick(now: 10))).isEmpty)
        // …but quitting does, synchronously before leaving.
        let effects = h.press(.control("q"))
        #expect(effects.last == .quit)
        let saved = try! #require(Self.saves(effects).first)
        #expect(saved.resumePoint == ResumePoint(screen: "member", field: field.path))
        let resumed = Harness(dossier: saved)
        #expect(resumed.wizard.screen == .member)
        #expect(resumed.wizard.focusedSpec?.field == field)
    }

    @Test func theNextAutosaveCarriesWhereTheUserIsNow() {
        var h = Harness(dossier: Self.savedDraft())
        h.goTo(.member)
        h.send(.saved(.success("/tmp/x.json")))
        h.focus(.lastName)
        h.type("Dupont")
        h.press(.tab)
        let field = try! #require(h.wizard.focusedSpec?.field)
        #expect(field != .lastName)
        let saved = try! #require(Self.saves(h.send(.tick(now: 1)) + h.send(.tick(now: 2))).last)
        #expect(saved.resumePoint == ResumePoint(screen: "member", field: field.path))
    }

    // MARK: Choices

    @Test func choosingFromTheListKeepsTheFocusOnTheField() {
        var h = Harness()
        h.focus(.country)
        h.press(.enter)
        h.type("Belg")
        h.press(.enter)
        #expect(h.dossier.country == .belgium)
        #expect(h.wizard.focusedSpec?.field == .country, "no silent move: Tab goes to the next field")
        h.press(.tab)
        #expect(h.wizard.focusedSpec?.field == .disputeKind)
    }

    @Test func theListOpensOnTheCurrentValue() {
        var h = Harness()
        h.focus(.country)
        h.press(.right, .right)  // the second country
        let options = ChoiceOptions.options(for: .country, dossier: h.dossier, catalog: h.env.catalog)
        let current = try! #require(options.firstIndex { $0.value == h.dossier[.country] })
        #expect(current > 0)
        h.press(.enter)
        #expect(h.wizard.popup?.selection == current)
        h.press(.escape)
        // A typed letter filters, and the current value is chosen when it matches.
        let label = options[current].label
        h.type(String(label.first!))
        let popup = try! #require(h.wizard.popup)
        #expect(popup.visibleOptions(options)[popup.selection].value == h.dossier[.country])
    }

    // MARK: Review

    @Test func pageDownPagesThroughTheLetterAndTheFocusIsShown() {
        var h = Harness(dossier: UIRepo.example("partenamut-kinesitherapie"), env: UIRepo.withFiles([]))
        h.goTo(.review)
        let before = h.screen
        let titleRow = try! #require((0..<24).first { before.line($0).contains("Aperçu —") })
        #expect(before.cursor?.y != titleRow, "the problem list has the focus first")
        #expect(before.line(4).hasPrefix("›"), "the problem chosen is marked")
        h.press(.pageDown)
        #expect(h.wizard.screen == .review, "PgDn does not leave the review")
        #expect(h.wizard.review.previewFocused)
        #expect(h.wizard.review.previewScroll > 1)
        let after = h.screen
        #expect(after.line(titleRow).hasPrefix("›"), "the preview's title is marked")
        #expect(after.cursor?.y == titleRow)
        #expect(!after.line(4).hasPrefix("›"))
        h.press(.pageUp)
        #expect(h.wizard.review.previewScroll == 0)
        h.press(.pageUp)
        #expect(h.wizard.screen == .timeline, "PgUp at the top of the letter goes back")
    }

    // MARK: Help and cut texts

    @Test(arguments: [60, 61, 70, 80, 100, 132]) func theHelpFitsAndWrapsAtEveryWidth(width: Int) {
        var h = Harness(width: width, height: 24)
        h.press(.function(1))
        let layout = helpLayout(h.state)
        #expect(layout.x >= 0 && layout.x + layout.width <= width)
        #expect(layout.y >= 0 && layout.y + layout.height <= 24)
        // Every word of every help text is on screen whole, on some page.
        let words = Set(helpLines(h.state).flatMap { $0.text.split(separator: " ").map(String.init) })
        var seen = Set<String>()
        for _ in 0..<40 {
            for y in 0..<24 {
                seen.formUnion(h.screen.line(y).split(separator: " ").map(String.init))
            }
            h.press(.pageDown)
        }
        let missing = words.filter { !seen.contains($0) }
        #expect(missing.isEmpty, "cut or missing at \(width) columns: \(missing.sorted())")
        let box = (layout.y..<layout.y + layout.height).map {
            String(h.screen.line($0).dropFirst(layout.x).prefix(layout.width))
        }
        #expect(!box.contains { $0.contains("…") }, "nothing cut in the box:\n\(box.joined(separator: "\n"))")
    }

    @Test func textCutForWidthEndsWithAnEllipsis() {
        var screen = ScreenBuffer(width: 12, height: 2)
        #expect(screen.put("Recours · un titre long", x: 0, y: 0, style: .normal, maxWidth: 10) == 10)
        #expect(screen.line(0) == "Recours ·…  ", "the last column gives way to the ellipsis")
        screen.put("中文中文中文中文", x: 0, y: 1, style: .normal, maxWidth: 6)
        #expect(screen.line(1).hasPrefix("中文…"))
        var blanks = ScreenBuffer(width: 6, height: 1)
        blanks.put("abc      ", x: 0, y: 0, style: .normal, maxWidth: 4)
        #expect(blanks.line(0) == "abc   ", "trailing blanks are not text")
    }

    @Test func theHomeTaglineAndTheHeaderEndWithAnEllipsisWhenCut() {
        let h = Harness(home: [], width: 60, height: 20)
        #expect(h.screen.line(1).trimmingCharacters(in: .whitespaces).hasSuffix("…"))
        var w = Harness(width: 60, height: 20)
        w.type(String(repeating: "Très long titre de dossier ", count: 3))
        w.press(.tab)
        #expect(w.screen.line(0).contains("…"))
    }

    @Test func theKeyBarOfAConfirmationSaysYesAndNo() {
        var h = Harness(dossier: UIRepo.example("partenamut-kinesitherapie"), env: UIRepo.withFiles([]))
        h.goTo(.expectations)
        h.focus(.attachments)
        h.press(.delete)
        let bar = h.screen.line(23)
        #expect(bar.contains("o oui"), "\(bar)")
        #expect(bar.contains("autre touche non"), "\(bar)")
        #expect(!bar.contains("champ suivant"))
        #expect(helpLines(h.state).contains { $0.text == Texts.text("keys.confirm.yes.help") })
        // The question names the attachment.
        let name = h.dossier.dispute.attachments[0].description
        #expect(h.text.contains("Retirer la pièce 1 « \(name.prefix(20))"), "\(h.text)")
    }

    @Test func theKeyBarOfTheReplaceDialogSaysYesAndNo() {
        var h = Harness(dossier: UIRepo.example("partenamut-kinesitherapie"), env: UIRepo.withFiles([]))
        h.goTo(.review)
        h.send(.exported(.failure(.fileExists(path: "/tmp/lettre.txt"))))
        let bar = h.screen.line(23)
        #expect(bar.contains("o oui") && bar.contains("autre touche non"), "\(bar)")
        #expect(!bar.contains("Tab champ suivant"))
    }

    // MARK: Paste

    @Test func aPasteWithLineBreaksIntoAOneLineFieldKeepsEverythingOnOneLine() {
        var h = Harness()
        h.press(.paste("Premier morceau\rSecond morceau\r\nTroisième"))
        #expect(h.dossier.title == "Premier morceau Second morceau Troisième")
        #expect(h.wizard.focusedSpec?.field == .title, "a pasted line break is no Enter key")
        h.press(.control("z"))
        #expect(h.dossier.title == "", "one paste, one undo step")
    }

    /// A text pasted on a list field is its filter: the list opens on what matches, nothing pasted is lost.
    @Test func aPasteIntoAChoiceFieldOpensTheListFilteredByIt() throws {
        var h = Harness()
        h.focus(.country)
        h.press(.paste("Belg\r\n"))
        let popup = try #require(h.wizard.popup)
        #expect(popup.field == .country)
        #expect(popup.filter == "Belg")
        h.press(.enter)
        #expect(h.dossier.country == .belgium)
        h.focus(.fund)
        h.press(.paste("  "))
        #expect(h.wizard.popup == nil, "a blank paste opens nothing")
        h.press(.paste("Mutualité chrétienne"))
        #expect(h.wizard.popup?.filter == "Mutualité chrétienne")
        #expect(h.text.contains("Christelijke Mutualiteit"))
    }

    /// A filter longer than the list's box shows its end, where the typing goes: a Backspace is seen to act.
    @Test func aLongFilterShowsItsEnd() throws {
        var h = Harness()
        h.focus(.country)
        h.press(.paste("un texte collé par erreur dans la liste, bien trop long pour sa boîte, qui finit ici"))
        #expect(h.text.contains("Filtre : …"))
        #expect(h.text.contains("qui finit ici │"))
        h.press(.backspace)
        #expect(h.text.contains("qui finit ic │"))
        #expect(h.wizard.popup?.filter.hasPrefix("un texte collé") == true)
    }

    // MARK: Undo history

    @Test func ctrlZStillUndoesAfterComingBackToAField() {
        var h = Harness()
        h.type("Lunettes")
        h.press(.tab, .backTab)
        #expect(h.wizard.focusedSpec?.field == .title)
        h.press(.control("z"))
        #expect(h.dossier.title == "", "the typing done before leaving is undone")
        // On another screen and back too.
        h.goTo(.member)
        h.focus(.lastName)
        h.type("Dupont")
        h.press(.pageDown, .pageUp)
        h.focus(.lastName)
        h.press(.control("z"))
        #expect(h.dossier.member.lastName == "")
    }

    // MARK: The cursor on the focus

    @Test func theCursorSitsOnTheFocusedItemOfListsAndChoices() {
        var h = Harness()
        h.focus(.country)
        h.press(.enter, .down)
        let screen = h.screen
        let cursor = try! #require(screen.cursor)
        #expect(screen[cursor.x, cursor.y].style == .selection, "on the option chosen in the list")
        h.press(.escape)

        var home = Harness(
            home: [DraftListing(url: URL(fileURLWithPath: "/d/a.json"), dossier: Self.savedDraft(), error: nil)])
        home.press(.down)
        let homeCursor = try! #require(home.screen.cursor)
        #expect(home.screen.line(homeCursor.y).contains("Lunettes"))
        home.press(.delete)
        let dialogCursor = try! #require(home.screen.cursor)
        #expect(home.screen.line(dialogCursor.y).contains(Texts.text("home.delete.question")))
        home.press(.escape)
        home.press(.function(1))
        #expect(home.screen.cursor != nil, "on the help's first line")

        var t = Harness()
        t.goTo(.timeline)
        #expect(t.screen.cursor != nil)
    }

    // MARK: Names, not paths

    @Test func theDeleteConfirmationNamesTheDossier() {
        var h = Harness(home: [
            DraftListing(
                url: URL(fileURLWithPath: "/d/brouillons/dossier-123.json"), dossier: Self.savedDraft(), error: nil)
        ])
        h.press(.down, .delete)
        #expect(h.text.contains("Lunettes"))
        #expect(!h.text.contains("/d/brouillons/dossier-123.json"))
        let effects = h.press(.character("o"))
        #expect(effects == [.delete(URL(fileURLWithPath: "/d/brouillons/dossier-123.json"))])
        h.send(.deleted(.success("/d/brouillons/dossier-123.json")))
        #expect(h.state.message?.text.contains("Lunettes") == true)
    }

    @Test func anAttachmentsProblemNamesTheAttachment() {
        var dossier = Self.savedDraft()
        dossier.dispute.attachments = [Attachment(description: "Facture de l'opticien", path: "/nulle/part.pdf")]
        var h = Harness(dossier: dossier, env: UIRepo.withFiles([]))
        h.goTo(.expectations)
        h.focus(.attachments)
        h.press(.backTab)
        #expect(h.text.contains("Pièce 1 « Facture de l'opticien » : Le fichier"), "\(h.text)")
        h.goTo(.review)
        let index = try! #require(h.wizard.issues.firstIndex { $0.field.attachmentIndex == 0 })
        for _ in 0..<index { h.press(.down) }
        #expect(h.text.contains("› ! Pièce 1 « Facture de l'opticien » —"), "\(h.text)")
    }
}
