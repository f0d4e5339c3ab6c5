/// How a stage's letter can reach its recipient: what the "Comment envoyer" step offers, what the member keeps as
/// proof, and what recording "envoyé le … par …" writes in the dossier.
public enum SendingChannel: String, Codable, Sendable, CaseIterable {
    case registeredLetter, email, onlineForm
    /// Handed in at the labour court's registry (greffe / griffie), which stamps a copy.
    case registryDeposit

    /// "Lettre recommandée", in the interface.
    public var label: String {
        switch self {
        case .registeredLetter: Texts.text("sending.channel.registeredLetter")
        case .email: Texts.text("sending.channel.email")
        case .onlineForm: Texts.text("sending.channel.onlineForm")
        case .registryDeposit: Texts.text("sending.channel.registryDeposit")
        }
    }

    /// "lettre recommandée", in a sentence of the interface ("… par lettre recommandée").
    public var phrase: String {
        switch self {
        case .registeredLetter: Texts.text("sending.channel.registeredLetter.phrase")
        case .email: Texts.text("sending.channel.email.phrase")
        case .onlineForm: Texts.text("sending.channel.onlineForm.phrase")
        case .registryDeposit: Texts.text("sending.channel.registryDeposit.phrase")
        }
    }

    /// What to keep as proof of the sending.
    public var proof: String {
        switch self {
        case .registeredLetter: Texts.text("sending.proof.registeredLetter")
        case .email: Texts.text("sending.proof.email")
        case .onlineForm: Texts.text("sending.proof.onlineForm")
        case .registryDeposit: Texts.text("sending.proof.registryDeposit")
        }
    }

    /// The complaint's `mode` (which has no registry deposit).
    var complaintMode: SendingMode {
        switch self {
        case .registeredLetter, .registryDeposit: .registeredLetter
        case .email: .email
        case .onlineForm: .onlineForm
        }
    }

    init(_ mode: SendingMode) {
        switch mode {
        case .registeredLetter: self = .registeredLetter
        case .email: self = .email
        case .onlineForm: self = .onlineForm
        }
    }

    /// Stage 1's channel: how the customer service was reached, when it was in writing.
    init?(_ channel: ContactChannel) {
        switch channel {
        case .letter: self = .registeredLetter
        case .email: self = .email
        case .onlineForm: self = .onlineForm
        case .phone, .agency, .chat: return nil
        }
    }

    var contactChannel: ContactChannel {
        switch self {
        case .registeredLetter, .registryDeposit: .letter
        case .email: .email
        case .onlineForm: .onlineForm
        }
    }
}

/// One way to send a letter: the channel and where to (the postal address, the e-mail address, the form's page).
public struct SendingOption: Sendable, Equatable {
    public var channel: SendingChannel
    /// The postal address lines (name first), or the e-mail address, or the web address: one line each.
    public var target: [String]
    /// The catalog does not confirm this contact (*à vérifier*).
    public var unconfirmed: Bool

    /// The target on one line, "(à vérifier)" when unconfirmed: what the option's lines show.
    var targetText: String {
        let target = self.target.map { $0.oneLine() }.joined(separator: ", ")
        return unconfirmed ? Texts.text("sending.unconfirmed", target) : target
    }

    public init(channel: SendingChannel, target: [String], unconfirmed: Bool = false) {
        self.channel = channel
        self.target = target
        self.unconfirmed = unconfirmed
    }
}

/// What a stage's letter says about its sending, as recorded in the dossier.
public struct StageSending: Sendable, Equatable {
    /// The sending date as typed; empty while the letter is not sent.
    public var date: String
    public var channel: SendingChannel?

    public init(date: String, channel: SendingChannel?) {
        self.date = date
        self.channel = channel
    }
}

/// Why a typed sending date cannot be recorded.
public enum SendingDateError: Error, Equatable, Sendable {
    case unreadable(DateParseError)
    case future
    case tooOld
    /// A deposit at the registry on a day it is closed (a weekend or a public holiday).
    case registryClosed(CalendarDate)

    public var message: String {
        switch self {
        case .unreadable(let error): error.message
        case .future: Texts.text("sending.date.future")
        case .tooOld: Texts.text("sending.date.tooOld")
        case .registryClosed(let day): Texts.text("sending.date.registryClosed", InterfaceDates.withWeekday(day))
        }
    }
}

/// The "Comment envoyer" step of one stage: the channels the recipient accepts, from the catalog, in the order a
/// careful member would use them. The wizard and the linear view both show `lines`.
public struct SendingGuide: Sendable, Equatable {
    public var stage: EscalationStage
    /// The recipient's name lines (without its address), empty when the recipient is not known yet.
    public var recipientName: String?
    public var options: [SendingOption]
    public var recorded: StageSending

