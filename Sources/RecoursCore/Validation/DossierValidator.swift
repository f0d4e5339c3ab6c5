import Foundation

/// Checks a dossier against the rules of its country and stage.
///
/// Field rules (a date is a real date, a NISS has the right key…) apply to every value typed.
/// Letter rules (what must be filled, what must have happened before) apply to the letters of the
/// stages up to the one asked: errors block that letter, warnings do not.
public struct DossierValidator: Sendable {
    public var catalog: OrganismCatalog
    public var today: CalendarDate
    /// Whether a file exists, for the attachments' paths (injected for tests).
    public var fileExists: @Sendable (String) -> Bool

    /// Facts shorter than this are not "a real description".
    public static let minimumFactsWords = 10
    public static let minimumExpectationsWords = 3
    /// A Belgian court deadline this close (in days) is announced as close.
    public static let closeDeadlineDays = TimelineSeverity.urgentDays
    /// The French prescription is announced at stage 4 when this close (in days).
    public static let prescriptionWarningDays = TimelineSeverity.soonDays

    public init(
        catalog: OrganismCatalog, today: CalendarDate,
        fileExists: @escaping @Sendable (String) -> Bool = DossierValidator.systemFileExists
    ) {
        self.catalog = catalog
        self.today = today
        self.fileExists = fileExists
    }

    /// The disk's answer, `~` expanded against `$HOME` (the command line's; the wizard's comes from its environment).
    public static let systemFileExists: @Sendable (String) -> Bool = { path in
        FileManager.default.fileExists(atPath: (path as NSString).expandingTildeInPath)
    }

    /// Every problem of the dossier for the letter of `stage` (default: the current stage), most severe first.
    public func issues(in dossier: Dossier, for stage: EscalationStage? = nil) -> [ValidationIssue] {
        var check = Check(dossier: dossier, validator: self, stage: stage ?? dossier.currentStage)
        check.run()
        var seen = Set<ValidationIssue>()
        let unique = check.issues.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
    }

    /// True when the letter of `stage` can be exported (no error).
    public func canExport(_ dossier: Dossier, stage: EscalationStage? = nil) -> Bool {
        !issues(in: dossier, for: stage).contains { $0.severity == .error }
    }

    /// The problems of one field only, for display beside it.
    public func issues(in dossier: Dossier, field: Field, for stage: EscalationStage? = nil) -> [ValidationIssue] {
        issues(in: dossier, for: stage).filter { $0.field == field }
    }
}

/// One validation pass; collects the issues.
private struct Check {
    let dossier: Dossier
    let validator: DossierValidator
    let stage: EscalationStage
    var issues: [ValidationIssue] = []

    var today: CalendarDate { validator.today }
    var catalog: OrganismCatalog { validator.catalog }
    var member: Member { dossier.member }
    var dispute: Dispute { dossier.dispute }
    var stages: StageRecords { dossier.stages }
    /// The deadlines, counted once for the validator, the timeline and the letters.
    var deadlines: DeadlineRules { DeadlineRules(dossier: dossier, catalog: catalog, today: today) }
    /// The dossier's route, found once per pass (it looks up the fund in the catalog).
    let route: Route?
    /// The letter of the stage goes to the fund by post: the complaint and the formal notice before legal action
    /// (the contact summary may be pasted into the customer service's form).
    var writesToTheFund: Bool {
        stage == .complaint || (stage == .court && route?.goesToLabourCourt == false)
    }
    var resolver: RecipientResolver { RecipientResolver(catalog: catalog) }

    init(dossier: Dossier, validator: DossierValidator, stage: EscalationStage) {
        self.dossier = dossier
        self.validator = validator
        self.stage = stage
        self.route = validator.catalog.route(of: dossier)
    }

    /// The signs allowed besides letters or digits (made once, not at every check).
    static let nameSigns: Set<Character> = [" ", "-", "'", "’", "."]
    static let phoneSigns: Set<Character> = [" ", ".", "-", "/", "(", ")", "+"]
    static let memberNumberSigns: Set<Character> = [" ", "-", "/", "."]

