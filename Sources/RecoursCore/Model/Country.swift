/// The country whose rules apply to the dispute.
public enum Country: String, Codable, Sendable, CaseIterable {
    case belgium = "BE"
    case france = "FR"

    public var label: String {
        switch self {
        case .belgium: Texts.text("country.BE")
        case .france: Texts.text("country.FR")
        }
    }

    /// The usual word for a health-insurance fund in that country.
    public var fundWord: String {
        switch self {
        case .belgium: "mutualité"
        case .france: "mutuelle"
        }
    }
}

/// In Belgium, what is contested decides the whole route (mediator, court, deadline).
public enum DisputeKind: String, Codable, Sendable, CaseIterable {
    /// A decision of the compulsory health insurance (AMI / INAMI) taken by the fund.
    case compulsoryInsurance = "compulsory"
    /// A complementary service or a hospitalisation insurance of the fund.
    case complementaryInsurance = "complementary"

    public var label: String {
        switch self {
        case .compulsoryInsurance: Texts.text("choice.disputeKind.compulsory")
        case .complementaryInsurance: Texts.text("choice.disputeKind.complementary")
        }
    }
}

/// The escalation route: one per country, and two in Belgium.
public enum Route: String, Codable, Sendable, CaseIterable {
    case france
    case belgiumCompulsory
    case belgiumComplementary

    public init(country: Country, kind: DisputeKind?) {
        switch country {
        case .france: self = .france
        case .belgium: self = kind == .complementaryInsurance ? .belgiumComplementary : .belgiumCompulsory
        }
    }

    public var country: Country {
        self == .france ? .france : .belgium
    }
}
