import Foundation
import RecoursCore
import RecoursLetters
import Testing

@testable import RecoursUI

@Suite struct WizardNavigationTests {
    @Test func aNewDossierIsSavedAtOnceAndOpensOnTheFirstScreen() {
        let h = Harness()
        #expect(h.wizard.screen == .dossier)
        #expect(h.effects.contains { if case .save = $0 { true } else { false } })
        #expect(h.text.contains("Écran 1/11"))
        #expect(h.text.contains("Votre dossier"))
    }

    @Test func typingGoesIntoTheDossierAndTabMovesOn() {
        var h = Harness()
        h.type("Lunettes de Hélène « urgent »")
        #expect(h.dossier.title == "Lunettes de Hélène « urgent »")
        h.press(.tab)
        #expect(h.wizard.focusedSpec?.field == .currentStage)
        h.press(.backTab)
        #expect(h.wizard.focusedSpec?.field == .title)
    }

    @Test func enterMovesToTheNextFieldAndArrowsToo() {
        var h = Harness()
        h.press(.enter)
        #expect(h.wizard.focusedSpec?.field == .currentStage)
        h.press(.down)
        #expect(h.wizard.focusedSpec?.field == .country)
        h.press(.up)
        #expect(h.wizard.focusedSpec?.field == .currentStage)
    }

    @Test func pageKeysChangeScreenAndSaveWhenModified() {
        var h = Harness()
        h.type("Mon dossier")
        let effects = h.press(.pageDown)
        #expect(h.wizard.screen == .member)
        #expect(effects.contains { if case .save(let d, _) = $0 { d.title == "Mon dossier" } else { false } })
        h.press(.pageUp)
        #expect(h.wizard.screen == .dossier)
        // Validation never traps: every screen is reachable with an empty dossier.
        for _ in 0..<10 { h.press(.pageDown) }
        #expect(h.wizard.screen == .review)
    }

    @Test func tabOnTheLastFieldGoesToTheNextScreen() {
        var h = Harness()
        h.goTo(.contact)
        for _ in 0..<4 { h.press(.tab) }
        #expect(h.wizard.screen == .complaint)
        h.press(.backTab)
        #expect(h.wizard.screen == .contact)
        #expect(h.wizard.focusedSpec?.field == .contactAnswer)
    }

    @Test func stageScreensNotReachedAreMarked() {
        var h = Harness()
        h.goTo(.mediation)
        #expect(h.text.contains("Étape 3 · Médiation — étape pas encore atteinte"))
    }

    @Test func resumePointIsSavedAndRestored() {
        var h = Harness()
        h.goTo(.member)
        h.focus(.lastName)
        h.type("Dupont")
        let saves = h.press(.control("s")).compactMap { effect -> Dossier? in
            if case .save(let d, _) = effect { return d }
            return nil
        }
        let saved = try! #require(saves.last)
        #expect(saved.resumePoint == ResumePoint(screen: "member", field: "member.lastName"))
        let resumed = Harness(dossier: saved)
        #expect(resumed.wizard.screen == .member)
        #expect(resumed.wizard.focusedSpec?.field == .lastName)
    }
}

@Suite struct WizardFieldTests {
    @Test func choiceListOpensFiltersAndPicks() {
        var h = Harness()
        h.focus(.country)
        h.press(.enter)
        #expect(h.wizard.popup != nil)
        #expect(h.text.contains("Belgique"))
        h.type("fra")
        let options = h.wizard.popup!.visibleOptions(
            ChoiceOptions.options(for: .country, dossier: h.dossier, catalog: h.env.catalog))
        #expect(options.map(\.label) == ["France"])
        #expect(h.text.contains("Filtre : fra"))
        h.press(.enter)
        #expect(h.dossier.country == .france)
        #expect(h.wizard.popup == nil)
        #expect(h.wizard.focusedSpec?.field == .country, "the focus stays on the field chosen")
        h.press(.tab)
        #expect(h.wizard.focusedSpec?.field == .fund)
        // Typing on a choice opens the list already filtered; diacritics and case do not matter.
        h.type("IDENTITES")
        h.press(.enter)
        #expect(h.dossier.fund.organismId == "identites-mutuelle")
    }