    mutating func error(_ field: Field, _ message: String) { issues.append(.error(field, message)) }
    mutating func warning(_ field: Field, _ message: String) { issues.append(.warning(field, message)) }

    mutating func run() {
        checkFund()
        checkMember()
        checkDispute()
        checkAttachments()
        checkStageRecords()
        checkDateOrder()
        checkStagePrerequisites()
        checkDeadlines()
    }

    // MARK: Generic field rules

    /// A required text: present, and at least `words` words.
    /// The messages of these helpers are formatted only when the rule fails (`@autoclosure`).
    mutating func requireText(_ field: Field, _ value: String, _ message: @autoclosure () -> String, words: Int = 1) {
        if value.isBlank {
            error(field, message())
        } else if !value.hasWords(atLeast: words) {
            error(field, message())
        }
    }

    /// A date typed in the field: parsed, real, not in the future. Returns it when valid.
    @discardableResult
    mutating func date(
        _ field: Field, _ text: String, required: @autoclosure () -> String? = nil
    ) -> CalendarDate? {
        switch DateParser.parse(text) {
        case .success(let date):
            if date > today {
                error(field, Texts.text("validation.date.future", InterfaceDates.numeric(date)))
                return nil
            }
            if date.year < 1900 {
                error(field, Texts.text("validation.date.tooOld", InterfaceDates.numeric(date)))
                return nil
            }
            return date
        case .failure(.empty):
            if let required = required() { error(field, required) }
            return nil
        case .failure(let problem):
            error(field, problem.message)
            return nil
        }
    }

    /// Parsed valid dates, for the order and deadline rules (no issue added here).
    func parsed(_ text: String) -> CalendarDate? {
        guard let date = DateParser.date(text), date <= today else { return nil }
        return date
    }

    // MARK: Fund

    mutating func checkFund() {
        guard let country = dossier.country else {
            error(.country, Texts.text("validation.country.missing"))
            return
        }
        if country == .belgium, dossier.disputeKind == nil {
            error(.disputeKind, Texts.text("validation.disputeKind.missing"))
        }
        let fund = dossier.fund
        if fund.isOther {
            if country == .france, fund.complementaryKind == nil {
                warning(.fundKind, Texts.text("validation.fund.complementaryKind.missing"))
            }
            requireText(.fundName, fund.customName, Texts.text("validation.fund.customName.missing"))
            let lines = fund.customAddress.split(separator: "\n").filter { !$0.trimmed.isEmpty }
            if lines.isEmpty {
                error(.fundAddress, Texts.text("validation.fund.customAddress.missing"))
            } else if lines.count < 2 {
                error(.fundAddress, Texts.text("validation.fund.customAddress.tooShort"))
            }
        } else if fund.organismId.trimmed.isEmpty {
            error(.fund, Texts.text("validation.fund.organismId.missing"))
        } else if let organism = catalog.organism(id: fund.organismId) {
            if organism.kind != .fund {
                error(.fund, Texts.text("validation.fund.organismId.notAFund", organism.interfaceName))
            } else if organism.country != country {
                error(
                    .fund,
                    Texts.text(
                        "validation.fund.organismId.wrongCountry",
                        organism.name, organism.country.label, country.label))
            } else if let route, !organism.serves(route) {
                error(.disputeKind, Texts.text("validation.fund.organismId.routeNotOffered", organism.interfaceName))
            } else if !fund.customAddress.isBlank {
                let lines = fund.customAddress.split(separator: "\n").filter { !$0.trimmed.isEmpty }
                if lines.count < 2 {
                    error(.fundAddress, Texts.text("validation.fund.customAddress.tooShort"))
                }
            } else if writesToTheFund, let recipient = resolver.recipient(for: dossier, stage: stage),
                !recipient.hasPostalAddress
            {
                // No postal address known: the member copies it from a letter, or uses the fund's online form.
                warning(
                    .fundAddress,
                    recipient.website.map {
                        Texts.text(
                            "validation.fund.customAddress.unknownWithWebsite",
                            InterfaceGrammar.of(organism.interfaceName), $0)
                    }
                        ?? Texts.text(
                            "validation.fund.customAddress.unknown", InterfaceGrammar.of(organism.interfaceName)))
            } else if resolver.contactPoint(of: organism, for: stage).unconfirmed == true {
                warning(
                    .fund,
                    Texts.text(
                        "validation.fund.organismId.unconfirmedAddress", InterfaceGrammar.of(organism.interfaceName)))
            }
        } else {
            error(.fund, Texts.text("validation.fund.organismId.unknown", fund.organismId))
        }
    }

