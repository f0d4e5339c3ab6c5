import Foundation

/// The fund the dispute is with: a catalog entry, or one the user typed ("Autre organisme").
public struct FundChoice: Codable, Sendable, Equatable {
    /// Id in the organism catalog; `FundChoice.otherId` when the user typed the fund.
    public var organismId: String
    /// Name typed for "Autre organisme".
    public var customName: String
    /// Postal address typed for "Autre organisme", one line per line.
    public var customAddress: String
    /// France: the kind of organism typed for "Autre organisme" (a catalog fund's own kind wins). Absent in drafts
    /// written before it existed: read as a mutuelle.
    public var complementaryKind: ComplementaryKind?

    public static let otherId = "autre"

    public init(
        organismId: String = "", customName: String = "", customAddress: String = "",
        complementaryKind: ComplementaryKind? = nil
    ) {
        self.organismId = organismId
        self.customName = customName
        self.customAddress = customAddress
        self.complementaryKind = complementaryKind
    }

    public var isOther: Bool { organismId == Self.otherId }
}

/// Where the user was in the wizard, so that a resumed draft opens there.
public struct ResumePoint: Codable, Sendable, Equatable {
    public var screen: String
    public var field: String

    public init(screen: String, field: String) {
        self.screen = screen
        self.field = field
    }
}

/// Everything a draft holds: one dispute of one member with one fund.
public struct Dossier: Codable, Sendable, Equatable {
    /// The version of the JSON format written by this build (see README, "Draft format").
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var id: String
    /// A name chosen by the user for the list of drafts; derived when empty.
    public var title: String
    public var createdAt: Date
    public var updatedAt: Date
    public var country: Country?
    /// Belgium only: what kind of decision is contested.
    public var disputeKind: DisputeKind?
    public var fund: FundChoice
    /// The language the dossier's letters are written in (Belgium: French, Dutch or German). Absent in drafts
    /// written before it existed, and until chosen: the fund's region's language, else French
    /// (`RecipientResolver.letterLanguage(of:stage:)`). The law may still impose another one on a letter: the
    /// petition to a labour court is written in the court's language.
    public var letterLanguage: LetterLanguage?
    public var member: Member
    public var dispute: Dispute
    public var stages: StageRecords
    /// The stage the member is at: its letter is the one to write now.
    public var currentStage: EscalationStage
    public var resumePoint: ResumePoint?

    public init(
        id: String = Dossier.makeId(), title: String = "", createdAt: Date = Date(), updatedAt: Date? = nil,
        country: Country? = nil, disputeKind: DisputeKind? = nil, fund: FundChoice = FundChoice(),
        letterLanguage: LetterLanguage? = nil, member: Member = Member(), dispute: Dispute = Dispute(),
        stages: StageRecords = StageRecords(),
        currentStage: EscalationStage = .customerService, resumePoint: ResumePoint? = nil
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.id = id
        self.title = title
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.country = country
        self.disputeKind = disputeKind
        self.fund = fund
        self.letterLanguage = letterLanguage
        self.member = member
        self.dispute = dispute
        self.stages = stages
        self.currentStage = currentStage
        self.resumePoint = resumePoint
    }

    /// A short random id, also used in the draft's file name.
    public static func makeId() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<10).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] })
    }
}
