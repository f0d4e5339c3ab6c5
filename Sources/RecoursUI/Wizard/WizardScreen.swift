import RecoursCore

/// How a field is edited.
public enum FieldKind: Equatable, Sendable {
    case text
    case date
    /// Soft-wrapped text of several lines.
    case multiline(lines: Int)
    /// A value picked from a list (typing filters it).
    case choice
    /// The list of attachments.
    case attachments
}

/// One field of a wizard screen.
public struct FieldSpec: Equatable, Sendable {
    public let field: Field
    public let kind: FieldKind
    public let label: String
    /// One line of help shown at the bottom when the field has the focus.
    public let hint: String

    init(_ field: Field, _ kind: FieldKind = .text, label: String? = nil, hint: String = "") {
        self.field = field
        self.kind = kind
        self.label = label ?? field.label
        self.hint = hint
    }

    var isTextual: Bool {
        switch kind {
        case .text, .date, .multiline: true
        case .choice, .attachments: false
        }
    }

    var isMultiline: Bool {
        if case .multiline = kind { return true }
        return false
    }
}

/// The screens of the wizard, in order.
public enum WizardScreen: String, CaseIterable, Sendable {
    case dossier, member, dispute, contact, complaint, mediation, court, expectations, timeline, review

    public var title: String {
        switch self {
        case .dossier: "Votre dossier"
        case .member: "Vos coordonnées"
        case .dispute: "Le litige"
        case .contact: "Étape 1 · Service clientèle"
        case .complaint: "Étape 2 · Réclamation écrite"
        case .mediation: "Étape 3 · Médiation"
        case .court: "Étape 4 · Action en justice"
        case .expectations: "Vos demandes et les pièces"
        case .timeline: "Délais et prochaine étape"
        case .review: "Relecture et export"
        }
    }

    /// The stage a screen belongs to, for the stage screens.
    public var stage: EscalationStage? {
        switch self {
        case .contact: .customerService
        case .complaint: .complaint
        case .mediation: .mediation
        case .court: .court
        default: nil
        }
    }

    public var number: Int { WizardScreen.allCases.firstIndex(of: self)! + 1 }

    public var next: WizardScreen? {
        let all = WizardScreen.allCases
        let i = all.firstIndex(of: self)!
        return i + 1 < all.count ? all[i + 1] : nil
    }

    public var previous: WizardScreen? {
        let all = WizardScreen.allCases
        let i = all.firstIndex(of: self)!
        return i > 0 ? all[i - 1] : nil
    }

    static let dateHint = "Une date : jj/mm/aaaa (ou aaaa-mm-jj)."