    // MARK: Member

    mutating func checkMember() {
        requireName(.firstName, member.firstName, missing: Texts.text("validation.member.firstName.missing"))
        requireName(.lastName, member.lastName, missing: Texts.text("validation.member.lastName.missing"))
        requireText(.street, member.street, Texts.text("validation.member.street.missing"))
        if !member.street.trimmed.isEmpty, !member.street.contains(where: \.isNumber) {
            warning(.street, Texts.text("validation.member.street.noNumber"))
        }
        checkPostalCode()
        requireText(.city, member.city, Texts.text("validation.member.city.missing"))
        if !member.city.trimmed.isEmpty, member.city.contains(where: \.isNumber) {
            warning(.city, Texts.text("validation.member.city.digits"))
        }
        checkEmail()
        checkPhone()
        checkMemberNumber()
        checkNationalNumber()
    }

    mutating func requireName(_ field: Field, _ value: String, missing: @autoclosure () -> String) {
        let text = value.trimmed
        guard !text.isEmpty else {
            error(field, missing())
            return
        }
        guard text.contains(where: \.isLetter) else {
            error(field, Texts.text("validation.name.noLetters", text))
            return
        }
        let allowed = Check.nameSigns
        if text.contains(where: \.isNumber) {
            error(field, Texts.text("validation.name.digits"))
        } else if let bad = text.first(where: { !$0.isLetter && !allowed.contains($0) }) {
            error(field, Texts.text("validation.name.badCharacter", String(bad)))
        }
    }

    mutating func checkPostalCode() {
        let code = member.postalCode.trimmed
        guard !code.isEmpty else {
            error(.postalCode, Texts.text("validation.member.postalCode.missing"))
            return
        }
        let digits = code.allSatisfy { $0.isASCII && $0.isNumber }
        switch dossier.country {
        case .belgium?:
            if !digits || code.count != 4 || code.first == "0" {
                error(.postalCode, Texts.text("validation.member.postalCode.belgianFormat"))
            }
        case .france?:
            if !digits || code.count != 5 {
                error(.postalCode, Texts.text("validation.member.postalCode.frenchFormat"))
            } else if let department = Int(code.prefix(2)), !(1...95).contains(department),
                !(97...98).contains(department)
            {
                // A French postal code starts with its département: 01 to 95 (Corsica 20), overseas 97 and 98.
                error(.postalCode, Texts.text("validation.member.postalCode.frenchDepartment", code))
            }
        case nil:
            if !digits || !(4...5).contains(code.count) {
                error(.postalCode, Texts.text("validation.member.postalCode.anyFormat"))
            }
        }
    }

    mutating func checkEmail() {
        let email = member.email.trimmed
        guard !email.isEmpty else { return }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let valid =
            parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !email.contains(where: \.isWhitespace)
            && !parts[1].contains("..")
        if !valid {
            // The example's domain is the dossier's country's ("nom@exemple.fr" in France).
            let domain = dossier.country == .france ? "fr" : "be"
            error(.email, Texts.text("validation.member.email.invalid", email, domain))
        }
    }

