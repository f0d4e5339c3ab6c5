/// Every field of a dossier that can carry a problem: the wizard jumps to it, `recours check` names it.
public enum Field: Hashable, Sendable {
    case title, currentStage
    case country, disputeKind, fund, fundName, fundAddress
    case civility, firstName, lastName, street, addressComplement, postalCode, city, email, phone, memberNumber, nationalNumber
    case subject, subjectDetail, incidentDate, amount, decisionDate, decisionReference
    case facts, whyUnsatisfied, expectations, attachments
    case attachmentDescription(Int), attachmentDate(Int), attachmentPath(Int)
    case contactDate, contactChannel, contactReference, contactAnswer
    case complaintDate, complaintMode, complaintReference, complaintAnswerDate, complaintAnswerSummary
    case mediationDate, mediator, mediationReference, mediationOutcome
    case court, courtLocation, courtAddress, courtDecisionDate, courtDecisionReference, courtOutcome

    /// The JSON path of the field in a draft, e.g. `member.lastName`, `dispute.attachments[2].date`.
    public var path: String {
        switch self {
        case .title: "title"
        case .currentStage: "currentStage"
        case .country: "country"
        case .disputeKind: "disputeKind"
        case .fund: "fund.organismId"
        case .fundName: "fund.customName"
        case .fundAddress: "fund.customAddress"
        case .civility: "member.civility"
        case .firstName: "member.firstName"
        case .lastName: "member.lastName"
        case .street: "member.street"
        case .addressComplement: "member.addressComplement"
        case .postalCode: "member.postalCode"
        case .city: "member.city"
        case .email: "member.email"
        case .phone: "member.phone"
        case .memberNumber: "member.memberNumber"
        case .nationalNumber: "member.nationalNumber"
        case .subject: "dispute.subject"
        case .subjectDetail: "dispute.subjectDetail"
        case .incidentDate: "dispute.incidentDate"
        case .amount: "dispute.amount"
        case .decisionDate: "dispute.decisionDate"
        case .decisionReference: "dispute.decisionReference"
        case .facts: "dispute.facts"
        case .whyUnsatisfied: "dispute.whyUnsatisfied"
        case .expectations: "dispute.expectations"
        case .attachments: "dispute.attachments"
        case .attachmentDescription(let i): "dispute.attachments[\(i)].description"
        case .attachmentDate(let i): "dispute.attachments[\(i)].date"
        case .attachmentPath(let i): "dispute.attachments[\(i)].path"
        case .contactDate: "stages.contact.date"
        case .contactChannel: "stages.contact.channel"
        case .contactReference: "stages.contact.reference"
        case .contactAnswer: "stages.contact.answer"
        case .complaintDate: "stages.complaint.date"
        case .complaintMode: "stages.complaint.mode"
        case .complaintReference: "stages.complaint.reference"
        case .complaintAnswerDate: "stages.complaint.answerDate"
        case .complaintAnswerSummary: "stages.complaint.answerSummary"
        case .mediationDate: "stages.mediation.date"
        case .mediator: "stages.mediation.mediatorId"
        case .mediationReference: "stages.mediation.reference"
        case .mediationOutcome: "stages.mediation.outcome"
        case .court: "stages.court.courtId"
        case .courtLocation: "stages.court.location"
        case .courtAddress: "stages.court.address"
        case .courtDecisionDate: "stages.court.decisionDate"
        case .courtDecisionReference: "stages.court.decisionReference"
        case .courtOutcome: "stages.court.outcome"
        }
    }

    /// The label shown beside the field, in French.
    public var label: String {
        switch self {
        case .title: "Nom du dossier"
        case .currentStage: "Où en êtes-vous ?"
        case .country: "Pays"
        case .disputeKind: "Type de litige"
        case .fund: "Mutuelle / mutualité"
        case .fundName: "Nom de l'organisme"
        case .fundAddress: "Adresse de l'organisme"
        case .civility: "Civilité"
        case .firstName: "Prénom"
        case .lastName: "Nom"
        case .street: "Rue et numéro"
        case .addressComplement: "Complément d'adresse"
        case .postalCode: "Code postal"
        case .city: "Localité"
        case .email: "E-mail"
        case .phone: "Téléphone"
        case .memberNumber: "Numéro d'adhérent / de membre"
        case .nationalNumber: "Numéro national (NISS / NIR)"
        case .subject: "Objet du litige"
        case .subjectDetail: "Précision sur l'objet"
        case .incidentDate: "Date de l'incident"
        case .amount: "Montant en jeu"
        case .decisionDate: "Date de notification de la décision"
        case .decisionReference: "Référence de la décision"
        case .facts: "Les faits"
        case .whyUnsatisfied: "Pourquoi la réponse ne convient pas"
        case .expectations: "Vos attentes"
        case .attachments: "Pièces jointes"
        case .attachmentDescription(let i): "Pièce \(i + 1) : description"
        case .attachmentDate(let i): "Pièce \(i + 1) : date"
        case .attachmentPath(let i): "Pièce \(i + 1) : fichier"
        case .contactDate: "Date du contact"
        case .contactChannel: "Moyen de contact"
        case .contactReference: "Référence ou nom du conseiller"
        case .contactAnswer: "Réponse obtenue"
        case .complaintDate: "Date d'envoi de la réclamation"
        case .complaintMode: "Mode d'envoi"
        case .complaintReference: "Référence de la réclamation"
        case .complaintAnswerDate: "Date de la réponse"
        case .complaintAnswerSummary: "Résumé de la réponse"
        case .mediationDate: "Date de saisine du médiateur"
        case .mediator: "Médiateur"
        case .mediationReference: "Référence de la médiation"
        case .mediationOutcome: "Résultat de la médiation"
        case .court: "Juridiction"
        case .courtLocation: "Siège de la juridiction"
        case .courtAddress: "Adresse du greffe"
        case .courtDecisionDate: "Date du jugement"
        case .courtDecisionReference: "Référence du jugement"
        case .courtOutcome: "Résultat"
        }
    }

    /// The stage whose screen holds the field; nil for the fields common to every stage.
    public var stage: EscalationStage? {
        switch self {
        case .contactDate, .contactChannel, .contactReference, .contactAnswer: .customerService
        case .complaintDate, .complaintMode, .complaintReference, .complaintAnswerDate, .complaintAnswerSummary:
            .complaint
        case .mediationDate, .mediator, .mediationReference, .mediationOutcome: .mediation
        case .court, .courtLocation, .courtAddress, .courtDecisionDate, .courtDecisionReference, .courtOutcome: .court
        default: nil
        }
    }
}

/// Errors block the export of a letter; warnings are shown and do not.
public enum Severity: String, Sendable, Comparable, Codable {
    case warning, error

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .warning && rhs == .error }

    public var label: String { self == .error ? "erreur" : "attention" }
}

/// One problem of one field, with a message a non-technical person understands.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    public let field: Field
    public let severity: Severity
    public let message: String

    public init(_ field: Field, _ severity: Severity, _ message: String) {
        self.field = field
        self.severity = severity
        self.message = message
    }

    public static func error(_ field: Field, _ message: String) -> Self { Self(field, .error, message) }
    public static func warning(_ field: Field, _ message: String) -> Self { Self(field, .warning, message) }

    public var description: String { "\(field.label) (\(field.path)) — \(severity.label) : \(message)" }
}
