/// The four stages of a dispute, in the order they must be taken.
public enum EscalationStage: Int, Codable, Sendable, CaseIterable, Comparable {
    case customerService = 1
    case complaint = 2
    case mediation = 3
    case court = 4

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var title: String {
        switch self {
        case .customerService: Texts.text("choice.stage.customerService")
        case .complaint: Texts.text("choice.stage.complaint")
        case .mediation: Texts.text("choice.stage.mediation")
        case .court: Texts.text("choice.stage.court")
        }
    }

    public var next: EscalationStage? { EscalationStage(rawValue: rawValue + 1) }
    public var previous: EscalationStage? { EscalationStage(rawValue: rawValue - 1) }
}
