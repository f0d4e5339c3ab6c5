import Foundation
import Testing

@testable import RecoursCore

/// Each stage's own request and reasons, prefilled from the previous stage's; the date each letter bears; the
/// attachments each letter encloses.
struct StageTextsTests {
    static func dossier() -> Dossier {
        var dossier = Dossier(id: "t", createdAt: Date(timeIntervalSince1970: 0))
        dossier.dispute.expectations = "Le remboursement des séances."
        dossier.dispute.whyUnsatisfied = "La prescription est complète."
        return dossier
    }

    @Test func anOldDraftsSharedTextsServeEveryStage() {
        let dossier = Self.dossier()
        for stage in EscalationStage.allCases {
            #expect(dossier.stageText(.request, of: stage) == "Le remboursement des séances.")
            #expect(dossier.stageText(.reasons, of: stage) == "La prescription est complète.")
            #expect(dossier.ownText(.request, of: stage) == nil)
        }
    }

    @Test func eachStageTakesThePreviousStagesTextUntilItHasItsOwn() {
        var dossier = Self.dossier()
        dossier.setOwnText(.request, of: .customerService, to: "Réexaminer mon dossier.")
        dossier.setOwnText(.request, of: .mediation, to: "Obtenir un réexamen par le médiateur.")
        #expect(dossier.stageText(.request, of: .customerService) == "Réexaminer mon dossier.")
        #expect(dossier.stageText(.request, of: .complaint) == "Réexaminer mon dossier.")
        #expect(dossier.stageText(.request, of: .mediation) == "Obtenir un réexamen par le médiateur.")
        #expect(dossier.stageText(.request, of: .court) == "Obtenir un réexamen par le médiateur.")
        // Reasons are their own chain.
        #expect(dossier.stageText(.reasons, of: .court) == "La prescription est complète.")
        #expect(dossier.prefill(.request, of: .complaint) == "Réexaminer mon dossier.")
        #expect(dossier.prefill(.request, of: .customerService) == "Le remboursement des séances.")
    }

    @Test func thePrefillIsWrittenOnceAndNeverOverAText() {
        var dossier = Self.dossier()
        dossier.setOwnText(.request, of: .customerService, to: "Réexaminer mon dossier.")
        let filled = dossier.prefillStageTexts(of: .complaint)
        #expect(filled)
        #expect(dossier.stages.complaint?.request == "Réexaminer mon dossier.")
        #expect(dossier.stages.complaint?.reasons == "La prescription est complète.")
        // Written once: a later change to the earlier stage leaves the complaint's text as it was shown.
        dossier.setOwnText(.request, of: .customerService, to: "Autre chose.")
        let filledAgain = dossier.prefillStageTexts(of: .complaint)
        #expect(!filledAgain)
        #expect(dossier.stageText(.request, of: .complaint) == "Réexaminer mon dossier.")
        // A text the member emptied stays empty.
        dossier.setOwnText(.reasons, of: .mediation, to: "")
        dossier.prefillStageTexts(of: .mediation)
        #expect(dossier.stages.mediation?.reasons == "")
        #expect(dossier.stages.mediation?.request == "Réexaminer mon dossier.")
        // Nothing to prefill: nothing written, no record created.
        var empty = Dossier(id: "e", createdAt: Date(timeIntervalSince1970: 0))
        let filledEmpty = empty.prefillStageTexts(of: .court)
        #expect(!filledEmpty)
        #expect(empty.stages.court == nil)
    }

    @Test func theFieldReadsThePrefillAndWritesTheStagesOwnText() {
        var dossier = Self.dossier()
        let field = Field.stageText(.request, .complaint)
        #expect(field.path == "stages.complaint.request")
        #expect(dossier[field] == "Le remboursement des séances.")
        dossier[field] = "Revoir la décision."
        #expect(dossier.stages.complaint?.request == "Revoir la décision.")
        #expect(dossier.dispute.expectations == "Le remboursement des séances.")
        dossier[field] = ""
        #expect(dossier[field] == "")
    }

    @Test func anOldDraftWithoutTheNewKeysStillReads() throws {
        // Written before stages had their own texts and attachments their stage.
        let json = """
            {"schemaVersion":1,"id":"old","title":"","createdAt":"2026-01-01T00:00:00Z",
             "updatedAt":"2026-01-01T00:00:00Z","country":"FR","currentStage":2,
             "fund":{"organismId":"alan","customName":"","customAddress":""},
             "member":{"civility":"Mme","firstName":"A","lastName":"B","street":"","addressComplement":"",
                       "postalCode":"","city":"","email":"","phone":"","memberNumber":"","nationalNumber":""},
             "dispute":{"subject":"delay","subjectDetail":"","incidentDate":"","amount":"","decisionDate":"",
                        "decisionReference":"","facts":"","whyUnsatisfied":"Trop long.","expectations":"Payer vite.",
                        "attachments":[{"description":"Facture","date":"","path":""}]},
             "stages":{"complaint":{"date":"","reference":"","answerDate":"","answerSummary":""}}}
            """
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let dossier = try decoder.decode(Dossier.self, from: Data(json.utf8))
        #expect(dossier.stages.complaint?.request == nil)
        #expect(dossier.stageText(.request, of: .complaint) == "Payer vite.")
        #expect(dossier.stageText(.reasons, of: .mediation) == "Trop long.")
        #expect(dossier.dispute.attachments[0].stage == nil)
        // Written back, a stage text never set stays absent.
        let encoded = String(decoding: try JSONEncoder().encode(dossier), as: UTF8.self)
        #expect(!encoded.contains(#""request""#))
        #expect(!encoded.contains(#""stage""#))
    }

