/// What the dispute is about.
public enum DisputeSubject: String, Codable, Sendable, CaseIterable {
    case refusedReimbursement = "refusedReimbursement"
    case delay = "delay"
    case suspendedRights = "suspendedRights"
    case contribution = "contribution"
    case medicalAdviser = "medicalAdviser"
    case other = "other"

    public var label: String {
        switch self {
        case .refusedReimbursement: Texts.text("choice.subject.refusedReimbursement")
        case .delay: Texts.text("choice.subject.delay")
        case .suspendedRights: Texts.text("choice.subject.suspendedRights")
        case .contribution: Texts.text("choice.subject.contribution")
        case .medicalAdviser: Texts.text("choice.subject.medicalAdviser")
        case .other: Texts.text("choice.subject.other")
        }
    }
    // The letters' wording of each subject is in Resources/templates/<lang>/phrases.json (`subject.<case>`).
}

/// An answer to a yes-or-no question that the member may not be able to answer.
public enum YesNoAnswer: String, Codable, Sendable, CaseIterable {
    case yes, no, unsure

    public var label: String {
        switch self {
        case .yes: Texts.text("choice.yesNo.yes")
        case .no: Texts.text("choice.yesNo.no")
        case .unsure: Texts.text("choice.yesNo.unsure")
        }
    }
}

/// One document sent with the letters (pièce jointe).
public struct Attachment: Codable, Sendable, Equatable {
    public var description: String
    /// Optional date of the document, as typed.
    public var date: String
    /// Optional path of a copy on this computer.
    public var path: String
    /// Optional: the stage at which the document appeared, for a document without a date (or to say more than its
    /// date): a letter encloses it from that stage on (`Enclosures`). Absent in drafts written before it existed.
    public var stage: EscalationStage?

    public init(description: String = "", date: String = "", path: String = "", stage: EscalationStage? = nil) {
        self.description = description
        self.date = date
        self.path = path
        self.stage = stage
    }

    public var isBlank: Bool {
        description.trimmed.isEmpty && date.trimmed.isEmpty && path.trimmed.isEmpty && stage == nil
    }
}

/// The dispute itself. Dates and amounts are kept as typed; validation interprets them.
public struct Dispute: Codable, Sendable, Equatable {
    public var subject: DisputeSubject?
    /// Free text when the subject is `other`, or a precision for any subject.
    public var subjectDetail: String
    /// The date of the care, purchase or event the dispute is about; not the fund's refusal (`decisionDate`).
    public var incidentDate: String
    /// Optional amount at stake, in euros, as typed ("1 234,56").
    public var amount: String
    /// Date on which the fund's contested decision or refusal was received, on every route (the Belgian labour
    /// court's 3 months run from it); the letters name the refusal by this date, never by `incidentDate`.
    public var decisionDate: String
    /// The fund's reference of the contested decision, if any.
    public var decisionReference: String
    /// Belgium: whether the decision names the labour court and the appeal deadline. Without those mentions the
    /// 3 months may not have started (Charte de l'assuré social, art. 14).
    public var decisionMentionsAppeal: YesNoAnswer?
    public var facts: String
    /// Why the answers received so far are not satisfactory: the text shared by every stage in drafts written
    /// before each stage had its own (`reasons` of the stage records); still read as their fallback.
    public var whyUnsatisfied: String
    /// What the member asks, shared by every stage in older drafts; the fallback of each stage's `request`.
    public var expectations: String
    public var attachments: [Attachment]

    public init(
        subject: DisputeSubject? = nil, subjectDetail: String = "", incidentDate: String = "", amount: String = "",
        decisionDate: String = "", decisionReference: String = "", decisionMentionsAppeal: YesNoAnswer? = nil,
        facts: String = "", whyUnsatisfied: String = "", expectations: String = "", attachments: [Attachment] = []
    ) {
        self.decisionMentionsAppeal = decisionMentionsAppeal
        self.subject = subject
        self.subjectDetail = subjectDetail
        self.incidentDate = incidentDate
        self.amount = amount
        self.decisionDate = decisionDate
        self.decisionReference = decisionReference
        self.facts = facts
        self.whyUnsatisfied = whyUnsatisfied
        self.expectations = expectations
        self.attachments = attachments
    }
}