    mutating func checkPhone() {
        let phone = member.phone.trimmed
        guard !phone.isEmpty else { return }
        let allowed = Check.phoneSigns
        if let bad = phone.first(where: { !($0.isASCII && $0.isNumber) && !allowed.contains($0) }) {
            error(.phone, Texts.text("validation.member.phone.badCharacter", String(bad)))
            return
        }
        let count = phone.filter(\.isNumber).count
        if count < 8 {
            error(.phone, Texts.text("validation.member.phone.tooShort", String(count)))
        } else if count > 15 {
            error(.phone, Texts.text("validation.member.phone.tooLong", String(count)))
        }
    }

    mutating func checkMemberNumber() {
        let number = member.memberNumber.trimmed
        var word: String {
            dossier.country == .belgium
                ? Texts.text("validation.member.memberNumber.word.belgium")
                : Texts.text("validation.member.memberNumber.word.france")
        }
        guard !number.isEmpty else {
            error(.memberNumber, Texts.text("validation.member.memberNumber.missing", word))
            return
        }
        let allowed = Check.memberNumberSigns
        if let bad = number.first(where: { !($0.isASCII && ($0.isLetter || $0.isNumber)) && !allowed.contains($0) }) {
            error(.memberNumber, Texts.text("validation.member.memberNumber.badCharacter", String(bad), word))
        } else if number.count < 3 {
            error(.memberNumber, Texts.text("validation.member.memberNumber.tooShort", word))
        } else if number.count > 30 {
            error(.memberNumber, Texts.text("validation.member.memberNumber.tooLong", word))
        } else if !number.contains(where: \.isNumber) {
            error(.memberNumber, Texts.text("validation.member.memberNumber.noDigits", word))
        }
    }

    mutating func checkNationalNumber() {
        let text = member.nationalNumber.trimmed
        let needed = stage == .court && route?.goesToLabourCourt == true
        guard !text.isEmpty else {
            if needed {
                error(.nationalNumber, Texts.text("validation.member.nationalNumber.requiredForCourt"))
            }
            return
        }
        guard let country = dossier.country else { return }
        if let problem = NationalNumber.check(text, country: country) {
            error(.nationalNumber, problem.message(for: country))
        }
    }

    // MARK: Dispute

    mutating func checkDispute() {
        if dispute.subject == nil {
            error(.subject, Texts.text("validation.dispute.subject.missing"))
        } else if dispute.subject == .other, dispute.subjectDetail.trimmed.isEmpty {
            error(.subjectDetail, Texts.text("validation.dispute.subjectDetail.missing"))
        }
        date(.incidentDate, dispute.incidentDate, required: Texts.text("validation.dispute.incidentDate.missing"))
        checkAmount()
        date(.decisionDate, dispute.decisionDate)
        let factsWords = DossierValidator.minimumFactsWords
        requireText(
            .facts, dispute.facts, Texts.text("validation.dispute.facts.tooShort", String(factsWords)),
            words: factsWords)
        let expectationsWords = DossierValidator.minimumExpectationsWords
        // The letter of the stage asks what its own text asks (prefilled from the previous stage's).
        requireText(
            .stageText(.request, stage), dossier.stageText(.request, of: stage),
            Texts.text("validation.dispute.expectations.tooShort", String(expectationsWords)), words: expectationsWords)
        if stage >= .complaint, dossier.stageText(.reasons, of: stage).isBlank,
            stages.contact != nil || stages.complaint?.answerDate.trimmed.isEmpty == false
        {
            warning(.stageText(.reasons, stage), Texts.text("validation.dispute.whyUnsatisfied.missing"))
        }
    }

    mutating func checkAmount() {
        let text = dispute.amount.trimmed
        guard !text.isEmpty else { return }
        guard let cents = AmountParser.cents(text) else {
            error(.amount, Texts.text("validation.dispute.amount.invalid", text))
            return
        }
        if cents == 0 {
            warning(.amount, Texts.text("validation.dispute.amount.zero"))
        }
    }

    // MARK: Attachments