    @Test func escapeClosesTheListWithoutChanging() {
        var h = Harness()
        h.focus(.country)
        h.press(.enter, .down, .escape)
        #expect(h.dossier.country == nil)
        #expect(h.wizard.popup == nil)
    }

    @Test func arrowsCycleAChoiceInPlace() {
        var h = Harness()
        h.focus(.civility)
        h.goTo(.member)
        #expect(h.dossier.member.civility == .none)
        // → takes the next choice without opening the list, wraps round, and ← goes back.
        h.press(.right)
        #expect(h.dossier.member.civility == .madame)
        #expect(h.wizard.popup == nil)
        h.press(.right)
        #expect(h.dossier.member.civility == .monsieur)
        h.press(.right)
        #expect(h.dossier.member.civility == .none)
        h.press(.left)
        #expect(h.dossier.member.civility == .monsieur)
    }

    @Test func belgianKindOfDisputeAppearsOnlyForBelgium() {
        var h = Harness()
        #expect(!h.wizard.fields.contains { $0.field == .disputeKind })
        h.focus(.country)
        h.press(.enter)
        h.type("Belg")
        h.press(.enter)
        #expect(h.wizard.fields.contains { $0.field == .disputeKind })
    }

    @Test func otherFundAsksForNameAndAddress() {
        var h = Harness()
        h.focus(.fund)
        h.press(.enter)
        h.type("autre")
        h.press(.enter)
        #expect(h.dossier.fund.isOther)
        #expect(h.wizard.focusedSpec?.field == .fund)
        h.press(.tab)
        #expect(h.wizard.focusedSpec?.field == .fundName)
        h.type("Mutuelle des Œillets")
        h.press(.tab)
        h.type("12 rue des Lilas")
        h.press(.enter)
        h.type("75011 Paris")
        #expect(h.dossier.fund.customAddress == "12 rue des Lilas\n75011 Paris")
    }

    @Test func dateFieldShowsHowItWasUnderstood() {
        var h = Harness()
        h.goTo(.dispute)
        h.focus(.incidentDate)
        h.type("3/3/2026")
        #expect(h.text.contains("→ mardi 3 mars 2026"))
    }

    @Test func errorsShowOnlyOnceTheFieldIsLeft() {
        var h = Harness()
        h.goTo(.dispute)
        h.focus(.incidentDate)
        h.type("31/02/2026")
        #expect(!h.text.contains("n'existe pas"))
        h.press(.tab)
        #expect(h.text.contains("✗ « 31/02/2026 » n'existe pas dans le calendrier"))
        // Nothing typed is thrown away: the wrong value stays in the dossier.
        #expect(h.dossier.dispute.incidentDate == "31/02/2026")
    }

    @Test func multilineFieldsTakeLineBreaksAndMoveByLine() {
        var h = Harness()
        h.goTo(.dispute)
        h.focus(.facts)
        h.type("Première ligne")
        h.press(.enter)
        h.type("Deuxième ligne")
        #expect(h.dossier.dispute.facts == "Première ligne\nDeuxième ligne")
        h.press(.up)
        #expect(h.wizard.focusedSpec?.field == .facts)
        h.press(.up)
        #expect(h.wizard.focusedSpec?.field == .decisionReference)
    }

    @Test func externalEditorIsAskedForOnMultilineFieldsAndItsTextTaken() {
        var h = Harness()
        h.goTo(.dispute)
        h.focus(.facts)
        h.type("avant")
        let effects = h.press(.control("e"))
        #expect(effects == [.editExternally(text: "avant")])
        h.send(.editorFinished(text: "après l'éditeur\navec deux lignes", error: nil))
        #expect(h.dossier.dispute.facts == "après l'éditeur\navec deux lignes")
        h.press(.control("z"))
        #expect(h.dossier.dispute.facts == "avant")
    }

    @Test func undoWithinAField() {
        var h = Harness()
        h.type("Dossier")
        h.press(.character(" "))
        h.type("CAAMI")
        h.press(.control("z"))
        #expect(h.dossier.title == "Dossier", "one step: the last word with the space before it")
        h.press(.control("z"))
        #expect(h.dossier.title == "")
        h.type("X")
        #expect(h.dossier.title == "X", "typing after undo goes on from the undone text")
    }

