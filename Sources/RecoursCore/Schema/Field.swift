/// Every field of a dossier that the user fills in: the wizard edits it, the validator checks it, `recours check`
/// names it, the letters print it. Its whole description (JSON path, kind, label, stage, accessor) is its schema
/// entry, `Field.info` below: nothing else names a field's path or label.
public enum Field: Hashable, Sendable {
    case title, currentStage
    case country, disputeKind, fund, fundName, fundAddress, fundKind, letterLanguage
    case civility, firstName, lastName, street, addressComplement, postalCode, city, email, phone, memberNumber,
        nationalNumber
    case subject, subjectDetail, incidentDate, amount, decisionDate, decisionReference, decisionMentions
    case facts, whyUnsatisfied, expectations, attachments
    case attachmentDescription(Int), attachmentDate(Int), attachmentPath(Int), attachmentStage(Int)
    /// Each stage's own request and reasons (`stages.<record>.request` / `.reasons`, see `StageText`).
    case stageText(StageText, EscalationStage)
    case contactDate, contactChannel, contactReference, contactAnswer
    case complaintDate, complaintMode, complaintReference, complaintAnswerDate, complaintAnswerSummary
    case mediationDate, mediator, mediationReference, mediationOutcome
    case court, courtLocation, courtAddress, courtDecisionDate, courtDecisionReference, courtOutcome

    /// The fields that exist once per dossier (the attachments' own fields come with each attachment). A case
    /// left out here is caught by the schema tests: each JSON value of a full dossier must belong to a field.
    public static let fixed: [Field] =
        [
            .title, .currentStage,
            .country, .disputeKind, .fund, .fundName, .fundAddress, .fundKind, .letterLanguage,
            .civility, .firstName, .lastName, .street, .addressComplement, .postalCode, .city, .email, .phone,
            .memberNumber,
            .nationalNumber,
            .subject, .subjectDetail, .incidentDate, .amount, .decisionDate, .decisionReference, .decisionMentions,
            .facts, .whyUnsatisfied, .expectations, .attachments,
            .contactDate, .contactChannel, .contactReference, .contactAnswer,
            .complaintDate, .complaintMode, .complaintReference, .complaintAnswerDate, .complaintAnswerSummary,
            .mediationDate, .mediator, .mediationReference, .mediationOutcome,
            .court, .courtLocation, .courtAddress, .courtDecisionDate, .courtDecisionReference, .courtOutcome,
        ] + EscalationStage.allCases.flatMap { stage in StageText.allCases.map { Field.stageText($0, stage) } }

    /// The fixed fields and those of each attachment of the dossier.
    public static func all(in dossier: Dossier) -> [Field] {
        fixed + dossier.dispute.attachments.indices.flatMap(attachmentFields)
    }

    /// The fields of the attachment at `index`.
    public static func attachmentFields(_ index: Int) -> [Field] {
        [.attachmentDescription(index), .attachmentDate(index), .attachmentPath(index), .attachmentStage(index)]
    }

    /// The shared texts of drafts written before each stage had its own: still read (the fallback of every
    /// stage's text, `Dossier.stageText(_:of:)`), no longer edited in the wizard.
    public static let legacy: Set<Field> = [.whyUnsatisfied, .expectations]