    mutating func checkAttachments() {
        let attachments = dispute.attachments
        let nonBlank = attachments.filter { !$0.isBlank }
        if stage >= .complaint, nonBlank.isEmpty {
            error(.attachments, Texts.text("validation.dispute.attachments.missing"))
        }
        // French mediators ask for the contract, the règlement or the table of guarantees (their charters).
        if stage == .mediation, route?.isFrance == true, !nonBlank.isEmpty,
            !nonBlank.contains(where: { Check.describesTheContract($0.description) })
        {
            warning(.attachments, Texts.text("validation.dispute.attachments.contractForMediation"))
        }
        for (index, attachment) in attachments.enumerated() where !attachment.isBlank {
            if attachment.description.trimmed.isEmpty {
                error(.attachmentDescription(index), Texts.text("validation.dispute.attachments.description.missing"))
            }
            date(.attachmentDate(index), attachment.date)
            let path = attachment.path.trimmed
            if !path.isEmpty, !validator.fileExists(path) {
                warning(.attachmentPath(index), Texts.text("validation.dispute.attachments.path.notFound", path))
            }
        }
    }

    /// Words by which a member names the contract's documents.
    static let contractWords = ["contrat", "règlement", "reglement", "garanties", "notice", "conditions"]

    static func describesTheContract(_ description: String) -> Bool {
        let text = description.lowercased()
        return contractWords.contains { text.contains($0) }
    }

    // MARK: Stage records

    mutating func checkStageRecords() {
        if let contact = stages.contact {
            let required: String? =
                stage == .customerService ? Texts.text("validation.stages.contact.date.missing") : nil
            date(.contactDate, contact.date, required: required)
            if stage == .customerService, contact.channel == nil {
                error(.contactChannel, Texts.text("validation.stages.contact.channel.missing"))
            }
            if stage == .customerService, contact.answer.trimmed.isEmpty {
                warning(.contactAnswer, Texts.text("validation.stages.contact.answer.missing"))
            }
        } else if stage == .customerService {
            error(.contactDate, Texts.text("validation.stages.contact.date.missing"))
            error(.contactChannel, Texts.text("validation.stages.contact.channel.missing"))
        }
        if let complaint = stages.complaint {
            // A complaint's date is needed after it (the mediator asks for it), except by the labour-court
            // petition, which never requires a prior complaint: near its deadline nothing else matters.
            let petition = stage == .court && route?.goesToLabourCourt == true
            let required: String? =
                stage > .complaint && !petition
                ? Texts.text("validation.stages.complaint.date.missing") : nil
            date(.complaintDate, complaint.date, required: required)
            date(.complaintAnswerDate, complaint.answerDate)
            if !complaint.answerDate.trimmed.isEmpty, complaint.answerSummary.trimmed.isEmpty {
                warning(.complaintAnswerSummary, Texts.text("validation.stages.complaint.answerSummary.missing"))
            }
        }
        if let mediation = stages.mediation {
            let required: String? =
                stage == .court && route?.isFrance == true
                ? Texts.text("validation.stages.mediation.date.missing") : nil
            date(.mediationDate, mediation.date, required: required)
            let id = mediation.mediatorId.trimmed
            if !id.isEmpty {
                if let organism = catalog.organism(id: id) {
                    if !organism.kind.mediates {
                        error(
                            .mediator,
                            Texts.text("validation.stages.mediation.mediatorId.notAMediator", organism.interfaceName))
                    } else if let route = route, !organism.serves(route) {
                        error(
                            .mediator,
                            Texts.text("validation.stages.mediation.mediatorId.notCompetent", organism.interfaceName))
                    }
                } else {
                    error(.mediator, Texts.text("validation.stages.mediation.mediatorId.unknown", id))
                }
            }
        }
        if let court = stages.court {
            date(.courtDecisionDate, court.decisionDate)
            let id = court.courtId.trimmed
            if !id.isEmpty {
                if let organism = catalog.organism(id: id) {
                    if organism.kind != .court {
                        error(.court, Texts.text("validation.stages.court.courtId.notACourt", organism.interfaceName))
                    } else if let route = route, !organism.serves(route) {
                        warning(
                            .court, Texts.text("validation.stages.court.courtId.notCompetent", organism.interfaceName))
                    }
                } else {
                    error(.court, Texts.text("validation.stages.court.courtId.unknown", id))
                }
            }
        }
    }