    @Test func attachmentsCanBeAddedEditedMovedAndRemoved() {
        var h = Harness()
        h.goTo(.expectations)
        h.focus(.attachments)
        h.press(.enter)  // "+ Ajouter une pièce"
        #expect(h.wizard.attachmentDialog != nil)
        h.type("Facture de l'hôpital")
        h.press(.enter)
        h.type("03/03/2026")
        h.press(.enter, .enter)
        #expect(h.wizard.attachmentDialog == nil)
        h.press(.down)
        h.press(.enter)
        h.type("Décision de refus")
        h.press(.escape)
        #expect(h.dossier.dispute.attachments.map(\.description) == ["Facture de l'hôpital", "Décision de refus"])
        #expect(h.dossier.dispute.attachments[0].date == "03/03/2026")
        // Move the second one up.
        h.press(.shiftUp)
        #expect(h.dossier.dispute.attachments.map(\.description) == ["Décision de refus", "Facture de l'hôpital"])
        // Remove the first one, after confirmation.
        h.press(.delete)
        #expect(h.text.contains("Retirer la pièce 1 « Décision de refus » de la liste ?"))
        h.press(.character("o"))
        #expect(h.dossier.dispute.attachments.map(\.description) == ["Facture de l'hôpital"])
        // An attachment added then abandoned blank leaves nothing behind.
        h.press(.down, .enter, .escape)
        #expect(h.dossier.dispute.attachments.count == 1)
    }
}

@Suite struct WizardSavingTests {
    @Test func autosaveHappensAfterAPauseInTyping() {
        var h = Harness()
        h.send(.tick(now: 10))
        h.effects.removeAll()
        h.type("abc")
        #expect(h.send(.tick(now: 10.2)).isEmpty)
        let effects = h.send(.tick(now: 10.7))
        #expect(effects == [h.wizard.saveEffect()])
        #expect(h.text.contains("● Modifié"))
        h.send(.saved(.success("/tmp/x.json")))
        #expect(h.text.contains("✓ Enregistré"))
    }

    @Test func aFailedSaveIsShownAndRetried() {
        var h = Harness()
        h.send(.tick(now: 1))
        h.type("x")
        _ = h.send(.tick(now: 2))
        h.send(.saved(.failure(SaveFailure("Le disque est plein."))))
        #expect(h.text.contains("⚠ Non enregistré"))
        #expect(h.text.contains("Le disque est plein."))
        #expect(h.send(.tick(now: 2.5)).isEmpty)
        #expect(h.send(.tick(now: 4.5)) == [h.wizard.saveEffect()], "retried after the delay")
        #expect(h.dossier.title == "x", "the dossier stays in memory")
    }

    @Test func quitSavesFirstThenQuitsOnceTheSaveSucceeded() {
        var h = Harness()
        h.send(.saved(.success("/tmp/x.json")))  // the new dossier's first save
        h.type("à garder")
        let save = h.wizard.saveEffect()
        #expect(h.press(.control("q")) == [save])
        guard case .save(let saved, _) = save else { return }
        #expect(saved.title == "à garder")
        #expect(!h.state.quitting, "not before the save's result")
        #expect(h.send(.saved(.success("/tmp/x.json"))) == [.quit])
        #expect(h.state.quitting)
    }

    @Test func quitWithNothingToSaveQuitsAtOnce() {
        var h = Harness()
        h.send(.saved(.success("/tmp/x.json")))
        #expect(h.press(.control("q")) == [.quit])
    }

    @Test func quitAfterAFailedSaveIsRefusedOnceThenAllowed() {
        var h = Harness()
        h.send(.saved(.success("/tmp/x.json")))
        h.type("précieux")
        let save = h.wizard.saveEffect()
        #expect(h.press(.control("q")) == [save])
        #expect(h.send(.saved(.failure(SaveFailure("Le disque est plein.")))) == [])
        #expect(!h.state.quitting)
        #expect(h.state.warnedUnsaved)
        #expect(h.text.contains("Dossier non enregistré"))
        #expect(h.dossier.title == "précieux", "the dossier stays in memory")
        // Asked again, it tries once more and goes whatever the result.
        #expect(h.press(.control("q")) == [h.wizard.saveEffect(), .quit])
        #expect(h.state.quitting)
    }

