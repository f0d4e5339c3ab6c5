/// How the customer service was reached (stage 1).
public enum ContactChannel: String, Codable, Sendable, CaseIterable {
    case phone, agency, onlineForm, email, letter, chat

    public var label: String {
        switch self {
        case .phone: Texts.text("choice.contactChannel.phone")
        case .agency: Texts.text("choice.contactChannel.agency")
        case .onlineForm: Texts.text("choice.contactChannel.onlineForm")
        case .email: Texts.text("choice.contactChannel.email")
        case .letter: Texts.text("choice.contactChannel.letter")
        case .chat: Texts.text("choice.contactChannel.chat")
        }
    }

    /// "par téléphone", in the interface's timeline (the letters take `channel.<case>` of their language's
    /// phrases.json).
    public var phrase: String {
        switch self {
        case .phone: Texts.text("phrase.contactChannel.phone")
        case .agency: Texts.text("phrase.contactChannel.agency")
        case .onlineForm: Texts.text("phrase.contactChannel.onlineForm")
        case .email: Texts.text("phrase.contactChannel.email")
        case .letter: Texts.text("phrase.contactChannel.letter")
        case .chat: Texts.text("phrase.contactChannel.chat")
        }
    }
}

/// How the written complaint was (or will be) sent (stage 2).
public enum SendingMode: String, Codable, Sendable, CaseIterable {
    case registeredLetter, onlineForm, email

    public var label: String {
        switch self {
        case .registeredLetter: Texts.text("choice.sendingMode.registeredLetter")
        case .onlineForm: Texts.text("choice.sendingMode.onlineForm")
        case .email: Texts.text("choice.sendingMode.email")
        }
    }

    /// "par lettre recommandée", in the interface's timeline (the letters take `mode.<case>` of their language's
    /// phrases.json).
    public var phrase: String {
        switch self {
        case .registeredLetter: Texts.text("phrase.sendingMode.registeredLetter")
        case .onlineForm: Texts.text("phrase.sendingMode.onlineForm")
        case .email: Texts.text("phrase.sendingMode.email")
        }
    }
}

/// Stage 1: contact with the fund's customer service.
public struct ContactRecord: Codable, Sendable, Equatable {
    public var date: String
    public var channel: ContactChannel?
    /// A reference number, or the name of the agent.
    public var reference: String
    /// What the customer service answered.
    public var answer: String
    /// What the letter of this stage asks, as typed or accepted by the member; nil until first shown or typed
    /// (the letter then takes the previous stage's, see `Dossier.stageText(_:of:)`).
    public var request: String?
    /// Why the answers so far do not satisfy the member, for this stage's letter; nil as `request`.
    public var reasons: String?

    public init(
        date: String = "", channel: ContactChannel? = nil, reference: String = "", answer: String = "",
        request: String? = nil, reasons: String? = nil
    ) {
        self.date = date
        self.channel = channel
        self.reference = reference
        self.answer = answer
        self.request = request
        self.reasons = reasons
    }
}

/// Stage 2: the formal written complaint (réclamation).
public struct ComplaintRecord: Codable, Sendable, Equatable {
    /// Date the complaint was sent; empty while it is being written.
    public var date: String
    public var mode: SendingMode?
    public var reference: String
    public var answerDate: String
    public var answerSummary: String
    /// What the letter of this stage asks, as typed or accepted by the member; nil until first shown or typed
    /// (the letter then takes the previous stage's, see `Dossier.stageText(_:of:)`).
    public var request: String?
    /// Why the answers so far do not satisfy the member, for this stage's letter; nil as `request`.
    public var reasons: String?

    public init(
        date: String = "", mode: SendingMode? = nil, reference: String = "", answerDate: String = "",
        answerSummary: String = "", request: String? = nil, reasons: String? = nil
    ) {
        self.date = date
        self.mode = mode
        self.reference = reference
        self.answerDate = answerDate
        self.answerSummary = answerSummary
        self.request = request
        self.reasons = reasons
    }
}

/// Stage 3: mediation (fund's mediation service, ombudsman, médiateur de la consommation).
public struct MediationRecord: Codable, Sendable, Equatable {
    /// Date the mediator was seized; empty while the referral is being written.
    public var date: String
    /// Catalog id of the mediator; empty for the route's usual mediator.
    public var mediatorId: String
    public var reference: String
    public var outcome: String
    /// How the referral was (or will be) sent; optional key, absent in older drafts.
    public var mode: SendingChannel? = nil
    /// What the letter of this stage asks, as typed or accepted by the member; nil until first shown or typed
    /// (the letter then takes the previous stage's, see `Dossier.stageText(_:of:)`).
    public var request: String?
    /// Why the answers so far do not satisfy the member, for this stage's letter; nil as `request`.
    public var reasons: String?

    public init(
        date: String = "", mediatorId: String = "", reference: String = "", outcome: String = "",
        request: String? = nil, reasons: String? = nil
    ) {
        self.date = date
        self.mediatorId = mediatorId
        self.reference = reference
        self.outcome = outcome
        self.request = request
        self.reasons = reasons
    }
}