    // MARK: Order of dates across stages

    mutating func checkDateOrder() {
        // incident ≤ contact ≤ complaint ≤ mediation ≤ court decision, each compared with the latest earlier one.
        // The events' names, formatted only for a message.
        let chain: [(Field, String, () -> String)] = [
            (.incidentDate, dispute.incidentDate, { Texts.text("validation.dateOrder.event.incident") }),
            (.contactDate, stages.contact?.date ?? "", { Texts.text("validation.dateOrder.event.contact") }),
            (.complaintDate, stages.complaint?.date ?? "", { Texts.text("validation.dateOrder.event.complaint") }),
            (.mediationDate, stages.mediation?.date ?? "", { Texts.text("validation.dateOrder.event.mediation") }),
            (
                .courtDecisionDate, stages.court?.decisionDate ?? "",
                { Texts.text("validation.dateOrder.event.courtDecision") }
            ),
        ]
        var latest: (date: CalendarDate, what: () -> String)?
        for (field, text, what) in chain {
            guard let date = parsed(text) else { continue }
            if let previous = latest, date < previous.date {
                error(
                    field,
                    Texts.text(
                        "validation.dateOrder.beforePrevious",
                        InterfaceDates.long(date), previous.what(),
                        InterfaceDates.long(previous.date), what()))
            } else {
                latest = (date, what)
            }
        }
        if let complaint = stages.complaint, let sent = parsed(complaint.date),
            let answer = parsed(complaint.answerDate),
            answer < sent
        {
            error(
                .complaintAnswerDate,
                Texts.text(
                    "validation.dateOrder.answerBeforeComplaint",
                    InterfaceDates.long(answer), InterfaceDates.long(sent)))
        }
        if let incident = parsed(dispute.incidentDate), let decision = parsed(dispute.decisionDate), decision < incident
        {
            warning(
                .decisionDate,
                Texts.text(
                    "validation.dateOrder.decisionBeforeIncident",
                    InterfaceDates.long(decision),
                    InterfaceDates.long(incident)))
        }
    }

    // MARK: What must have happened before a stage

    mutating func checkStagePrerequisites() {
        if stage >= .complaint, stages.contact == nil {
            warning(.contactDate, Texts.text("validation.prerequisite.contact.missing"))
        }
        // The court needs no mediation first; a labour-court petition needs not even a complaint (checked below).
        if stage == .mediation {
            checkMediationPrerequisites()
        }
        if stage == .court {
            checkCourtPrerequisites()
        }
    }

    mutating func checkMediationPrerequisites() {
        guard let complaint = stages.complaint, !complaint.date.trimmed.isEmpty else {
            error(.complaintDate, Texts.text("validation.prerequisite.mediation.complaintMissing"))
            return
        }
        if resolver.mediator(of: dossier) == nil {
            let names = route.map { catalog.mediators(for: $0).map(\.interfaceName) } ?? []
            error(
                .mediator,
                names.isEmpty
                    ? Texts.text("validation.prerequisite.mediation.mediatorMissing")
                    : Texts.text(
                        "validation.prerequisite.mediation.mediatorMissing.choices", names.joined(separator: ", ")))
        }
        guard let window = deadlines.mediationWindow() else { return }
        let sent = window.complaintSent
        let hasAnswer = window.answeredOn != nil
        let referral = parsed(stages.mediation?.date ?? "") ?? today
        if !hasAnswer, referral < window.opensOn {
            error(
                .complaintAnswerDate,
                Texts.text(
                    "validation.prerequisite.mediation.tooEarly",
                    window.wait.phrase, InterfaceDates.long(window.opensOn)))
        }
        let lastDay = window.limit.end
        if referral > lastDay {
            error(
                .mediationDate,
                Texts.text(
                    "validation.prerequisite.mediation.tooLate",
                    window.limit.delay.phrase, InterfaceDates.long(sent),
                    InterfaceDates.long(lastDay)))
        }
    }