    // MARK: Letter dates

    static let today = CalendarDate(year: 2026, month: 12, day: 1)!

    @Test func aSentLetterIsDatedByItsSendingDateAnotherByToday() {
        var dossier = Self.dossier()
        #expect(dossier.letterDate(of: .complaint, today: Self.today) == Self.today)
        dossier.stages.complaint = ComplaintRecord(date: "28/09/2026")
        #expect(dossier.letterDate(of: .complaint, today: Self.today) == CalendarDate(year: 2026, month: 9, day: 28))
        #expect(dossier.letterDate(of: .mediation, today: Self.today) == Self.today)
        dossier.stages.mediation = MediationRecord(date: "2026-10-30")
        #expect(dossier.letterDate(of: .mediation, today: Self.today) == CalendarDate(year: 2026, month: 10, day: 30))
        // The contact's date is the contact's, not the summary's; the court's record has no sending date.
        dossier.stages.contact = ContactRecord(date: "15/09/2026")
        #expect(dossier.letterDate(of: .customerService, today: Self.today) == Self.today)
        #expect(dossier.letterDate(of: .court, today: Self.today) == Self.today)
        // A date that cannot be read is no sending date.
        dossier.stages.complaint?.date = "bientôt"
        #expect(dossier.letterDate(of: .complaint, today: Self.today) == Self.today)
    }

    // MARK: Enclosures

    static func enclosed(_ dossier: Dossier, _ stage: EscalationStage) -> [String] {
        dossier.enclosures(of: stage, today: today).map(\.attachment.description)
    }

    @Test func aLetterEnclosesWhatExistsOnItsDateNeverItselfNorItsAnswer() {
        var dossier = Self.dossier()
        dossier.dispute.attachments = [
            Attachment(description: "Facture", date: "04/09/2026"),
            Attachment(description: "Refus", date: "12/09/2026"),
            Attachment(description: "Copie de la réclamation", date: "28/09/2026"),
            Attachment(description: "Réponse à la réclamation", date: "15/10/2026"),
            Attachment(description: "Certificat du médecin", stage: .complaint),
            Attachment(description: "Rapport pour le médiateur", stage: .mediation),
            Attachment(description: "Contrat"),
            Attachment(),
        ]
        dossier.stages.complaint = ComplaintRecord(date: "28/09/2026")
        // The complaint, sent on 28 September: what existed before that day, and what belongs to stage 2.
        #expect(Self.enclosed(dossier, .complaint) == ["Facture", "Refus", "Certificat du médecin", "Contrat"])
        // The summary of stage 1, written today: everything dated until today, nothing of a later stage.
        #expect(
            Self.enclosed(dossier, .customerService) == [
                "Facture", "Refus", "Copie de la réclamation", "Réponse à la réclamation", "Contrat",
            ])
        // The referral, not sent yet: the complaint and its answer now, and the papers of stage 3.
        #expect(
            Self.enclosed(dossier, .mediation) == [
                "Facture", "Refus", "Copie de la réclamation", "Réponse à la réclamation", "Certificat du médecin",
                "Rapport pour le médiateur", "Contrat",
            ])
        // Sent on 15 October: its own copy (dated that day) and what came after are left out.
        dossier.stages.mediation = MediationRecord(date: "15/10/2026")
        #expect(!Self.enclosed(dossier, .mediation).contains("Réponse à la réclamation"))
        #expect(Self.enclosed(dossier, .mediation).contains("Copie de la réclamation"))
        // The indexes are the dossier's.
        #expect(dossier.enclosures(of: .complaint, today: Self.today).map(\.index) == [0, 1, 4, 6])
    }

    @Test func aDocumentWithADateAndAStageMeetsBoth() {
        var dossier = Self.dossier()
        dossier.dispute.attachments = [Attachment(description: "Avis", date: "01/09/2026", stage: .mediation)]
        #expect(Self.enclosed(dossier, .complaint) == [])
        #expect(Self.enclosed(dossier, .mediation) == ["Avis"])
        dossier.dispute.attachments[0].date = "20/12/2026"
        #expect(Self.enclosed(dossier, .mediation) == [])
    }
}