/// Stage 4: legal action.
public struct CourtRecord: Codable, Sendable, Equatable {
    /// Catalog id of the court; empty for the route's competent court.
    public var courtId: String
    /// Seat of the court (city or judicial district), e.g. "Bruxelles".
    public var location: String
    /// Postal address of the court's registry (greffe), as typed.
    public var address: String
    public var decisionDate: String
    public var decisionReference: String
    public var outcome: String
    /// The day the petition or the last letter was sent or filed, as typed (optional key; nil = not sent).
    public var date: String? = nil
    /// How it was (or will be) sent or filed (optional key).
    public var mode: SendingChannel? = nil
    /// What the letter of this stage asks, as typed or accepted by the member; nil until first shown or typed
    /// (the letter then takes the previous stage's, see `Dossier.stageText(_:of:)`).
    public var request: String?
    /// Why the answers so far do not satisfy the member, for this stage's letter; nil as `request`.
    public var reasons: String?

    public init(
        courtId: String = "", location: String = "", address: String = "", decisionDate: String = "",
        decisionReference: String = "", outcome: String = "", request: String? = nil, reasons: String? = nil
    ) {
        self.courtId = courtId
        self.location = location
        self.address = address
        self.decisionDate = decisionDate
        self.decisionReference = decisionReference
        self.outcome = outcome
        self.request = request
        self.reasons = reasons
    }
}

/// One record per stage reached.
public struct StageRecords: Codable, Sendable, Equatable {
    public var contact: ContactRecord?
    public var complaint: ComplaintRecord?
    public var mediation: MediationRecord?
    public var court: CourtRecord?

    public init(
        contact: ContactRecord? = nil, complaint: ComplaintRecord? = nil, mediation: MediationRecord? = nil,
        court: CourtRecord? = nil
    ) {
        self.contact = contact
        self.complaint = complaint
        self.mediation = mediation
        self.court = court
    }
}

/// What the four stage records share: the sending (date and channel) and the stage's own texts. Code about "a
/// stage" reads and writes them through `StageRecords[stage]`, the one place that knows which record is whose.
public protocol StageRecord: Sendable {
    /// The record of a stage where nothing is filled in yet.
    static var empty: Self { get }
    /// Its key under `stages` in the JSON.
    static var jsonName: String { get }
    /// When it was sent (or the contact happened), as typed; "" when not yet.
    var sendingDate: String { get set }
    /// How it was (or will be) sent, in the terms common to every stage; each record keeps its own kind of value.
    var sendingChannel: SendingChannel? { get set }
    /// The stage's own texts; nil until the member writes them (the letter then uses the previous stage's).
    var request: String? { get set }
    var reasons: String? { get set }
}

extension ContactRecord: StageRecord {
    public var sendingDate: String {
        get { date }
        set { date = newValue }
    }
    public static let jsonName = "contact"
    public static var empty: Self { Self() }
    public var sendingChannel: SendingChannel? {
        get { channel.flatMap(SendingChannel.init) }
        set { channel = newValue?.contactChannel }
    }
}

extension ComplaintRecord: StageRecord {
    public var sendingDate: String {
        get { date }
        set { date = newValue }
    }
    public static let jsonName = "complaint"
    public static var empty: Self { Self() }
    public var sendingChannel: SendingChannel? {
        get { mode.map(SendingChannel.init) }
        set { mode = newValue?.complaintMode }
    }
}

extension MediationRecord: StageRecord {
    public var sendingDate: String {
        get { date }
        set { date = newValue }
    }
    public static let jsonName = "mediation"
    public static var empty: Self { Self() }
    public var sendingChannel: SendingChannel? {
        get { mode }
        set { mode = newValue }
    }
}

extension CourtRecord: StageRecord {
    /// A court record's date is an optional key (absent: not filed yet).
    public var sendingDate: String {
        get { date ?? "" }
        set { date = newValue }
    }
    public static let jsonName = "court"
    public static var empty: Self { Self() }
    public var sendingChannel: SendingChannel? {
        get { mode }
        set { mode = newValue }
    }
}

extension StageRecords {
    /// The record of a stage, nil when it has none; setting nil removes it.
    public subscript(stage: EscalationStage) -> (any StageRecord)? {
        get {
            switch stage {
            case .customerService: contact
            case .complaint: complaint
            case .mediation: mediation
            case .court: court
            }
        }
        set {
            switch stage {
            case .customerService: contact = Self.record(newValue, of: stage)
            case .complaint: complaint = Self.record(newValue, of: stage)
            case .mediation: mediation = Self.record(newValue, of: stage)
            case .court: court = Self.record(newValue, of: stage)
            }
        }
    }

    /// `value` as the stage's record type; nil only for nil. A record of another stage's type is a programming error
    /// (every caller writes back what it read): it stops here rather than silently removing the stage's record.
    private static func record<R: StageRecord>(_ value: (any StageRecord)?, of stage: EscalationStage) -> R? {
        guard let value else { return nil }
        guard let record = value as? R else {
            preconditionFailure("a \(type(of: value)) written as the record of stage \(stage.rawValue)")
        }
        return record
    }

    /// Changes a stage's record, creating it (empty) when the stage has none.
    public mutating func update(_ stage: EscalationStage, _ change: (inout any StageRecord) -> Void) {
        var record = self[stage] ?? Self.recordType(of: stage).empty
        change(&record)
        self[stage] = record
    }

    /// The type of a stage's record.
    public static func recordType(of stage: EscalationStage) -> any StageRecord.Type {
        switch stage {
        case .customerService: ContactRecord.self
        case .complaint: ComplaintRecord.self
        case .mediation: MediationRecord.self
        case .court: CourtRecord.self
        }
    }
}