    /// The schema entry: one per field, the only place that says where a field lives and what it is.
    public var info: FieldInfo {
        switch self {
        case .title: .text("title", \.title)
        case .currentStage: .choice("currentStage", \.currentStage)
        case .country: .choice("country", \.country)
        case .disputeKind: .choice("disputeKind", \.disputeKind)
        case .fund: .choice("fund.organismId", \.fund.organismId)
        case .fundName: .text("fund.customName", \.fund.customName)
        case .fundAddress: .text("fund.customAddress", \.fund.customAddress, .multilineText)
        case .fundKind: .choice("fund.complementaryKind", \.fund.complementaryKind)
        case .letterLanguage: .choice("letterLanguage", \.letterLanguage)
        case .civility: .choice("member.civility", \.member.civility)
        case .firstName: .text("member.firstName", \.member.firstName)
        case .lastName: .text("member.lastName", \.member.lastName)
        case .street: .text("member.street", \.member.street)
        case .addressComplement: .text("member.addressComplement", \.member.addressComplement)
        case .postalCode: .text("member.postalCode", \.member.postalCode)
        case .city: .text("member.city", \.member.city)
        case .email: .text("member.email", \.member.email)
        case .phone: .text("member.phone", \.member.phone)
        case .memberNumber: .text("member.memberNumber", \.member.memberNumber)
        case .nationalNumber: .text("member.nationalNumber", \.member.nationalNumber)
        case .subject: .choice("dispute.subject", \.dispute.subject)
        case .subjectDetail: .text("dispute.subjectDetail", \.dispute.subjectDetail)
        case .incidentDate: .text("dispute.incidentDate", \.dispute.incidentDate, .date)
        case .amount: .text("dispute.amount", \.dispute.amount)
        case .decisionDate: .text("dispute.decisionDate", \.dispute.decisionDate, .date)
        case .decisionReference: .text("dispute.decisionReference", \.dispute.decisionReference)
        case .decisionMentions: .choice("dispute.decisionMentionsAppeal", \.dispute.decisionMentionsAppeal)
        case .facts: .text("dispute.facts", \.dispute.facts, .multilineText)
        case .whyUnsatisfied: .text("dispute.whyUnsatisfied", \.dispute.whyUnsatisfied, .multilineText)
        case .expectations: .text("dispute.expectations", \.dispute.expectations, .multilineText)
        case .attachments: .attachmentList("dispute.attachments")
        case .attachmentDescription(let i): .attachment(i, "description", \.description)
        case .attachmentDate(let i): .attachment(i, "date", \.date, .date)
        case .attachmentPath(let i): .attachment(i, "path", \.path)
        case .attachmentStage(let i): .attachmentStage(i)
        case .stageText(let text, let stage): .stageText(text, stage)
        case .contactDate: .record(.customerService, "date", \.contact, \.date, .date)
        case .contactChannel: .recordChoice(.customerService, "channel", \.contact, \.channel)
        case .contactReference: .record(.customerService, "reference", \.contact, \.reference)
        case .contactAnswer: .record(.customerService, "answer", \.contact, \.answer, .multilineText)
        case .complaintDate: .record(.complaint, "date", \.complaint, \.date, .date)
        case .complaintMode: .recordChoice(.complaint, "mode", \.complaint, \.mode)
        case .complaintReference: .record(.complaint, "reference", \.complaint, \.reference)
        case .complaintAnswerDate: .record(.complaint, "answerDate", \.complaint, \.answerDate, .date)
        case .complaintAnswerSummary: .record(.complaint, "answerSummary", \.complaint, \.answerSummary, .multilineText)
        case .mediationDate: .record(.mediation, "date", \.mediation, \.date, .date)
        case .mediator: .record(.mediation, "mediatorId", \.mediation, \.mediatorId, .choice)
        case .mediationReference: .record(.mediation, "reference", \.mediation, \.reference)
        case .mediationOutcome: .record(.mediation, "outcome", \.mediation, \.outcome, .multilineText)
        case .court: .record(.court, "courtId", \.court, \.courtId, .choice)
        case .courtLocation: .record(.court, "location", \.court, \.location)
        case .courtAddress: .record(.court, "address", \.court, \.address, .multilineText)
        case .courtDecisionDate: .record(.court, "decisionDate", \.court, \.decisionDate, .date)
        case .courtDecisionReference: .record(.court, "decisionReference", \.court, \.decisionReference)
        case .courtOutcome: .record(.court, "outcome", \.court, \.outcome, .multilineText)
        }
    }

    /// The JSON path of the field in a draft, e.g. `member.lastName`, `dispute.attachments[2].date`.
    public var path: String { info.path }

    /// What the field holds, which decides how it is edited and whether it is free text.
    public var kind: FieldKind { info.kind }

    /// The stage whose screen holds the field; nil for the fields common to every stage.
    public var stage: EscalationStage? { info.stage }

    /// The field with the index of an attachment taken out, to look up its texts: `dispute.attachments[].date`.
    public var labelKey: String {
        switch self {
        case .attachmentDescription, .attachmentDate, .attachmentPath, .attachmentStage:
            "field." + path.replacingAttachmentIndex
        default: "field." + path
        }
    }

    /// The label of the field where it stands alone (review list, `recours check`): "Date d'envoi de la réclamation".
    /// The neutral one, for a dossier whose country is not known: a dossier's screens and messages name the field
    /// with `label(for:)`.
    public var label: String { Texts.field(self, .label) }

    /// The label beside the field on its screen, where the screen's title gives the context: "Date d'envoi". The
    /// neutral one (see `label`).
    public var screenLabel: String { Texts.field(self, .screenLabel) }

    /// The label of the field in a dossier of `country`: "Numéro national (NISS)" in Belgium, "Numéro de sécurité
    /// sociale (NIR)" in France, the neutral label while the country is not chosen.
    public func label(for country: Country?) -> String { Texts.field(self, .label, country: country) }

    /// The label beside the field on its screen, in a dossier of `country` (see `label(for:)`).
    public func screenLabel(for country: Country?) -> String { Texts.field(self, .screenLabel, country: country) }

    /// The field's line of help, in a dossier of `country` (see `label(for:)`); "" when it has none.
    public func hint(for country: Country?) -> String { Texts.field(self, .hint, country: country) }

    /// The attachment whose field this is.
    public var attachmentIndex: Int? {
        switch self {
        case .attachmentDescription(let i), .attachmentDate(let i), .attachmentPath(let i), .attachmentStage(let i): i
        default: nil
        }
    }
}

extension String {
    /// `dispute.attachments[3].date` → `dispute.attachments[].date`.
    fileprivate var replacingAttachmentIndex: String {
        guard let open = firstIndex(of: "["), let close = self[open...].firstIndex(of: "]") else { return self }
        return String(self[...open]) + String(self[close...])
    }
}

/// Errors block the export of a letter; warnings are shown and do not.
public enum Severity: String, Sendable, Comparable, Codable {
    case warning, error

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .warning && rhs == .error }

    public var label: String { Texts.text(self == .error ? "severity.error" : "severity.warning") }
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

extension EscalationStage {
    /// The field that holds the stage's sending date, checked when a sending is recorded; nil for the contact
    /// (stage 1 records the call on its own screen) and the court (its filing has no rule of its own).
    public var sendingDateField: Field? {
        switch self {
        case .complaint: .complaintDate
        case .mediation: .mediationDate
        case .customerService, .court: nil
        }
    }
}
