import RecoursCore

/// The five letters Recours writes: one per stage, and two for stage 4.
public enum LetterKind: String, Sendable, CaseIterable {
    /// Stage 1: a written summary of the contact, usable as an e-mail or contact-form text.
    case contactSummary = "stage1-contact-summary"
    /// Stage 2: the formal complaint to the fund's complaints service.
    case complaint = "stage2-complaint"
    /// Stage 3: the referral to the mediator or ombudsman.
    case mediationReferral = "stage3-mediation"
    /// Stage 4, Belgian AMI decision: the petition (requête) to the tribunal du travail.
    case labourCourtPetition = "stage4-labour-court-petition"
    /// Stage 4 otherwise: the last letter before legal action (mise en demeure).
    case formalNotice = "stage4-formal-notice"

    /// The template file's name without extension.
    public var templateName: String { rawValue }

    public var stage: EscalationStage {
        switch self {
        case .contactSummary: .customerService
        case .complaint: .complaint
        case .mediationReferral: .mediation
        case .labourCourtPetition, .formalNotice: .court
        }
    }

    /// The letter's name in the interface ("Saisine du médiateur écrite dans …"), not in the letter.
    public var title: String {
        switch self {
        case .contactSummary: Texts.text("letterKind.stage1-contact-summary")
        case .complaint: Texts.text("letterKind.stage2-complaint")
        case .mediationReferral: Texts.text("letterKind.stage3-mediation")
        case .labourCourtPetition: Texts.text("letterKind.stage4-labour-court-petition")
        case .formalNotice: Texts.text("letterKind.stage4-formal-notice")
        }
    }

    public static func forStage(_ stage: EscalationStage, route: Route?) -> LetterKind {
        switch stage {
        case .customerService: .contactSummary
        case .complaint: .complaint
        case .mediation: .mediationReferral
        case .court: route?.goesToLabourCourt == true ? .labourCourtPetition : .formalNotice
        }
    }

    /// Partials shared by the letters.
    public static let partialNames = ["header", "chronology", "attachments", "signature"]
}