    mutating func checkCourtPrerequisites() {
        guard let route else { return }
        if route.goesToLabourCourt {
            checkLabourCourtPetition(route)
            return
        }
        // A formal notice before legal action follows a written complaint.
        if stages.complaint == nil || stages.complaint!.date.trimmed.isEmpty {
            error(.complaintDate, Texts.text("validation.prerequisite.court.complaintMissing"))
        }
        if let rule = deadlines.amicableAttempt(), rule.applies, !rule.attempted {
            let amount = AmountParser.format(cents: Int(rule.threshold * 100))
            warning(.mediationDate, Texts.text("validation.prerequisite.court.amicableAttempt", amount))
        }
    }

    /// The petition to the labour court: no prior complaint needed (near the deadline it is the only thing that
    /// matters), the decision's date, a registry to send it to, and the court's language.
    mutating func checkLabourCourtPetition(_ route: Route) {
        if dispute.decisionDate.trimmed.isEmpty {
            if route == .belgiumCompulsory {
                error(.decisionDate, Texts.text("validation.prerequisite.court.decisionDate.missing"))
            } else {
                warning(.decisionDate, Texts.text("validation.prerequisite.court.decisionDate.advised"))
            }
        }
        let record = stages.court ?? CourtRecord()
        // A petition noted as sent online (a draft of an older version could say so) has not seized the court.
        if record.mode == .email || record.mode == .onlineForm {
            warning(.court, Texts.text("validation.prerequisite.court.notByEmail"))
        }
        // A chosen court that is unknown, not a court or not a labour court is reported once, by the stage's record.
        let chosenId = record.courtId.trimmed
        if !chosenId.isEmpty, catalog.organism(id: chosenId).map({ $0.kind == .court && $0.serves(route) }) != true {
            return
        }
        let typedAddress = record.address.split(separator: "\n").filter { !$0.trimmed.isEmpty }
        let court = resolver.court(of: dossier)
        let knownAddress = court.map { !$0.contact.address.isEmpty } ?? false
        if typedAddress.isEmpty, !knownAddress {
            // The catalog does not know the court of this postal code: the member types the registry's address.
            if record.location.trimmed.isEmpty {
                error(.courtLocation, Texts.text("validation.prerequisite.court.location.missing"))
            }
            error(.courtAddress, Texts.text("validation.prerequisite.court.address.unknownCourt", member.postalCode))
        } else if !typedAddress.isEmpty, typedAddress.count < 2 {
            error(.courtAddress, Texts.text("validation.prerequisite.court.address.tooShort"))
        }
        guard let court else { return }
        // A petition in another language than the court's is null (loi du 15 juin 1935; Cour constitutionnelle,
        // arrêt 120/2019): Recours writes it in the court's language, and says so when the dossier asks for another.
        let decision = resolver.letterLanguage(of: dossier, stage: .court)
        if decision.overridesTheDossier {
            warning(
                .letterLanguage,
                Texts.text(
                    "validation.letterLanguage.imposedByCourt", court.name, decision.language.label,
                    decision.requested.label))
        }
        let chosen = !record.courtId.trimmed.isEmpty
        if let area = catalog.labourCourtArea(postalCode: member.postalCode) {
            let imposed = resolver.brusselsLanguage(of: dossier, memberArea: area)
            if area.language == .choice, imposed == nil, !chosen {
                warning(.court, Texts.text("validation.prerequisite.court.brusselsChoice", court.interfaceName))
            }
            if let imposed, let language = court.language, language != imposed {
                error(.court, Texts.text("validation.prerequisite.court.brusselsImposed", imposed.label))
            }
            if area.facilities == true {
                warning(.court, Texts.text("validation.prerequisite.court.facilities", court.interfaceName))
            }
            if chosen, !area.courts.contains(court.id) {
                warning(
                    .court, Texts.text("validation.prerequisite.court.notLocal", court.interfaceName, member.postalCode)
                )
            }
        }
    }

