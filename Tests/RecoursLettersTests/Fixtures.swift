import Foundation
import RecoursCore
import RecoursLetters

/// Paths in the checkout, found from this file.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let resources = root.appendingPathComponent("Resources")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func catalog() throws -> OrganismCatalog {
        try OrganismCatalog.read(resources.appendingPathComponent(OrganismCatalog.fileName))
    }

    static func renderer() throws -> LetterRenderer {
        let templates = try LetterTemplates(shipped: resources.appendingPathComponent("templates"))
        return LetterRenderer(templates: templates, catalog: try catalog())
    }
}

let letterDate = CalendarDate(year: 2026, month: 11, day: 22)!

/// A Belgian AMI dispute with Partenamut that went through every stage.
func belgianDossier() -> Dossier {
    Dossier(
        id: "test-be", title: "Kinésithérapie", createdAt: Date(timeIntervalSince1970: 1_780_000_000),
        country: .belgium, disputeKind: .compulsoryInsurance, fund: FundChoice(organismId: "partenamut"),
        member: Member(
            civility: .madame, firstName: "Françoise", lastName: "Lemaître-Dubois", street: "Rue de l'Église 12",
            addressComplement: "Boîte 3", postalCode: "1080", city: "Bruxelles", email: "francoise@example.be",
            phone: "0470 12 34 56", memberNumber: "125-4471-09", nationalNumber: "85073003328"),
        dispute: Dispute(
            subject: .refusedReimbursement, subjectDetail: "kinésithérapie", incidentDate: "08/09/2026",
            amount: "486,40", decisionDate: "08/09/2026", decisionReference: "KINE-0412",
            facts:
                "Du 2 juin au 18 août 2026, j'ai suivi 18 séances de kinésithérapie prescrites après une opération du genou ; 9 séances ont été refusées « pour prescription incomplète », à tort.",
            whyUnsatisfied: "Personne n'a examiné la prescription, qui est complète.",
            expectations: "Le remboursement des 9 séances refusées, soit 486,40 €.",
            attachments: [
                Attachment(description: "Prescription du Dr Marchal", date: "01/06/2026"),
                Attachment(description: "Décision de refus", date: "08/09/2026"),
            ]),
        stages: StageRecords(
            contact: ContactRecord(
                date: "15/09/2026", channel: .phone, reference: "M. Janssens", answer: "Refus maintenu."),
            complaint: ComplaintRecord(
                date: "18/09/2026", mode: .registeredLetter, reference: "PL-77", answerDate: "10/10/2026",
                answerSummary: "La décision est maintenue."),
            mediation: MediationRecord(
                date: "13/10/2026", mediatorId: "", reference: "MED-12", outcome: "Pas d'accord."),
            // The French-speaking Brussels court, from the catalog (Place Poelaert 3, not Boulevard de Waterloo 70).
            court: CourtRecord(courtId: "tt-bruxelles-fr")),
        currentStage: .complaint)
}

/// A French dispute with Identités Mutuelle that went through every stage.
func frenchDossier() -> Dossier {
    Dossier(
        id: "test-fr", createdAt: Date(timeIntervalSince1970: 1_780_000_000), country: .france,
        fund: FundChoice(organismId: "identites-mutuelle"),
        member: Member(
            civility: .monsieur, firstName: "Loïc", lastName: "Le Bœuf", street: "3, place de l'Hôtel-de-Ville",
            postalCode: "29200", city: "Brest", email: "loic@example.fr", phone: "06 12 34 56 78",
            memberNumber: "IM 0045 7821", nationalNumber: "2 95 10 99 126 111 93"),
        dispute: Dispute(
            subject: .suspendedRights, incidentDate: "2026-01-12", amount: "1 250",
            facts:
                "Mes droits ont été suspendus le 12 janvier 2026 sans préavis, alors que mes cotisations sont à jour depuis l'adhésion ; la pharmacie m'a réclamé la part complémentaire.",
            whyUnsatisfied: "Aucune explication sur le motif de la suspension.",
            expectations:
                "Le rétablissement de mes droits à la date du 12 janvier 2026 et le remboursement des 1 250 € avancés.",
            attachments: [
                Attachment(description: "Relevé de cotisations 2025", date: "31/12/2025"),
                Attachment(description: "Factures de la pharmacie"),
            ]),
        stages: StageRecords(
            contact: ContactRecord(date: "14/01/2026", channel: .onlineForm, reference: "", answer: ""),
            complaint: ComplaintRecord(date: "20/01/2026", mode: .registeredLetter, reference: "RC-19"),
            mediation: MediationRecord(
                date: "15/04/2026", mediatorId: "mcd", reference: "MCD-2026-88",
                outcome: "Proposition refusée par la mutuelle."),
            court: CourtRecord()),
        currentStage: .complaint)
}
