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
        fileExists: @escaping @Sendable (String) -> Bool = { path in
            FileManager.default.fileExists(atPath: (path as NSString).expandingTildeInPath)
        }
    ) {
        self.catalog = catalog
        self.today = today
        self.fileExists = fileExists
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

    init(dossier: Dossier, validator: DossierValidator, stage: EscalationStage) {
        self.dossier = dossier
        self.validator = validator
        self.stage = stage
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
    mutating func requireText(_ field: Field, _ value: String, _ message: String, words: Int = 1) {
        if value.isBlank {
            error(field, message)
        } else if !value.hasWords(atLeast: words) {
            error(field, message)
        }
    }

    /// A date typed in the field: parsed, real, not in the future. Returns it when valid.
    @discardableResult
    mutating func date(_ field: Field, _ text: String, required: String? = nil) -> CalendarDate? {
        switch DateParser.parse(text) {
        case .success(let date):
            if date > today {
                error(field, "La date \(FrenchDateFormat.numeric(date)) est dans le futur : indiquez une date passée ou celle d'aujourd'hui.")
                return nil
            }
            if date.year < 1900 {
                error(field, "La date \(FrenchDateFormat.numeric(date)) est trop ancienne : vérifiez l'année.")
                return nil
            }
            return date
        case .failure(.empty):
            if let required { error(field, required) }
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
            error(.country, "Choisissez le pays : les démarches diffèrent en Belgique et en France.")
            return
        }
        if country == .belgium, dossier.disputeKind == nil {
            error(.disputeKind, "Indiquez si vous contestez une décision de l'assurance obligatoire (remboursement INAMI, incapacité…) ou une assurance complémentaire / hospitalisation : les recours ne sont pas les mêmes.")
        }
        let fund = dossier.fund
        if fund.isOther {
            requireText(.fundName, fund.customName, "Indiquez le nom de l'organisme.")
            let lines = fund.customAddress.split(separator: "\n").filter { !$0.trimmed.isEmpty }
            if lines.isEmpty {
                error(.fundAddress, "Indiquez l'adresse postale de l'organisme (elle figure sur ses courriers).")
            } else if lines.count < 2 {
                error(.fundAddress, "L'adresse de l'organisme doit tenir sur au moins deux lignes : la rue, puis le code postal et la localité.")
            }
        } else if fund.organismId.trimmed.isEmpty {
            error(.fund, "Choisissez votre mutuelle ou mutualité dans la liste (ou « Autre organisme »).")
        } else if let organism = catalog.organism(id: fund.organismId) {
            if organism.kind != .fund {
                error(.fund, "« \(organism.name) » n'est pas une mutuelle : choisissez votre mutuelle ou mutualité.")
            } else if organism.country != country {
                error(.fund, "\(organism.name) est un organisme de \(organism.country.label), pas de \(country.label) : vérifiez le pays ou la mutuelle.")
            } else if organism.contactPoint(for: stage).unconfirmed == true {
                warning(.fund, "L'adresse de \(organism.name) n'est pas confirmée par nos sources : vérifiez-la sur un courrier récent.")
            }
        } else {
            error(.fund, "La mutuelle « \(fund.organismId) » n'est pas dans le catalogue : choisissez-la à nouveau dans la liste.")
        }
    }

    // MARK: Member

    mutating func checkMember() {
        let anonymous = "Les mutuelles ne traitent pas les réclamations anonymes."
        requireName(.firstName, member.firstName, missing: "Indiquez votre prénom. \(anonymous)")
        requireName(.lastName, member.lastName, missing: "Indiquez votre nom. \(anonymous)")
        requireText(.street, member.street, "Indiquez votre rue et votre numéro : la réponse vous sera envoyée à cette adresse.")
        if !member.street.trimmed.isEmpty, !member.street.contains(where: \.isNumber) {
            warning(.street, "Aucun numéro dans l'adresse : vérifiez qu'il n'a pas été oublié.")
        }
        checkPostalCode()
        requireText(.city, member.city, "Indiquez votre localité.")
        if !member.city.trimmed.isEmpty, member.city.contains(where: \.isNumber) {
            warning(.city, "La localité contient des chiffres : le code postal se saisit dans son propre champ.")
        }
        checkEmail()
        checkPhone()
        checkMemberNumber()
        checkNationalNumber()
    }

    mutating func requireName(_ field: Field, _ value: String, missing: String) {
        let text = value.trimmed
        guard !text.isEmpty else {
            error(field, missing)
            return
        }
        guard text.contains(where: \.isLetter) else {
            error(field, "« \(text) » n'est pas un nom : il doit contenir des lettres.")
            return
        }
        let allowed = Check.nameSigns
        if text.contains(where: \.isNumber) {
            error(field, "Un nom ne contient pas de chiffres : vérifiez la saisie.")
        } else if let bad = text.first(where: { !$0.isLetter && !allowed.contains($0) }) {
            error(field, "Le caractère « \(bad) » n'a pas sa place dans un nom.")
        }
    }

    mutating func checkPostalCode() {
        let code = member.postalCode.trimmed
        guard !code.isEmpty else {
            error(.postalCode, "Indiquez votre code postal.")
            return
        }
        let digits = code.allSatisfy { $0.isASCII && $0.isNumber }
        switch dossier.country {
        case .belgium?:
            if !digits || code.count != 4 || code.first == "0" {
                error(.postalCode, "Un code postal belge compte 4 chiffres, par exemple 1080.")
            }
        case .france?:
            if !digits || code.count != 5 {
                error(.postalCode, "Un code postal français compte 5 chiffres, par exemple 75017.")
            }
        case nil:
            if !digits || !(4...5).contains(code.count) {
                error(.postalCode, "Un code postal compte 4 chiffres (Belgique) ou 5 chiffres (France).")
            }
        }
    }

    mutating func checkEmail() {
        let email = member.email.trimmed
        guard !email.isEmpty else { return }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let valid = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !email.contains(where: \.isWhitespace)
            && !parts[1].contains("..")
        if !valid {
            error(.email, "« \(email) » n'est pas une adresse e-mail : elle s'écrit nom@exemple.be.")
        }
    }

    mutating func checkPhone() {
        let phone = member.phone.trimmed
        guard !phone.isEmpty else { return }
        let allowed = Check.phoneSigns
        if let bad = phone.first(where: { !($0.isASCII && $0.isNumber) && !allowed.contains($0) }) {
            error(.phone, "Le caractère « \(bad) » n'a pas sa place dans un numéro de téléphone.")
            return
        }
        let count = phone.filter(\.isNumber).count
        if count < 8 {
            error(.phone, "Ce numéro de téléphone est trop court (\(count) chiffres) : vérifiez-le.")
        } else if count > 15 {
            error(.phone, "Ce numéro de téléphone est trop long (\(count) chiffres) : vérifiez-le.")
        }
    }

    mutating func checkMemberNumber() {
        let number = member.memberNumber.trimmed
        let word = dossier.country == .belgium ? "de membre (ou d'affiliation)" : "d'adhérent"
        guard !number.isEmpty else {
            error(.memberNumber, "Indiquez votre numéro \(word) : il figure sur votre carte ou vos courriers, et la mutuelle en a besoin pour retrouver votre dossier.")
            return
        }
        let allowed = Check.memberNumberSigns
        if let bad = number.first(where: { !($0.isASCII && ($0.isLetter || $0.isNumber)) && !allowed.contains($0) }) {
            error(.memberNumber, "Le caractère « \(bad) » n'a pas sa place dans un numéro \(word) : lettres, chiffres, espaces, tirets, points et barres obliques seulement.")
        } else if number.count < 3 {
            error(.memberNumber, "Ce numéro \(word) est trop court (au moins 3 caractères) : recopiez-le depuis votre carte.")
        } else if number.count > 30 {
            error(.memberNumber, "Ce numéro \(word) est trop long (30 caractères au plus) : recopiez-le depuis votre carte.")
        } else if !number.contains(where: \.isNumber) {
            error(.memberNumber, "Un numéro \(word) contient des chiffres : recopiez-le depuis votre carte.")
        }
    }

    mutating func checkNationalNumber() {
        let text = member.nationalNumber.trimmed
        let needed = stage == .court && dossier.route == .belgiumCompulsory
        guard !text.isEmpty else {
            if needed {
                error(.nationalNumber, "La requête au tribunal du travail doit indiquer votre numéro national (NISS, 11 chiffres, au dos de votre carte d'identité).")
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
            error(.subject, "Choisissez l'objet du litige (remboursement refusé, retard, droits suspendus…).")
        } else if dispute.subject == .other, dispute.subjectDetail.trimmed.isEmpty {
            error(.subjectDetail, "Vous avez choisi « Autre » : précisez en quelques mots l'objet du litige.")
        }
        date(.incidentDate, dispute.incidentDate, required: "Indiquez la date de l'incident (la date du refus, de la facture ou du problème).")
        checkAmount()
        date(.decisionDate, dispute.decisionDate)
        let factsWords = DossierValidator.minimumFactsWords
        requireText(.facts, dispute.facts,
            "Décrivez ce qui s'est passé en quelques phrases (au moins \(factsWords) mots) : ce qui a été demandé, refusé ou retardé, quand, et pour quel montant.",
            words: factsWords)
        requireText(.expectations, dispute.expectations,
            "Dites clairement ce que vous demandez (au moins \(DossierValidator.minimumExpectationsWords) mots) : un remboursement, une nouvelle décision, une explication écrite…",
            words: DossierValidator.minimumExpectationsWords)
        if stage >= .complaint, dispute.whyUnsatisfied.isBlank,
            stages.contact != nil || stages.complaint?.answerDate.trimmed.isEmpty == false
        {
            warning(.whyUnsatisfied, "Expliquez pourquoi la réponse reçue ne vous satisfait pas : c'est ce que le destinataire examinera.")
        }
    }

    mutating func checkAmount() {
        let text = dispute.amount.trimmed
        guard !text.isEmpty else { return }
        guard let cents = AmountParser.cents(text) else {
            error(.amount, "« \(text) » n'est pas un montant : écrivez-le en euros, par exemple 1 250,50.")
            return
        }
        if cents == 0 {
            warning(.amount, "Le montant est nul : laissez le champ vide si aucun montant n'est en jeu.")
        }
    }

    // MARK: Attachments

    mutating func checkAttachments() {
        let attachments = dispute.attachments
        let nonBlank = attachments.filter { !$0.isBlank }
        if stage >= .complaint, nonBlank.isEmpty {
            error(.attachments, "Joignez au moins une pièce (copie de la décision, facture, courrier…) : une réclamation sans justificatif est rarement examinée.")
        }
        for (index, attachment) in attachments.enumerated() where !attachment.isBlank {
            if attachment.description.trimmed.isEmpty {
                error(.attachmentDescription(index), "Décrivez cette pièce (par exemple « Facture de l'hôpital du 3 mars 2026 »).")
            }
            date(.attachmentDate(index), attachment.date)
            let path = attachment.path.trimmed
            if !path.isEmpty, !validator.fileExists(path) {
                warning(.attachmentPath(index), "Le fichier « \(path) » est introuvable sur cet ordinateur : vérifiez le chemin.")
            }
        }
    }

    // MARK: Stage records

    mutating func checkStageRecords() {
        if let contact = stages.contact {
            let required: String? = stage == .customerService ? "Indiquez la date de votre contact avec le service clientèle." : nil
            date(.contactDate, contact.date, required: required)
            if stage == .customerService, contact.channel == nil {
                error(.contactChannel, "Indiquez comment vous avez contacté le service clientèle (téléphone, agence, formulaire…).")
            }
            if stage == .customerService, contact.answer.trimmed.isEmpty {
                warning(.contactAnswer, "Notez la réponse obtenue, même orale : elle sera citée dans vos courriers suivants.")
            }
        } else if stage == .customerService {
            error(.contactDate, "Indiquez la date de votre contact avec le service clientèle.")
            error(.contactChannel, "Indiquez comment vous avez contacté le service clientèle (téléphone, agence, formulaire…).")
        }
        if let complaint = stages.complaint {
            let required: String? = stage > .complaint
                ? "Indiquez la date d'envoi de votre réclamation écrite : le médiateur et le juge la demanderont." : nil
            date(.complaintDate, complaint.date, required: required)
            date(.complaintAnswerDate, complaint.answerDate)
            if !complaint.answerDate.trimmed.isEmpty, complaint.answerSummary.trimmed.isEmpty {
                warning(.complaintAnswerSummary, "Résumez la réponse reçue en une ou deux phrases : elle sera citée dans la lettre.")
            }
        }
        if let mediation = stages.mediation {
            let required: String? = stage == .court && dossier.route == .france
                ? "Indiquez la date à laquelle vous avez saisi le médiateur." : nil
            date(.mediationDate, mediation.date, required: required)
            let id = mediation.mediatorId.trimmed
            if !id.isEmpty {
                if let organism = catalog.organism(id: id) {
                    if !organism.kind.mediates {
                        error(.mediator, "« \(organism.name) » n'est pas un service de médiation : choisissez un médiateur dans la liste.")
                    } else if let route = dossier.route, !organism.serves(route) {
                        error(.mediator, "\(organism.name) n'est pas compétent pour ce type de litige : choisissez un autre médiateur.")
                    }
                } else {
                    error(.mediator, "Le médiateur « \(id) » n'est pas dans le catalogue : choisissez-le à nouveau dans la liste.")
                }
            }
        }
        if let court = stages.court {
            date(.courtDecisionDate, court.decisionDate)
            let id = court.courtId.trimmed
            if !id.isEmpty {
                if let organism = catalog.organism(id: id) {
                    if organism.kind != .court {
                        error(.court, "« \(organism.name) » n'est pas une juridiction.")
                    } else if let route = dossier.route, !organism.serves(route) {
                        warning(.court, "\(organism.name) n'est en principe pas compétent pour ce litige : vérifiez auprès d'un avocat ou du greffe.")
                    }
                } else {
                    error(.court, "La juridiction « \(id) » n'est pas dans le catalogue.")
                }
            }
        }
    }

    // MARK: Order of dates across stages

    mutating func checkDateOrder() {
        // incident ≤ contact ≤ complaint ≤ mediation ≤ court decision, each compared with the latest earlier one.
        let chain: [(Field, String, String)] = [
            (.incidentDate, dispute.incidentDate, "l'incident"),
            (.contactDate, stages.contact?.date ?? "", "le contact avec le service clientèle"),
            (.complaintDate, stages.complaint?.date ?? "", "la réclamation écrite"),
            (.mediationDate, stages.mediation?.date ?? "", "la saisine du médiateur"),
            (.courtDecisionDate, stages.court?.decisionDate ?? "", "le jugement"),
        ]
        var latest: (date: CalendarDate, what: String)?
        for (field, text, what) in chain {
            guard let date = parsed(text) else { continue }
            if let previous = latest, date < previous.date {
                error(field, "Cette date (\(FrenchDateFormat.long(date))) précède \(previous.what) (\(FrenchDateFormat.long(previous.date))) : \(what) ne peut pas avoir eu lieu avant. Vérifiez les deux dates.")
            } else {
                latest = (date, what)
            }
        }
        if let complaint = stages.complaint, let sent = parsed(complaint.date), let answer = parsed(complaint.answerDate),
            answer < sent
        {
            error(.complaintAnswerDate, "La réponse (\(FrenchDateFormat.long(answer))) ne peut pas précéder l'envoi de la réclamation (\(FrenchDateFormat.long(sent))).")
        }
        if let incident = parsed(dispute.incidentDate), let decision = parsed(dispute.decisionDate), decision < incident {
            warning(.decisionDate, "La décision contestée (\(FrenchDateFormat.long(decision))) est antérieure à l'incident (\(FrenchDateFormat.long(incident))) : vérifiez les deux dates.")
        }
    }

    // MARK: What must have happened before a stage

    mutating func checkStagePrerequisites() {
        if stage >= .complaint, stages.contact == nil {
            warning(.contactDate, "Aucun contact avec le service clientèle n'est noté : le plus souvent, il faut d'abord l'avoir contacté. Notez-le s'il a eu lieu.")
        }
        if stage >= .mediation {
            checkMediationPrerequisites()
        }
        if stage == .court {
            checkCourtPrerequisites()
        }
    }

    mutating func checkMediationPrerequisites() {
        guard let complaint = stages.complaint, !complaint.date.trimmed.isEmpty else {
            error(.complaintDate, "Le médiateur ne peut être saisi qu'après une réclamation écrite à la mutuelle : indiquez la date de votre réclamation (étape 2).")
            return
        }
        guard stage == .mediation else { return }
        if resolvedMediator() == nil {
            let names = dossier.route.map { catalog.mediators(for: $0).map(\.name) } ?? []
            let choices = names.isEmpty ? "" : " (\(names.joined(separator: ", ")))"
            error(.mediator, "Choisissez le médiateur à saisir\(choices).")
        }
        guard let window = deadlines.mediationWindow() else { return }
        let sent = window.complaintSent
        let hasAnswer = window.answeredOn != nil
        let referral = parsed(stages.mediation?.date ?? "") ?? today
        if !hasAnswer, referral < window.waitEnd {
            error(.complaintAnswerDate, "Le médiateur ne peut être saisi qu'après une réponse négative ou \(window.wait.phrase) sans réponse : sans réponse, attendez le \(FrenchDateFormat.long(window.waitEnd)). Si vous avez reçu une réponse, indiquez sa date.")
        }
        let lastDay = window.limit.end
        if referral > lastDay {
            error(.mediationDate, "Le médiateur doit être saisi dans \(window.limit.delay.phrase) après la réclamation écrite du \(FrenchDateFormat.long(sent)), soit au plus tard le \(FrenchDateFormat.long(lastDay)) : il refusera ce dossier. Consultez un conseil juridique.")
        }
    }

    mutating func checkCourtPrerequisites() {
        switch dossier.route {
        case .belgiumCompulsory?:
            if dispute.decisionDate.trimmed.isEmpty {
                error(.decisionDate, "Indiquez la date à laquelle la décision contestée vous a été notifiée : la requête au tribunal du travail doit la mentionner, et le délai de 3 mois court à partir de là.")
            }
            let court = stages.court ?? CourtRecord()
            if court.location.trimmed.isEmpty {
                error(.courtLocation, "Indiquez la ville du tribunal du travail (celui de votre domicile), par exemple Bruxelles.")
            }
            if court.address.split(separator: "\n").filter({ !$0.trimmed.isEmpty }).count < 2 {
                error(.courtAddress, "Indiquez l'adresse du greffe du tribunal du travail sur deux lignes au moins (rue, puis code postal et ville) ; elle figure sur le site du SPF Justice.")
            }
        case .france?:
            if stages.complaint == nil || stages.complaint!.date.trimmed.isEmpty {
                error(.complaintDate, "Avant une action en justice, envoyez une réclamation écrite à la mutuelle (étape 2) et indiquez sa date.")
            }
            if let rule = deadlines.amicableAttempt(), rule.applies, !rule.attempted {
                let amount = AmountParser.format(cents: Int(rule.threshold * 100))
                warning(.mediationDate, "Pour une demande de \(amount) ou moins, le tribunal exige d'abord une tentative de médiation ou de conciliation (CPC art. 750-1) : saisissez le médiateur avant d'aller en justice.")
            }
        case .belgiumComplementary?:
            if stages.complaint == nil || stages.complaint!.date.trimmed.isEmpty {
                error(.complaintDate, "Avant une action en justice, envoyez une réclamation écrite à la mutuelle (étape 2) et indiquez sa date.")
            }
        case nil:
            break
        }
    }

    /// The mediator of stage 3: the one chosen, else the one the fund names for the route.
    func resolvedMediator() -> Organism? {
        let id = stages.mediation?.mediatorId.trimmed ?? ""
        if !id.isEmpty { return catalog.organism(id: id) }
        guard let route = dossier.route else { return nil }
        return catalog.defaultMediator(fundId: dossier.fund.organismId, route: route)
    }

    // MARK: Deadlines that can be lost (counted by DeadlineRules, like the timeline)

    mutating func checkDeadlines() {
        switch dossier.route {
        case .belgiumCompulsory?:
            guard let appeal = deadlines.courtAppeal() else {
                if stage >= .complaint, dispute.decisionDate.trimmed.isEmpty {
                    warning(.decisionDate, "Si vous contestez une décision notifiée par écrit, indiquez sa date : le recours au tribunal du travail doit être introduit dans les 3 mois, même pendant une réclamation ou une médiation.")
                }
                return
            }
            if deadlines.courtHasDecided { return }
            let end = FrenchDateFormat.long(appeal.end)
            let left = appeal.daysLeft(today)
            let severity = TimelineSeverity.forDaysLeft(left)
            // A Belgian deadline on a weekend or holiday: the earlier date, and why.
            let unsure = appeal.unconfirmedEndDay.map {
                ", \($0) : son report au jour ouvrable suivant n'est pas confirmé"
            } ?? ""
            if severity == .passed {
                warning(.decisionDate, "Le délai de \(appeal.delay.phrase) pour saisir le tribunal du travail a pris fin le \(end). Consultez rapidement un service juridique (syndicat, CPAS, avocat) : un recours tardif est en principe irrecevable.")
            } else if left <= DossierValidator.closeDeadlineDays {
                warning(.decisionDate, "Il reste \(left) jour\(left > 1 ? "s" : "") pour saisir le tribunal du travail (au plus tard le \(end)\(unsure)). Une réclamation ou une médiation ne suspend pas ce délai.")
            } else if stage >= .complaint {
                warning(.decisionDate, "Le tribunal du travail doit être saisi au plus tard le \(end)\(unsure) (\(appeal.delay.phrase) après la notification). Une réclamation ou une médiation ne suspend pas ce délai.")
            }
        case .france?:
            guard stage == .court, let prescription = deadlines.prescription() else { return }
            let delay = prescription.deadline.delay
            let end = prescription.end(today, country: .france)
            let left = today.days(until: end)
            switch prescription.suspension {
            case .ongoing(let since, let remaining):
                if remaining <= DossierValidator.prescriptionWarningDays {
                    warning(.incidentDate, "L'action contre la mutuelle se prescrit par \(delay.phrase) ; la médiation du \(FrenchDateFormat.long(since)) suspend ce délai, mais il ne restera que \(remaining) jour\(remaining > 1 ? "s" : "") après sa fin pour saisir le tribunal.")
                }
            case .endedOnUnknownDate(let since):
                let unknown = " La médiation du \(FrenchDateFormat.long(since)) a suspendu la prescription, mais sa date de fin n'est pas notée : cette suspension n'est pas comptée."
                if left < 0 {
                    warning(.incidentDate, "Plus de \(delay.phrase) se sont écoulés depuis l'incident : l'action contre la mutuelle est peut-être prescrite (Code de la mutualité, art. L221-11).\(unknown) Consultez un avocat.")
                } else if left <= DossierValidator.prescriptionWarningDays {
                    warning(.incidentDate, "L'action contre la mutuelle se prescrit par \(delay.phrase) : au plus tard le \(FrenchDateFormat.long(end)).\(unknown) Agissez sans tarder.")
                }
            case .none:
                if left < 0 {
                    warning(.incidentDate, "Plus de \(delay.phrase) se sont écoulés depuis l'incident : l'action contre la mutuelle est peut-être prescrite (Code de la mutualité, art. L221-11), sauf suspension pendant une médiation. Consultez un avocat.")
                } else if left <= DossierValidator.prescriptionWarningDays {
                    warning(.incidentDate, "L'action contre la mutuelle se prescrit par \(delay.phrase) : au plus tard le \(FrenchDateFormat.long(end)), hors suspension pendant une médiation. Agissez sans tarder.")
                }
            }
        default:
            break
        }
    }
}
