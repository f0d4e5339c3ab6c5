/// The language a Belgian labour court of a postal area works in (loi du 15 juin 1935).
public enum AreaLanguage: String, Codable, Sendable, CaseIterable {
    case french = "fr"
    case dutch = "nl"
    case german = "de"
    /// Brussels-Capital: the member chooses the French- or the Dutch-speaking court.
    case choice

    /// The one language of the area, nil where the member chooses.
    public var language: LetterLanguage? {
        switch self {
        case .french: .french
        case .dutch: .dutch
        case .german: .german
        case .choice: nil
        }
    }
}

/// A range of Belgian postal codes and the labour court (division) of the members who live there: the court of
/// the insured person's domicile (Code judiciaire, art. 628, 14°).
public struct LabourCourtArea: Codable, Sendable, Equatable {
    /// First and last postal code of the range, both included.
    public var from: Int
    public var to: Int
    /// Catalog ids of the competent courts: one, or the French- and the Dutch-speaking court in Brussels.
    public var courts: [String]
    public var language: AreaLanguage
    /// A municipality with language facilities: the member may be able to ask for proceedings in another language.
    public var facilities: Bool?
    /// The municipalities of the range, when it is worth naming them (facilities, exceptions).
    public var municipalities: String?
    /// The key of the area's sources in the catalog's `areaSources` (the same few sources serve every range).
    public var source: String
    public var unconfirmed: Bool?

    public init(
        from: Int, to: Int, courts: [String], language: AreaLanguage, facilities: Bool? = nil,
        municipalities: String? = nil, source: String, unconfirmed: Bool? = nil
    ) {
        self.from = from
        self.to = to
        self.courts = courts
        self.language = language
        self.facilities = facilities
        self.municipalities = municipalities
        self.source = source
        self.unconfirmed = unconfirmed
    }

    public func contains(_ postalCode: Int) -> Bool { (from...to).contains(postalCode) }
}

extension OrganismCatalog {
    /// The Belgian postal codes: 1000 to 9992.
    public static let belgianPostalCodes = 1000...9992

    /// The labour-court area of a postal code as typed ("9000", " 9000 "), nil when it is not a Belgian one.
    /// The user's areas come first, so that a user catalog can correct one range without repeating the others.
    public func labourCourtArea(postalCode text: String) -> LabourCourtArea? {
        let digits = text.trimmed
        guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit), let code = Int(digits),
            Self.belgianPostalCodes.contains(code)
        else { return nil }
        return labourCourtAreas.first { $0.contains(code) }
    }

    /// The labour courts competent for a postal code: one, or two in Brussels; empty when the code is unknown.
    public func labourCourts(postalCode: String) -> [Organism] {
        labourCourtArea(postalCode: postalCode)?.courts.compactMap { organism(id: $0) } ?? []
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
