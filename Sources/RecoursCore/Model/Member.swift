/// How the member wants to be addressed in the letters.
public enum Civility: String, Codable, Sendable, CaseIterable {
    case none = ""
    case madame = "Mme"
    case monsieur = "M."

    public var label: String {
        switch self {
        case .none: Texts.text("choice.civility.none")
        case .madame: Texts.text("choice.civility.Mme")
        case .monsieur: Texts.text("choice.civility.M")
        }
    }
    // How a letter addresses the member ("Madame", "De heer") is in its language's phrases.json.
}

/// The member (adhérent) who files the complaint. Every value is kept exactly as typed:
/// validation reads it, nothing rewrites it.
public struct Member: Codable, Sendable, Equatable {
    public var civility: Civility
    public var firstName: String
    public var lastName: String
    public var street: String
    public var addressComplement: String
    public var postalCode: String
    public var city: String
    public var email: String
    public var phone: String
    /// The fund's own number: numéro d'adhérent, de membre or d'affiliation.
    public var memberNumber: String
    /// Optional Belgian NISS or French NIR.
    public var nationalNumber: String

    public init(
        civility: Civility = .none, firstName: String = "", lastName: String = "", street: String = "",
        addressComplement: String = "", postalCode: String = "", city: String = "", email: String = "",
        phone: String = "", memberNumber: String = "", nationalNumber: String = ""
    ) {
        self.civility = civility
        self.firstName = firstName
        self.lastName = lastName
        self.street = street
        self.addressComplement = addressComplement
        self.postalCode = postalCode
        self.city = city
        self.email = email
        self.phone = phone
        self.memberNumber = memberNumber
        self.nationalNumber = nationalNumber
    }

    public var fullName: String {
        [firstName.trimmed, lastName.trimmed].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
