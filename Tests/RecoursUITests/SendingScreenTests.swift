import Foundation
import RecoursCore
import Testing

@testable import RecoursUI

/// The "Comment envoyer" step: the Partenamut mediation by e-mail, recording its sending, the screens in French
/// and Dutch, and the linear mode's :envoyé.
struct SendingScreenTests {
    /// The Partenamut example at stage 3, not sent yet.
    static func partenamutMediation() -> Dossier {
        var dossier = UIRepo.example("partenamut-kinesitherapie")
        dossier.currentStage = .mediation
        dossier.stages.mediation = MediationRecord()
        return dossier
    }

    @Test func theStepShowsTheMediationServicesEmailAndRecordsTheSending() {
        var h = Harness(dossier: Self.partenamutMediation())
        h.goTo(.sending)
        #expect(h.text.contains("ombudsman@partenamut.be (à vérifier)"))
        #expect(h.text.contains("Preuve à garder : l'e-mail envoyé"))
        #expect(h.text.contains("22/11/2026"))
        // The date is edited in place: back to 20/11/2026.
        h.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        h.press(.backspace, .backspace)
        h.type("20/11/2026")
        // What the wizard holds before recording: on the way, the demands screen prefilled the stage's texts.
        var expected = h.dossier
        let effects = h.press(.enter)
        expected.stages.mediation?.date = "20/11/2026"
        expected.stages.mediation?.mode = .email
        expected.updatedAt = UIRepo.env.now()
        expected.resumePoint = ResumePoint(screen: "sending", field: "")
        #expect(effects == [.save(expected, to: h.wizard.draftURL)])
        #expect(h.dossier.stages.mediation?.date == "20/11/2026")
        // The follow-up deadline and the next step, right after recording.
        #expect(h.text.contains("Envoyée le vendredi 20 novembre 2026 par e-mail."))
        #expect(h.text.contains("Prochaine étape : "))
    }

    /// The suggested date is replaced by a date typed over it, not added to.
    @Test func aDateTypedReplacesTheSuggestedOne() {
        var h = Harness(dossier: Self.partenamutMediation())
        h.goTo(.sending)
        #expect(h.text.contains("22/11/2026"))
        h.type("20/11/2026")
        #expect(h.wizard.sendingDateText(env: UIRepo.env) == "20/11/2026")
        _ = h.press(.enter)
        #expect(h.dossier.stages.mediation?.date == "20/11/2026")
        // Once typing has begun, what follows is added to it.
        h.goTo(.sending)
        h.press(.backspace)
        h.type("5")
        #expect(h.wizard.sendingDateText(env: UIRepo.env) == "20/11/2025")
    }

    /// Stage 1 records no sending (the call is its record): no date to type, and Enter is not offered for it.
    @Test func stageOneHasNoDateToRecord() {
        var dossier = UIRepo.example("partenamut-kinesitherapie")
        dossier.currentStage = .customerService
        var h = Harness(dossier: dossier)
        h.goTo(.sending)
        #expect(!h.text.contains(Texts.text("wizard.sending.date")))
        #expect(!keyHints(h.wizard).contains { $0.id == "sending.record" })
        #expect(keyHints(h.wizard).contains { $0.id == "sending.choose" })
    }

    @Test func aDateInTheFutureIsRefusedBesideTheInputAndNothingIsRecorded() {
        var h = Harness(dossier: Self.partenamutMediation())
        h.goTo(.sending)
        h.press(.control("u"))
        h.type("30/11/2026")
        let effects = h.press(.enter)
        #expect(effects == [])
        #expect(h.wizard.sending.error == SendingDateError.future.message)
        #expect(h.dossier.stages.mediation?.date == "")
        #expect(h.text.contains("✗ Cette date est dans le futur"))
    }

    /// A date the rules refuse (here before the complaint it follows) is recorded as typed, and the reason is
    /// given on this screen rather than only on the mediation's.
    @Test func aRecordedDateTheRulesRefuseIsSaidHere() {
        var h = Harness(dossier: Self.partenamutMediation())
        h.goTo(.sending)
        h.press(.control("u"))
        h.type("02/01/2026")
        let effects = h.press(.enter)
        #expect(effects.count == 1)
        #expect(h.dossier.stages.mediation?.date == "02/01/2026")
        let problem = h.wizard.issues.first { $0.field == .mediationDate && $0.severity == .error }
        #expect(problem != nil)
        #expect(h.wizard.sending.error == problem?.message)
        #expect(h.state.message?.style == .error)
        #expect(h.text.contains("✗ "))
    }

    @Test func choosingAnotherChannelPlansItForTheExport() {
        var h = Harness(dossier: Self.partenamutMediation())
        h.goTo(.sending)
        h.press(.down)
        #expect(h.dossier.stages.mediation?.mode == .registeredLetter)
        #expect(h.text.contains("› 2. Lettre recommandée"))
        #expect(UIRepo.env.renderer.format(for: h.dossier) == .letter)
        h.press(.up)
        #expect(UIRepo.env.renderer.format(for: h.dossier) == .email)
    }

    @Test func pageDownAtTheEndOfTheReviewGoesToTheStep() {
        var h = Harness(dossier: Self.partenamutMediation())
        h.goTo(.review)
        for _ in 0..<30 where h.wizard.screen == .review { h.press(.pageDown) }
        #expect(h.wizard.screen == .sending)
    }

    @Test func snapshotsInFrenchAndDutch() throws {
        var h = Harness(dossier: Self.partenamutMediation())
        h.goTo(.sending)
        try h.expectSnapshot("sending-mediation-80x24")
        h.press(.enter)
        try h.expectSnapshot("sending-mediation-recorded-80x24")
        var narrow = Harness(dossier: Self.partenamutMediation(), width: 60, height: 16)
        narrow.goTo(.sending)
        try narrow.expectSnapshot("sending-mediation-60x16")
        try Texts.$scopedLanguage.withValue(.dutch) {
            var nl = Harness(dossier: Self.partenamutMediation())
            nl.goTo(.sending)
            try nl.expectSnapshot("sending-mediation-80x24-nl")
            var narrowNL = Harness(dossier: Self.partenamutMediation(), width: 60, height: 16)
            narrowNL.goTo(.sending)
            narrowNL.press(.enter)
            try narrowNL.expectSnapshot("sending-mediation-recorded-60x16-nl")
        }
    }

    @Test func aLabourCourtPetitionIsFiledAtTheRegistry() throws {
        var h = Harness(dossier: UIRepo.example("caami-incapacite"))
        h.goTo(.sending)
        #expect(h.text.contains("› 1. Dépôt au greffe"))
        try h.expectSnapshot("sending-petition-80x24")
    }

    /// The registry is closed on Sundays and holidays: a deposit on 22 November 2026 (a Sunday) is refused
    /// beside the date, nothing recorded; a registered letter that day is fine.
    @Test func aDepositOnASundayIsRefused() {
        var h = Harness(dossier: UIRepo.example("caami-incapacite"))
        h.goTo(.sending)
        let before = h.dossier.stages.court
        #expect(h.press(.enter) == [])
        #expect(h.wizard.sending.error == SendingDateError.registryClosed(UIRepo.env.today).message)
        #expect(h.state.message?.text == SendingDateError.registryClosed(UIRepo.env.today).message)
        #expect(h.dossier.stages.court == before)
        h.press(.down)
        #expect(h.press(.enter).count == 1)
        #expect(h.dossier.stages.court?.mode == .registeredLetter)
        #expect(h.dossier.stages.court?.date == "22/11/2026")
    }
}