    // MARK: Deadlines that can be lost (counted by DeadlineRules, like the timeline)

    mutating func checkDeadlines() {
        switch route {
        case .belgiumCompulsory?:
            guard let appeal = deadlines.courtAppeal() else {
                if stage >= .complaint, dispute.decisionDate.trimmed.isEmpty {
                    warning(.decisionDate, Texts.text("validation.deadline.appeal.decisionDateMissing"))
                }
                return
            }
            // Decided, or the petition filed: the deadline is behind the member (the timeline says if it was late).
            if deadlines.courtHasDecided || deadlines.petitionFiledOn != nil { return }
            let end = InterfaceDates.long(appeal.end)
            let left = appeal.daysLeft(today)
            let severity = TimelineSeverity.forDaysLeft(left)
            // A last day moved past a weekend or holiday (art. 53): the day to act by, so the registry is open.
            let moved =
                appeal.actBy.map { Texts.text("validation.deadline.appeal.moved", InterfaceDates.withWeekday($0)) }
                ?? ""
            if severity == .passed {
                warning(.decisionDate, Texts.text("validation.deadline.appeal.passed", appeal.delay.phrase, end))
            } else if left == 0 {
                warning(.decisionDate, Texts.text("validation.deadline.appeal.lastDay", end))
            } else if left <= DossierValidator.closeDeadlineDays {
                warning(
                    .decisionDate,
                    Texts.plural("validation.deadline.appeal.close", count: left, String(left), end, moved))
            } else if stage >= .complaint {
                warning(
                    .decisionDate, Texts.text("validation.deadline.appeal.reminder", end, moved, appeal.delay.phrase))
            }
        case .franceMutuelle?, .franceInsurer?, .franceProvident?:
            guard stage == .court, let prescription = deadlines.prescription() else { return }
            let delay = prescription.deadline.delay
            let end = prescription.end(today, country: .france)
            let left = today.days(until: end)
            // Against whom, since when (the incident, or the registered complaint that interrupted it), under
            // which article: a French insurer's or institution's claim is not the Code de la mutualité's.
            let against = resolver.fundPhrase(of: dossier)
            let countedFrom = InterfaceDates.long(prescription.deadline.start)
            let article = deadlines.prescriptionArticle() ?? ""
            switch prescription.suspension {
            case .ongoing:
                // No warning: once the mediation ends, at least six months are left to act (Code civil,
                // art. 2238 al. 2), and the timeline says how many days.
                break
            case .endedOnUnknownDate(let since):
                let unknown = Texts.text("validation.deadline.prescription.unknownEnd", InterfaceDates.long(since))
                if left < 0 {
                    warning(
                        .incidentDate,
                        Texts.text(
                            "validation.deadline.prescription.passed.unknownEnd", delay.phrase, unknown, countedFrom,
                            against,
                            article))
                } else if left <= DossierValidator.prescriptionWarningDays {
                    warning(
                        .incidentDate,
                        Texts.text(
                            "validation.deadline.prescription.close.unknownEnd",
                            delay.phrase, InterfaceDates.long(end), unknown, against, article))
                }
            case .none:
                if left < 0 {
                    warning(
                        .incidentDate,
                        Texts.text(
                            "validation.deadline.prescription.passed", delay.phrase, countedFrom, against, article))
                } else if left <= DossierValidator.prescriptionWarningDays {
                    warning(
                        .incidentDate,
                        Texts.text(
                            "validation.deadline.prescription.close", delay.phrase, InterfaceDates.long(end), against,
                            article))
                }
            }
        default:
            break
        }
    }
}