    @Test func aSignalSavesAndQuitsWhateverTheSaveGives() {
        var h = Harness()
        h.send(.saved(.success("/tmp/x.json")))
        h.type("y")
        #expect(h.send(.terminate) == [h.wizard.saveEffect(), .quit])
        #expect(h.state.quitting)
    }

    @Test func suspendSavesFirst() {
        var h = Harness()
        h.send(.saved(.success("/tmp/x.json")))
        h.type("z")
        #expect(h.send(.suspend) == [h.wizard.saveEffect(), .suspend])
        h.send(.saved(.success("/tmp/x.json")))
        #expect(h.send(.suspend) == [.suspend], "nothing to save the second time")
    }
}

@Suite struct WizardTerminalSizeTests {
    @Test func tooSmallShowsAMessageAndComesBackIntact() {
        var h = Harness()
        h.type("Texte tapé")
        h.send(.resize(width: 40, height: 10))
        #expect(h.text.contains("Agrandissez la fenêtre"))
        h.type("ignoré")
        h.send(.resize(width: 80, height: 24))
        #expect(h.dossier.title == "Texte tapé")
        #expect(h.text.contains("Texte tapé"))
        #expect(h.wizard.focusedSpec?.field == .title)
    }

    @Test func widerTerminalsAreUsed() {
        var h = Harness(width: 120, height: 40)
        h.goTo(.member)
        #expect(h.screen.width == 120)
        #expect(h.text.split(separator: "\n").count <= 40)
        h.send(.resize(width: 100, height: 30))
        #expect(h.screen.width == 100)
    }
}

@Suite struct ReviewAndExportTests {
    @Test func reviewListsProblemsAndJumpsToTheirField() {
        var h = Harness()
        h.goTo(.review)
        #expect(h.text.contains("erreur"))
        let first = try! #require(h.wizard.issues.first)
        h.press(.enter)
        // On the problem's own screen, its field focused and its problem shown under it.
        #expect(h.wizard.screen == WizardScreen.holding(first.field))
        #expect(h.wizard.focusedSpec?.field == first.field)
        #expect(h.wizard.touched.contains(first.field))
        #expect(h.text.contains(String(first.message.prefix(30))))
    }

