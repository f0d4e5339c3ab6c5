import RecoursCore

/// One field of a wizard screen: which field, and how many lines its input takes. Everything else about the field
/// (its kind, label, hint) comes from its schema entry (`Field.info`) and the texts table.
public struct FieldSpec: Equatable, Sendable {
    public let field: Field
    /// The height of a multi-line input, in lines (1 for the others).
    public let lines: Int

    init(_ field: Field, lines: Int = 1) {
        self.field = field
        self.lines = lines
    }

    public var kind: FieldKind { field.kind }
    /// The label beside the field, in a dossier of `country` (the national number's depends on it).
    public func label(for country: Country?) -> String { field.screenLabel(for: country) }
    /// One line of help shown at the bottom when the field has the focus, in a dossier of `country`.
    public func hint(for country: Country?) -> String { field.hint(for: country) }

    var isTextual: Bool { kind.isFreeText }

    var isMultiline: Bool { kind == .multilineText }
}

/// The screens of the wizard, in order.
public enum WizardScreen: String, CaseIterable, Sendable {
    case dossier, member, dispute, contact, complaint, mediation, court, expectations, timeline, review
    /// "Comment envoyer": the channels of the current stage's recipient, and recording the sending.
    case sending

    public var title: String { Texts.text("screen.\(rawValue)") }

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

    /// The layout of the screen: its fields in order, with the height of the multi-line ones. Every fixed field is
    /// on exactly one screen (`FieldSchemaTests`).
    var allFields: [FieldSpec] {
        switch self {
        case .dossier:
            [
                FieldSpec(.title), FieldSpec(.currentStage), FieldSpec(.country), FieldSpec(.disputeKind),
                FieldSpec(.fund), FieldSpec(.fundName), FieldSpec(.fundAddress, lines: 3), FieldSpec(.fundKind),
                FieldSpec(.letterLanguage),
            ]
        case .member:
            [
                FieldSpec(.civility), FieldSpec(.firstName), FieldSpec(.lastName), FieldSpec(.street),
                FieldSpec(.addressComplement), FieldSpec(.postalCode), FieldSpec(.city), FieldSpec(.email),
                FieldSpec(.phone), FieldSpec(.memberNumber), FieldSpec(.nationalNumber),
            ]
        case .dispute:
            [
                FieldSpec(.subject), FieldSpec(.subjectDetail), FieldSpec(.incidentDate), FieldSpec(.amount),
                FieldSpec(.decisionDate), FieldSpec(.decisionReference), FieldSpec(.decisionMentions),
                FieldSpec(.facts, lines: 7),
            ]
        case .contact:
            [
                FieldSpec(.contactDate), FieldSpec(.contactChannel), FieldSpec(.contactReference),
                FieldSpec(.contactAnswer, lines: 4),
            ]
        case .complaint:
            [
                FieldSpec(.complaintDate), FieldSpec(.complaintMode), FieldSpec(.complaintReference),
                FieldSpec(.complaintAnswerDate), FieldSpec(.complaintAnswerSummary, lines: 3),
            ]
        case .mediation:
            [
                FieldSpec(.mediator), FieldSpec(.mediationDate), FieldSpec(.mediationReference),
                FieldSpec(.mediationOutcome, lines: 3),
            ]
        case .court:
            [
                FieldSpec(.court), FieldSpec(.courtLocation), FieldSpec(.courtAddress, lines: 3),
                FieldSpec(.courtDecisionDate), FieldSpec(.courtDecisionReference), FieldSpec(.courtOutcome, lines: 2),
            ]
        case .expectations:
            // Each stage's own reasons and request; only the current stage's are shown (`fields(for:)`).
            EscalationStage.allCases.flatMap { stage in
                [FieldSpec(.stageText(.reasons, stage), lines: 4), FieldSpec(.stageText(.request, stage), lines: 4)]
            } + [FieldSpec(.attachments)]
        case .timeline, .review, .sending:
            []
        }
    }

    /// The screen that holds a field (an attachment's fields are on the list of attachments' screen).
    static func holding(_ field: Field) -> WizardScreen? {
        let target = field.attachmentIndex == nil ? field : .attachments
        return allCases.first { $0.allFields.contains { $0.field == target } }
    }

    /// The fields shown for this dossier (Belgian kind of dispute, typed fund…).
    func fields(for dossier: Dossier) -> [FieldSpec] {
        allFields.filter { spec in
            switch spec.field {
            case .disputeKind: dossier.country == .belgium
            case .fundName: dossier.fund.isOther
            // Typed for "Autre organisme"; for a catalog fund, to correct its address or give one it lacks.
            case .fundAddress: !dossier.fund.organismId.isEmpty
            case .fundKind: dossier.fund.isOther && dossier.country == .france
            // French letters only in France; Belgian members write in French, Dutch or German.
            case .letterLanguage: dossier.country == .belgium
            // The Charte de l'assuré social's question, where a labour court hears the dispute.
            case .decisionMentions: dossier.country == .belgium && dossier.disputeKind != .hospitalisationInsurance
            // The letter to write now asks what its stage can give.
            case .stageText(_, let stage): stage == dossier.currentStage
            default: true
            }
        }
    }
}
