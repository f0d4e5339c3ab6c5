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

    /// A catalog key that stands for every Belgian route (a fund's mediator map).
    public static let belgiumKey = "belgium"
}

/// In Belgium, what is contested decides the whole route (mediator, court, deadline). The wizard asks it in plain
/// words; the member does not need to know the jargon.
public enum DisputeKind: String, Codable, Sendable, CaseIterable {
    /// A decision of the compulsory health insurance (AMI / INAMI) taken by the fund: reimbursements, allowances.
    case compulsoryInsurance = "compulsory"
    /// An advantage of the mutualité (complementary services: Office de contrôle des mutualités, labour court).
    case complementaryInsurance = "complementary"
    /// A hospitalisation insurance sold by an insurance company of the mutualité (SMA): Ombudsman des Assurances,
    /// civil courts.
    case hospitalisationInsurance = "hospitalisation"

    public var label: String {
        switch self {
        case .compulsoryInsurance: Texts.text("choice.disputeKind.compulsory")
        case .complementaryInsurance: Texts.text("choice.disputeKind.complementary")
        case .hospitalisationInsurance: Texts.text("choice.disputeKind.hospitalisation")
        }
    }
}

/// In France, the law that governs the organism, which sets the prescription article and the default mediator.
public enum ComplementaryKind: String, Codable, Sendable, CaseIterable {
    /// A mutuelle (Code de la mutualité).
    case mutuelle
    /// An insurance company (Code des assurances).
    case insurer
    /// An institution de prévoyance (Code de la sécurité sociale).
    case provident

    public var label: String {
        switch self {
        case .mutuelle: Texts.text("choice.complementaryKind.mutuelle")
        case .insurer: Texts.text("choice.complementaryKind.insurer")
        case .provident: Texts.text("choice.complementaryKind.provident")
        }
    }
}

/// The escalation route: who hears the dispute at each stage and which law counts its deadlines.
public enum Route: String, Codable, Sendable, CaseIterable {
    case franceMutuelle
    case franceInsurer
    case franceProvident
    /// A decision of the compulsory insurance: union's mediation, then the tribunal du travail.
    case belgiumCompulsory
    /// A complementary service of the mutualité: union, then the OCM, and the tribunal du travail.
    case belgiumComplementary
    /// A hospitalisation insurance sold by an SMA: Ombudsman des Assurances, civil courts.
    case belgiumHospitalisation

    public init(country: Country, disputeKind: DisputeKind?, complementaryKind: ComplementaryKind?) {
        switch country {
        case .france:
            switch complementaryKind ?? .mutuelle {
            case .mutuelle: self = .franceMutuelle
            case .insurer: self = .franceInsurer
            case .provident: self = .franceProvident
            }
        case .belgium:
            switch disputeKind ?? .compulsoryInsurance {
            case .compulsoryInsurance: self = .belgiumCompulsory
            case .complementaryInsurance: self = .belgiumComplementary
            case .hospitalisationInsurance: self = .belgiumHospitalisation
            }
        }
    }

    /// Catalogs written before the French routes were split by kind of organism say "france": every French route.
    public static let legacyFrance = "france"

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        if raw == Self.legacyFrance {
            self = .franceMutuelle
        } else if let route = Route(rawValue: raw) {
            self = route
        } else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "unknown route \(raw)"))
        }
    }

    /// The routes a catalog key names: one route, or every French route for the legacy "france".
    public static func named(_ raw: String) -> [Route]? {
        if raw == legacyFrance { return [.franceMutuelle, .franceInsurer, .franceProvident] }
        return Route(rawValue: raw).map { [$0] }
    }

    public var country: Country {
        switch self {
        case .franceMutuelle, .franceInsurer, .franceProvident: .france
        case .belgiumCompulsory, .belgiumComplementary, .belgiumHospitalisation: .belgium
        }
    }

    public var isFrance: Bool { country == .france }

    /// Belgium: the disputes a labour court hears (compulsory insurance, and a mutualité's complementary services
    /// according to the OCM), which start with a simple petition (requête) to its registry and need no prior
    /// complaint.
    public var goesToLabourCourt: Bool { self == .belgiumCompulsory || self == .belgiumComplementary }
}