    /// A damaged installation (a shipped template that no longer parses): the export is refused with the file
    /// named in the status line, and no file is written.
    @Test func aDamagedTemplateRefusesTheExport() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("recours-ui-tpl-\(UUID())")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(
            at: UIRepo.root.appendingPathComponent("Resources/templates"), to: copy)
        let broken = copy.appendingPathComponent("fr/stage3-mediation.mustache")
        try "{{#jamais}}".write(to: broken, atomically: true, encoding: .utf8)
        var env = UIRepo.env
        env.renderer = LetterRenderer(templates: try LetterTemplates(shipped: copy), catalog: env.catalog)
        var h = Harness(dossier: UIRepo.example("identites-mutuelle-optique"), env: env)
        h.goTo(.review)
        h.press(.control("x"))
        let effects = h.press(.enter)
        #expect(!effects.contains { if case .export = $0 { true } else { false } })
        #expect(h.state.message?.text.contains(broken.path) == true)
    }

    /// An earlier letter marked ✗ in the progress line is explained on the review: which field, at which stage.
    @Test func theReviewSaysWhyAnEarlierLetterCannotBeExported() {
        var dossier = UIRepo.example("partenamut-kinesitherapie")
        dossier.stages.contact?.channel = nil
        var h = Harness(dossier: dossier)
        h.goTo(.review)
        #expect(h.wizard.letterReady.first == false)
        #expect(h.wizard.earlierLetterProblem?.stage == .customerService)
        #expect(h.wizard.earlierLetterProblem?.issue.field == .contactChannel)
        #expect(h.text.contains("✗ Lettre 1 (Contact) : « \(Field.contactChannel.screenLabel) »"))
        // Once fixed, the line goes.
        dossier.stages.contact?.channel = .phone
        var fixed = Harness(dossier: dossier)
        fixed.goTo(.review)
        #expect(fixed.wizard.earlierLetterProblem == nil)
        #expect(!fixed.text.contains("✗ Lettre 1"))
    }

    @Test func exportOfACompleteDossierAsksWhereAndWrites() {
        var h = Harness(dossier: UIRepo.example("identites-mutuelle-optique"))
        h.goTo(.review)
        #expect(h.text.contains("Aperçu — Saisine du médiateur"))
        h.press(.control("x"))
        guard case .exportPath(let editor)? = h.wizard.dialog else {
            Issue.record("no export dialog")
            return
        }
        // In the letters' folder (Documents/Recours), under a readable name: the letter's date, its kind, the fund.
        let name = "2026-11-22 Médiation Identités Mutuelle.txt"
        #expect(editor.text == UIRepo.env.lettersDirectory.appendingPathComponent(name).path)
        let effects = h.press(.enter)
        guard case .export(let text, let url, let overwrite)? = effects.first else {
            Issue.record("no export effect")
            return
        }
        #expect(!overwrite)
        #expect(url.lastPathComponent == name)
        #expect(text == UIRepo.env.renderer.render(h.dossier, date: UIRepo.env.today))
        h.send(.exported(.failure(.fileExists(path: url.path))))
        #expect(h.text.contains("Le fichier existe déjà"))
        let again = h.press(.character("o"))
        #expect(again.first == .export(text: text, to: url, overwrite: true))
        h.send(.exported(.success(url.path)))
        #expect(h.state.message?.text == "Lettre écrite dans \(url.path)")
        // The whole path is on screen, on two lines if need be (cut at one of its spaces).
        #expect(h.text.replacingOccurrences(of: "\n ", with: " ").contains(url.path))
        // Written from the review: on to how to send it.
        #expect(h.wizard.screen == .sending)
    }

    @Test func exportIsRefusedWhileThereAreErrors() {
        var h = Harness()
        h.press(.control("x"))
        #expect(h.wizard.screen == .review)
        #expect(h.wizard.dialog == nil)
        #expect(h.text.contains("ne peut pas encore être exportée"))
    }
}

@Suite struct HomeTests {
    func listing() -> [DraftListing] {
        [
            DraftListing(
                url: URL(fileURLWithPath: "/d/a.json"), dossier: UIRepo.example("caami-incapacite"), error: nil),
            DraftListing(
                url: URL(fileURLWithPath: "/d/b.json"), dossier: nil,
                error: "Le brouillon /d/b.json est illisible : ce n'est pas du JSON valide."),
        ]
    }

    @Test func homeListsDraftsWithTheirNextStep() {
        let h = Harness(home: listing())
        #expect(h.text.contains("+ Nouveau dossier"))
        #expect(h.text.contains("Indemnités d'incapacité – CAAMI"))
        #expect(h.text.contains("CAAMI · étape 4"))
        #expect(h.text.contains("⚠ b.json : illisible"))
    }

    @Test func openingAndDeleting() {
        var h = Harness(home: listing())
        #expect(h.press(.down, .enter) == [.open(URL(fileURLWithPath: "/d/a.json"))])
        h.press(.down)
        #expect(h.press(.enter).isEmpty, "an unreadable draft is not opened")
        #expect(h.text.contains("illisible"))
        h.press(.delete)
        #expect(h.text.contains("Supprimer définitivement"))
        #expect(h.press(.character("n")).isEmpty)
        h.press(.delete)
        #expect(h.press(.character("o")) == [.delete(URL(fileURLWithPath: "/d/b.json"))])
    }

    @Test func newDossierFromHome() {
        var h = Harness(home: listing())
        let effects = h.press(.enter)
        // A new dossier with the environment's id and date, saved at once so that it is in the list.
        guard case .wizard(let wizard) = h.state.mode else {
            Issue.record("not in the wizard")
            return
        }
        #expect(wizard.dossier.id == "test-new")
        #expect(wizard.dossier.createdAt == Date(timeIntervalSince1970: 1_780_000_000))
        #expect(wizard.draftURL.lastPathComponent == "test-new.json")
        #expect(effects == [wizard.saveEffect()])
    }
}