    public init(dossier: Dossier, stage: EscalationStage, catalog: OrganismCatalog) {
        let resolver = RecipientResolver(catalog: catalog)
        self.stage = stage
        self.recorded = dossier.sending(of: stage)
        // The envelope is the letter's: the recipient's name and address in the letter's language.
        let language = resolver.letterLanguage(of: dossier, stage: stage).language
        guard let recipient = resolver.recipient(for: dossier, stage: stage, language: language) else {
            recipientName = nil
            options = []
            return
        }
        recipientName = recipient.lines.first
        let unconfirmed = recipient.unconfirmed
        let postal = recipient.hasPostalAddress ? recipient.lines : []
        let petition = stage == .court && resolver.stageFourIsLabourCourtPetition(dossier)
        var letter: [SendingOption] = []
        if !postal.isEmpty {
            if petition {
                letter.append(SendingOption(channel: .registryDeposit, target: postal, unconfirmed: unconfirmed))
            }
            letter.append(SendingOption(channel: .registeredLetter, target: postal, unconfirmed: unconfirmed))
        }
        var online: [SendingOption] = []
        // A mediator's site is where its referral form is; a fund's site is a portal, its e-mail comes first.
        let form = recipient.website.map { SendingOption(channel: .onlineForm, target: [$0], unconfirmed: unconfirmed) }
        let email = recipient.email.map { SendingOption(channel: .email, target: [$0], unconfirmed: unconfirmed) }
        switch stage {
        case .mediation: online = [form, email].compactMap { $0 }
        case .customerService: online = [email, form].compactMap { $0 }
        case .complaint, .court: online = [email].compactMap { $0 }
        }
        // A petition is filed at the registry or sent to it by registered post (Code judiciaire, art. 704 § 2): an
        // e-mail to the registry does not seize the court, whatever address the catalog has for it.
        if petition { online = [] }
        // A complaint or a last letter before court goes registered first (its date is proven); a mediator and the
        // customer service are reached online first.
        switch stage {
        case .complaint, .court: options = letter + online
        case .customerService, .mediation: options = online + letter
        }
    }

    /// The channel the letter goes by: the one recorded (or planned) for the stage when the recipient takes it,
    /// else the first one offered.
    public var plannedChannel: SendingChannel? {
        if let channel = recorded.channel, options.contains(where: { $0.channel == channel }) { return channel }
        return options.first?.channel
    }

    /// The step as lines of text: who, each channel with where to and the proof to keep, and what was recorded.
    public var lines: [String] {
        guard let recipientLine else { return [Texts.text("linear.send.unknown")] }
        var lines = [recipientLine]
        if options.isEmpty { lines.append(Texts.text("sending.noChannel")) }
        for (i, option) in options.enumerated() {
            lines += Self.optionLines(option, number: i + 1)
        }
        if let sent = recorded.sentDescription { lines.append(sent) }
        return lines
    }

    /// "Destinataire : …", nil while the recipient is not known.
    public var recipientLine: String? { recipientName.map { Texts.text("sending.to", $0) } }

    /// The channel and its whole target on one line, without its number: the chosen one in full under the list.
    public static func fullLine(_ option: SendingOption) -> String {
        Texts.text("sending.option.full", option.channel.label, option.targetText)
    }

    /// "1. Par lettre recommandée : Partenamut, …" then "   Preuve à garder : …".
    public static func optionLines(_ option: SendingOption, number: Int) -> [String] {
        [
            Texts.text("sending.option", String(number), option.channel.label, option.targetText),
            "   " + Texts.text("sending.proof", option.channel.proof),
        ]
    }

    /// Reads a typed sending date: a real date, not after today, not before 1900; a deposit at a Belgian registry
    /// on a working day (the registry is closed on weekends and public holidays: such a date is a typing slip).
    public static func parseDate(
        _ text: String, today: CalendarDate, channel: SendingChannel? = nil
    ) -> Result<CalendarDate, SendingDateError> {
        switch DateParser.parse(text) {
        case .failure(let error): return .failure(.unreadable(error))
        case .success(let date):
            if date > today { return .failure(.future) }
            if date.year < 1900 { return .failure(.tooOld) }
            if channel == .registryDeposit, !DelayCalculator.isBusinessDay(date, country: .belgium) {
                return .failure(.registryClosed(date))
            }
            return .success(date)
        }
    }

    /// What comes after a sending, from the timeline on `today`: the answer awaited for the stage (until when), then
    /// the next step and the limit to keep in mind.
    public static func followUp(dossier: Dossier, stage: EscalationStage, catalog: OrganismCatalog, today: CalendarDate)
        -> [String]
    {
        let timeline = Timeline(dossier: dossier, catalog: catalog, today: today)
        var lines: [String] = []
        for entry in timeline.entries where entry.stage == stage && entry.kind == .answer {
            lines.append(Texts.text("sending.followUp.answer", entry.title, entry.status.phrase))
        }
        lines.append(Texts.text("sending.followUp.next", timeline.nextStep.summary))
        if let warning = timeline.nextStep.warning { lines.append("⚠ " + warning) }
        return lines
    }
}

extension StageSending {
    /// "Envoyée le mardi 1er décembre 2026 par e-mail.", nil while not sent.
    public var sentDescription: String? {
        guard let date = DateParser.date(self.date) else { return nil }
        let day = InterfaceDates.withWeekday(date)
        guard let channel else { return Texts.text("sending.sent", day) }
        return Texts.text("sending.sentBy", day, channel.phrase)
    }
}

extension Dossier {
    /// The sending date and channel a stage's record holds.
    public func sending(of stage: EscalationStage) -> StageSending {
        let record = stages[stage]
        return StageSending(date: record?.sendingDate ?? "", channel: record?.sendingChannel)
    }

    /// The channel planned for a stage (before it is sent): the record's mode, its date untouched.
    public mutating func planSending(stage: EscalationStage, channel: SendingChannel) {
        setSending(stage: stage, date: nil, channel: channel)
    }

    /// "Envoyé le … par …": the stage's record takes the date (as typed) and the channel.
    public mutating func recordSending(stage: EscalationStage, date: String, channel: SendingChannel) {
        setSending(stage: stage, date: date, channel: channel)
    }

    private mutating func setSending(stage: EscalationStage, date: String?, channel: SendingChannel) {
        stages.update(stage) { record in
            if let date { record.sendingDate = date }
            record.sendingChannel = channel
        }
    }
}