    /// Every field of the screen, before hiding the ones that do not apply.
    var allFields: [FieldSpec] {
        switch self {
        case .dossier:
            [
                FieldSpec(.title, label: "Nom du dossier", hint: "Un nom pour retrouver ce dossier dans la liste (facultatif)."),
                FieldSpec(.currentStage, .choice, hint: "L'étape dont vous voulez écrire la lettre maintenant."),
                FieldSpec(.country, .choice, hint: "Les démarches diffèrent en Belgique et en France."),
                FieldSpec(.disputeKind, .choice, hint: "Décision de l'assurance obligatoire (INAMI) ou assurance complémentaire."),
                FieldSpec(.fund, .choice, hint: "Entrée pour choisir ; tapez pour filtrer la liste."),
                FieldSpec(.fundName, hint: "Le nom exact de l'organisme, tel qu'il figure sur ses courriers."),
                FieldSpec(.fundAddress, .multiline(lines: 3), hint: "Une ligne pour la rue, une pour le code postal et la localité."),
            ]
        case .member:
            [
                FieldSpec(.civility, .choice),
                FieldSpec(.firstName, hint: "Les mutuelles ne traitent pas les réclamations anonymes."),
                FieldSpec(.lastName),
                FieldSpec(.street),
                FieldSpec(.addressComplement, hint: "Boîte, étage, bâtiment… (facultatif)."),
                FieldSpec(.postalCode),
                FieldSpec(.city),
                FieldSpec(.email, hint: "Facultatif, mais utile pour recevoir la réponse."),
                FieldSpec(.phone, hint: "Facultatif."),
                FieldSpec(.memberNumber, label: "N° d'adhérent / de membre", hint: "Il figure sur votre carte ou vos courriers."),
                FieldSpec(.nationalNumber, label: "N° national (NISS / NIR)", hint: "Facultatif ; nécessaire pour le tribunal du travail."),
            ]
        case .dispute:
            [
                FieldSpec(.subject, .choice),
                FieldSpec(.subjectDetail, label: "Précision", hint: "Par exemple « séances de kinésithérapie »."),
                FieldSpec(.incidentDate, .date, hint: Self.dateHint),
                FieldSpec(.amount, label: "Montant en jeu (€)", hint: "Facultatif, par exemple 486,40."),
                FieldSpec(.decisionDate, .date, label: "Date de la décision", hint: "La date de notification de la décision contestée, s'il y en a une."),
                FieldSpec(.decisionReference, label: "Référence de la décision"),
                FieldSpec(.facts, .multiline(lines: 7), hint: "Ce qui s'est passé, avec les dates et les montants. Ctrl-E : éditeur externe."),
            ]
        case .contact:
            [
                FieldSpec(.contactDate, .date, hint: Self.dateHint),
                FieldSpec(.contactChannel, .choice),
                FieldSpec(.contactReference, label: "Référence ou conseiller"),
                FieldSpec(.contactAnswer, .multiline(lines: 4), hint: "Ce qui vous a été répondu, même oralement."),
            ]
        case .complaint:
            [
                FieldSpec(.complaintDate, .date, label: "Date d'envoi", hint: "Laissez vide tant que la réclamation n'est pas envoyée."),
                FieldSpec(.complaintMode, .choice, hint: "La lettre recommandée est la preuve la plus sûre."),
                FieldSpec(.complaintReference, label: "Référence"),
                FieldSpec(.complaintAnswerDate, .date, label: "Date de la réponse", hint: "Laissez vide si vous n'avez pas reçu de réponse."),
                FieldSpec(.complaintAnswerSummary, .multiline(lines: 3), label: "Résumé de la réponse"),
            ]
        case .mediation:
            [
                FieldSpec(.mediator, .choice),
                FieldSpec(.mediationDate, .date, label: "Date de saisine", hint: "Laissez vide tant que le médiateur n'est pas saisi."),
                FieldSpec(.mediationReference, label: "Référence"),
                FieldSpec(.mediationOutcome, .multiline(lines: 3), label: "Résultat"),
            ]
        case .court:
            [
                FieldSpec(.court, .choice),
                FieldSpec(.courtLocation, label: "Siège (ville)", hint: "La ville du tribunal de votre domicile."),
                FieldSpec(.courtAddress, .multiline(lines: 3), label: "Adresse du greffe"),
                FieldSpec(.courtDecisionDate, .date, label: "Date du jugement"),
                FieldSpec(.courtDecisionReference, label: "Référence du jugement"),
                FieldSpec(.courtOutcome, .multiline(lines: 2), label: "Résultat"),
            ]
        case .expectations:
            [
                FieldSpec(.whyUnsatisfied, .multiline(lines: 4), label: "Pourquoi la réponse ne convient pas",
                    hint: "Ce que la mutuelle n'a pas pris en compte. Ctrl-E : éditeur externe."),
                FieldSpec(.expectations, .multiline(lines: 4), label: "Vos demandes", hint: "Ce que vous demandez, clairement."),
                FieldSpec(.attachments, .attachments, hint: "Entrée : ajouter ou modifier · Suppr : retirer · ⇧↑/⇧↓ : déplacer"),
            ]
        case .timeline, .review:
            []
        }
    }

    /// The fields shown for this dossier (Belgian kind of dispute, typed fund…).
    func fields(for dossier: Dossier) -> [FieldSpec] {
        allFields.filter { spec in
            switch spec.field {
            case .disputeKind: dossier.country == .belgium
            case .fundName, .fundAddress: dossier.fund.isOther
            default: true
            }
        }
    }
}