@Suite struct SnapshotTests {
    @Test func memberScreenWithAccentsAt80x24() throws {
        var h = Harness(dossier: UIRepo.example("identites-mutuelle-optique"))
        h.goTo(.member)
        try h.expectSnapshot("member-80x24")
    }

    @Test func reviewScreenAt80x24() throws {
        var h = Harness(dossier: UIRepo.example("partenamut-kinesitherapie"))
        h.goTo(.review)
        try h.expectSnapshot("review-80x24")
    }

    @Test func helpAt80x24() throws {
        var h = Harness()
        h.press(.function(1))
        try h.expectSnapshot("help-80x24")
        h.press(.escape)
        #expect(!h.state.showHelp)
    }

    /// Escape on an unreadable draft's reason closes the reason; a second Escape quits.
    @Test func escapeDismissesAMessageBeforeQuitting() {
        var h = Harness(home: [
            DraftListing(url: URL(fileURLWithPath: "/d/broken.json"), dossier: nil, error: "Brouillon illisible.")
        ])
        h.press(.down)
        h.press(.enter)
        #expect(h.state.message?.text == "Brouillon illisible.")
        #expect(h.press(.escape) == [])
        #expect(h.state.message == nil)
        #expect(!h.state.quitting)
        #expect(h.press(.escape) == [.quit])
    }

    @Test func homeAt80x24() throws {
        let h = Harness(home: [
            DraftListing(
                url: URL(fileURLWithPath: "/d/a.json"), dossier: UIRepo.example("partenamut-kinesitherapie"), error: nil
            )
        ])
        try h.expectSnapshot("home-80x24")
    }
}

@Suite struct MoreSnapshotTests {
    @Test func disputeScreenWithDateAndMultilineText() throws {
        var h = Harness(dossier: UIRepo.example("caami-incapacite"))
        h.goTo(.dispute)
        h.focus(.facts)
        try h.expectSnapshot("dispute-80x24")
        #expect(h.screen.cursor != nil)
    }

    @Test func attachmentsList() throws {
        var h = Harness(dossier: UIRepo.example("caami-incapacite"))
        h.goTo(.expectations)
        h.focus(.attachments)
        h.press(.down)
        try h.expectSnapshot("expectations-80x24")
    }

    @Test func choiceListOpen() throws {
        var h = Harness()
        h.focus(.country)
        h.press(.enter)
        h.type("bel")
        h.press(.enter)
        #expect(h.wizard.focusedSpec?.field == .country, "choosing keeps the focus")
        h.press(.tab)
        #expect(h.wizard.focusedSpec?.field == .disputeKind)
        h.press(.tab, .enter)
        #expect(h.wizard.popup?.field == .fund)
        try h.expectSnapshot("fund-list-80x24")
    }

    @Test func wideCharactersInFieldsKeepTheLayout() throws {
        var h = Harness()
        h.type("中文 dossier 👍🏽 é\u{301}")
        let line = h.screen.line(3)
        // The label column and the input column do not move, whatever the characters.
        #expect(line.hasPrefix("› Nom du dossier"))
        #expect(DisplayWidth.of(line) == 80)
        let cursor = try #require(h.screen.cursor)
        #expect(cursor.x == 29 + DisplayWidth.of("中文 dossier 👍🏽 é\u{301}"))
        try h.expectSnapshot("wide-characters-80x24")
        // The header shows the title once its field is left (not live, key by key), wide characters included.
        h.press(.tab)
        #expect(h.screen.line(0).hasPrefix(" Recours · 中文 dossier 👍🏽 é\u{301} "))
    }

    @Test func theHeaderShowsTheTitleAsItWasUntilItsFieldIsLeft() {
        var h = Harness()
        h.type("Kiné")
        #expect(h.screen.line(0).hasPrefix(" Recours · Nouveau dossier "), "not echoed while typed")
        h.press(.tab)
        #expect(h.screen.line(0).hasPrefix(" Recours · Kiné "))
        h.press(.backTab)
        #expect(h.wizard.focusedSpec?.field == .title)
        h.type(" 2026")
        #expect(h.screen.line(0).hasPrefix(" Recours · Kiné "), "the title as it was when the field was entered")
        h.press(.tab)
        #expect(h.screen.line(0).hasPrefix(" Recours · Kiné 2026 "))
    }

    @Test func validationMarksBesideTheFields() throws {
        var h = Harness()
        h.goTo(.member)
        h.focus(.firstName)
        h.type("Zoé")
        h.press(.tab)
        h.type("Dupont3")
        h.press(.tab)
        #expect(h.screen.line(4).hasPrefix(" ✓Prénom"))
        #expect(h.text.contains("✗ Un nom ne contient pas de chiffres"))
        try h.expectSnapshot("validation-80x24")
    }
}

@Suite struct TimelineScreenTests {
    @Test func timelineShowsTheNextStepAndTheDeadlines() throws {
        var h = Harness(dossier: UIRepo.example("partenamut-kinesitherapie"))
        h.goTo(.timeline)
        #expect(h.text.contains("Délais et prochaine étape"))
        #expect(h.text.contains("Prochaine étape :"))
        #expect(h.text.contains("tribunal du travail"))
        try h.expectSnapshot("timeline-80x24")
        h.press(.down, .down)
        #expect(h.wizard.timelineScroll == 2)
        h.press(.pageDown)
        #expect(h.wizard.screen == .review)
    }
}

@Suite struct HomeScrollingTests {
    @Test func theSelectedDraftStaysOnScreenFarDownTheList() {
        let drafts = (1...15).map { n -> DraftListing in
            var dossier = UIRepo.example("caami-incapacite")
            dossier.title = "Dossier numéro \(n)"
            return DraftListing(url: URL(fileURLWithPath: "/d/\(n).json"), dossier: dossier, error: nil)
        }
        var h = Harness(home: drafts)
        for n in 1...15 {
            h.press(.down)
            #expect(h.text.contains("› Dossier numéro \(n) "), "draft \(n) selected but not shown")
        }
    }
}

/// Each stage's request and reasons on the screen of the demands: the current stage's, prefilled from the previous
/// stage's the first time they are shown, never over what was typed.
struct StageTextsWizardTests {
    static func dossier() -> Dossier {
        var dossier = UIRepo.example("partenamut-kinesitherapie")
        dossier.setOwnText(.request, of: .customerService, to: "Réexaminer ma demande au guichet.")
        return dossier
    }

    @Test func theDemandsScreenShowsTheCurrentStagesTextsPrefilledFromThePreviousStage() {
        var h = Harness(dossier: Self.dossier())
        #expect(h.dossier.stages.complaint?.request == nil)
        h.goTo(.expectations)
        let fields = h.wizard.fields.map(\.field)
        #expect(
            fields == [.stageText(.reasons, .complaint), .stageText(.request, .complaint), .attachments])
        #expect(h.text.contains(Field.stageText(.request, .complaint).screenLabel))
        #expect(h.text.contains("Réexaminer ma demande au guichet."))
        // Written into the complaint's record, and saved.
        #expect(h.dossier.stages.complaint?.request == "Réexaminer ma demande au guichet.")
        #expect(h.dossier.stages.complaint?.reasons == h.dossier.dispute.whyUnsatisfied)
        #expect(h.dossier.dispute.expectations == Self.dossier().dispute.expectations)
        #expect(h.effects.contains { if case .save = $0 { true } else { false } })
    }

    @Test func whatWasTypedIsNeverReplacedByThePrefill() {
        var h = Harness(dossier: Self.dossier())
        h.goTo(.expectations)
        h.focus(.stageText(.request, .complaint))
        h.press(.control("u"))
        h.type("Revoir la décision du 8 septembre.")
        h.goTo(.dispute)
        h.goTo(.expectations)
        #expect(h.dossier.stages.complaint?.request == "Revoir la décision du 8 septembre.")
        #expect(h.dossier.stages.contact?.request == "Réexaminer ma demande au guichet.")
    }
}
