/// Turns the deadlines of a dossier into the entries of its timeline and its next step.
struct TimelineBuilder {
    let rules: DeadlineRules
    private var entries: [TimelineEntry] = []

    init(rules: DeadlineRules) {
        self.rules = rules
    }

    var dossier: Dossier { rules.dossier }
    var today: CalendarDate { rules.today }
    var country: Country { rules.country }
    var resolver: RecipientResolver { rules.resolver }

    /// "la CAAMI", "Partenamut", or "la mutualité" while no fund is chosen.
    var fund: String {
        let phrase = resolver.fundPhrase(of: dossier).oneLine().trimmed
        return phrase.isEmpty ? "la \(country.fundWord)" : phrase
    }
    var capitalizedFund: String { French.capitalizedFirst(fund) }

    /// "le Médiateur fédéral", "Médiation Consommation Développement", or "le médiateur".
    var mediator: String { resolver.mediator(of: dossier)?.runningName ?? "le médiateur" }
    /// "Service Médiation de Partenamut", "Médiateur fédéral": the mediator's name without article, for a title.
    var mediatorName: String {
        resolver.mediator(of: dossier).map { $0.shortName ?? $0.name } ?? "médiateur de la consommation"
    }

    func long(_ date: CalendarDate) -> String { FrenchDateFormat.long(date) }
    func day(_ date: CalendarDate) -> String { FrenchDateFormat.withWeekday(date) }

    static func daysLeftPhrase(_ days: Int) -> String {
        switch days {
        case ..<0: "dépassé"
        case 0: "c'est aujourd'hui le dernier jour"
        case 1: "encore 1 jour"
        default: "encore \(days) jours"
        }
    }

    mutating func add(_ entry: TimelineEntry) { entries.append(entry) }

    // MARK: Building

    mutating func build() -> Timeline {
        var notes: [String] = []
        addDisputeDates()
        addContact()
        addComplaint()
        if dossier.route != nil {
            addMediation()
            addCourt()
            notes.append(Timeline.countingRule(country))
        } else {
            notes.append("Choisissez le pays (et, en Belgique, le type de litige) : les délais en dépendent.")
        }
        // Date order (what can be done now counts as today, conditions come last); ties keep the order of the stages.
        let ordered = entries.enumerated().sorted { a, b in
            let x = a.element.sortDate(today), y = b.element.sortDate(today)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        return Timeline(
            dossierId: dossier.id, today: today, route: dossier.route, entries: ordered, nextStep: nextStep(),
            notes: notes)
    }

    // MARK: Events and answers

    mutating func addDisputeDates() {
        let decision = rules.decisionDate
        if let incident = rules.incidentDate, incident != decision {
            add(TimelineEntry(id: "incident", kind: .event, stage: nil, title: "Incident à l'origine du litige", status: .done(incident)))
        }
        if let decision {
            let reference = dossier.dispute.decisionReference.trimmed.withoutControlCharacters
            let detail = dossier.route == .belgiumCompulsory
                ? "Point de départ du délai de recours au tribunal du travail." : ""
            add(TimelineEntry(
                id: "decision", kind: .event, stage: nil,
                title: "Notification de la décision contestée" + (reference.isEmpty ? "" : " (réf. \(reference))"),
                status: .done(decision), detail: detail))
        }
    }

    mutating func addContact() {
        guard let date = rules.contactDate else { return }
        let channel = dossier.stages.contact?.channel.map { " \($0.phrase)" } ?? ""
        add(TimelineEntry(
            id: "contact", kind: .event, stage: .customerService, title: "Contact avec le service clientèle\(channel)",
            status: .done(date)))
    }

    mutating func addComplaint() {
        guard let sent = rules.complaintDate else {
            add(TimelineEntry(
                id: "complaint.send", kind: .step, stage: .complaint, title: "Envoyer la réclamation écrite \(French.a(fund))",
                status: .possibleNow(since: nil, until: nil),
                detail: "La réclamation écrite, de préférence par lettre recommandée, fait courir le délai de réponse "
                    + "\(French.de(fund)) ; la médiation n'est possible qu'après elle."))
            return
        }
        let mode = dossier.stages.complaint?.mode.map { " \($0.phrase)" } ?? ""
        add(TimelineEntry(
            id: "complaint", kind: .event, stage: .complaint, title: "Réclamation écrite envoyée\(mode)", status: .done(sent)))

        if let ack = rules.complaintAnswer(.acknowledgment), !ack.isAnswered {
            let end = ack.deadline.end
            let passed = ack.deadline.hasPassed(today)
            add(TimelineEntry(
                id: "complaint.acknowledgment", kind: .answer, stage: .complaint,
                title: "Accusé de réception de la réclamation",
                status: passed ? .elapsed(end) : .waiting(until: end),
                detail: "\(capitalizedFund) doit accuser réception de la réclamation dans un délai de "
                    + "\(ack.deadline.delay.phrase) à compter de son envoi le \(long(sent)), soit au plus tard le \(long(end)).",
                situation: passed
                    ? "Sans accusé de réception, gardez la preuve de l'envoi (avis de dépôt du recommandé, copie du formulaire)."
                    : "",
                delay: ack.deadline.delay))
        }
        if let answer = rules.complaintAnswer() {
            let end = answer.deadline.end
            let status: TimelineStatus
            var situation = ""
            var severity = TimelineSeverity.none
            if let answered = answer.answeredOn {
                status = .done(answered)
                situation = "Réponse reçue le \(long(answered))."
            } else if answer.isOverdue(today) {
                status = .overdue(since: end)
                severity = .info
                situation = "Sans réponse à ce jour : la médiation est ouverte."
            } else {
                status = .waiting(until: end)
            }
            add(TimelineEntry(
                id: "complaint.answer", kind: .answer, stage: .complaint, title: "Réponse \(French.de(fund)) à la réclamation",
                status: status,
                detail: "\(capitalizedFund) doit répondre dans un délai de \(answer.deadline.delay.phrase) à compter de l'envoi "
                    + "de la réclamation le \(long(sent)), soit au plus tard le \(long(end)).",
                situation: situation, delay: answer.deadline.delay, severity: severity))
        }
    }

    // MARK: Mediation

    mutating func addMediation() {
        guard let sent = rules.complaintDate else { return }
        if let seized = rules.mediationDate {
            let reference = dossier.stages.mediation?.reference.trimmed.withoutControlCharacters ?? ""
            add(TimelineEntry(
                id: "mediation", kind: .event, stage: .mediation,
                title: "Saisine \(French.de(mediator))" + (reference.isEmpty ? "" : " (réf. \(reference))"),
                status: .done(seized)))
            addMediatorAnswer(seized: seized)
            return
        }
        if let window = rules.mediationWindow() {
            addFrenchMediationWindow(window)
        } else {
            addBelgianMediationStep(sent: sent)
        }
    }

    mutating func addFrenchMediationWindow(_ window: MediationWindow) {
        let limit = window.limit
        let detail = "Le médiateur de la consommation peut être saisi après un refus écrit ou \(window.wait.phrase) sans "
            + "réponse à la réclamation du \(long(window.complaintSent)) (\(window.wait.source)), et au plus tard "
            + "\(limit.delay.phrase) après celle-ci, soit le \(long(limit.end))."
        let status: TimelineStatus
        let severity: TimelineSeverity
        let situation: String
        if limit.hasPassed(today) {
            status = .tooLate(lastDay: limit.end)
            severity = .passed
            situation = "Ce délai est dépassé : le médiateur refusera le dossier. Consultez un conseil juridique."
        } else if today < window.opensOn {
            status = .possibleFrom(window.opensOn, until: limit.end)
            severity = .info
            situation = "Sans réponse d'ici là, il pourra être saisi à partir du \(long(window.opensOn))."
        } else {
            status = .possibleNow(since: window.opensOn, until: limit.end)
            let left = limit.daysLeft(today)
            severity = max(.info, TimelineSeverity.forDaysLeft(left))
            if let answered = window.answeredOn, answered <= window.waitEnd {
                situation = "La réponse du \(long(answered)) ouvre la médiation si elle ne vous satisfait pas. "
                    + Self.daysLeftSentence(left)
            } else {
                situation = "La réclamation est restée \(window.wait.phrase) sans réponse : la médiation est ouverte. "
                    + Self.daysLeftSentence(left)
            }
        }
        add(TimelineEntry(
            id: "mediation.window", kind: .step, stage: .mediation, title: "Saisir le médiateur (\(mediatorName))",
            status: status, detail: detail, situation: situation, delay: limit.delay, severity: severity))
    }

    mutating func addBelgianMediationStep(sent: CalendarDate) {
        let answer = rules.complaintAnswer()
        let opens = answer?.answeredOn ?? answer?.deadline.end ?? sent
        var detail = "Nos sources ne fixent pas de délai d'attente : \(mediator) peut être saisi après la réponse "
            + "à la réclamation ou, sans réponse, une fois le délai de réponse écoulé"
            + (answer == nil || answer?.answeredOn != nil ? "." : " (le \(long(opens))).")
        if dossier.route == .belgiumCompulsory {
            detail += " La médiation ne suspend pas le délai de recours au tribunal du travail."
        }
        add(TimelineEntry(
            id: "mediation.window", kind: .step, stage: .mediation, title: "Saisir le médiateur (\(mediatorName))",
            status: today < opens ? .possibleFrom(opens, until: nil) : .possibleNow(since: opens, until: nil),
            detail: detail))
    }

    mutating func addMediatorAnswer(seized: CalendarDate) {
        let outcome = rules.mediationOutcome?.withoutControlCharacters
        let title = "Réponse \(French.de(mediator))"
        let outcomeSentence = outcome.map { "Résultat noté : \(French.quoted($0))." } ?? ""
        guard let answer = rules.mediatorAnswer() else {
            if outcome != nil {
                add(TimelineEntry(
                    id: "mediation.answer", kind: .answer, stage: .mediation, title: title, status: .done(nil),
                    situation: outcomeSentence))
            }
            return
        }
        let end = answer.deadline.end
        let status: TimelineStatus
        var situation = outcomeSentence
        var severity = TimelineSeverity.none
        if outcome != nil {
            status = .done(nil)
        } else if answer.isOverdue(today) {
            status = .overdue(since: end)
            severity = .info
            situation = "Sans réponse à ce jour : relancez le médiateur."
        } else {
            status = .waiting(until: end)
        }
        add(TimelineEntry(
            id: "mediation.answer", kind: .answer, stage: .mediation, title: title, status: status,
            detail: "\(French.capitalizedFirst(mediator)) annonce une réponse dans un délai de "
                + "\(answer.deadline.delay.phrase) à compter de la saisine du \(long(seized)), soit au plus tard le \(long(end)).",
            situation: situation, delay: answer.deadline.delay, severity: severity))
    }

    // MARK: Court and hard limits

    mutating func addCourt() {
        addCourtAppeal()
        addPrescription()
        addAmicableAttempt()
        if let decided = rules.courtDecisionDate {
            add(TimelineEntry(id: "court.decision", kind: .event, stage: .court, title: "Jugement rendu", status: .done(decided)))
        }
    }

    /// "Encore 16 jours.", "C'est aujourd'hui le dernier jour."
    static func daysLeftSentence(_ days: Int) -> String {
        French.capitalizedFirst(daysLeftPhrase(days)) + "."
    }

    mutating func addCourtAppeal() {
        guard let appeal = rules.courtAppeal() else { return }
        let title = "Recours au tribunal du travail (requête)"
        if rules.courtHasDecided {
            add(TimelineEntry(
                id: "court.appeal", kind: .limit, stage: .court, title: title, status: .done(nil),
                situation: "Le tribunal du travail a statué.", delay: appeal.delay))
            return
        }
        let detail = "La requête doit être déposée au greffe du tribunal du travail dans les \(appeal.delay.phrase) qui "
            + "suivent la notification de la décision (\(long(appeal.start))), soit au plus tard le \(day(appeal.end)). "
            + "Une réclamation ou une médiation ne suspend pas ce délai."
        let left = appeal.daysLeft(today)
        let status: TimelineStatus
        let situation: String
        if left < 0 {
            status = .tooLate(lastDay: appeal.end)
            situation = "Ce délai est dépassé : un recours tardif est en principe irrecevable. Consultez rapidement "
                + "un service juridique (syndicat, CPAS, avocat)."
        } else {
            status = .possibleNow(since: appeal.start, until: appeal.end)
            situation = Self.daysLeftSentence(left)
        }
        add(TimelineEntry(
            id: "court.appeal", kind: .limit, stage: .court, title: title, status: status, detail: detail,
            situation: situation, delay: appeal.delay, severity: TimelineSeverity.forDaysLeft(left),
            notes: appeal.unconfirmedMoveNote.map { [$0] } ?? []))
    }

    mutating func addPrescription() {
        guard let prescription = rules.prescription(), !rules.courtHasDecided else { return }
        let deadline = prescription.deadline
        let france = dossier.route == .france
        let title = france
            ? "Action en justice contre la mutuelle (prescription)" : "Action en justice (prescription du contrat d'assurance)"
        let end = prescription.end(today, country: country)
        let left = today.days(until: end)
        var detail = "Une action en justice \(france ? "contre la mutuelle" : "fondée sur le contrat") doit être "
            + "introduite dans les \(deadline.delay.phrase) qui suivent l'incident (\(long(deadline.start)))"
        var notes: [String] = []
        let status: TimelineStatus
        let severity: TimelineSeverity
        let situation: String
        if case .ongoing(let since, let remaining) = prescription.suspension {
            status = .suspended(since: since)
            severity = max(.info, TimelineSeverity.forDaysLeft(remaining))
            detail += ". La médiation engagée le \(long(since)) suspend ce délai jusqu'à sa fin (Code civil, art. 2238)."
            situation = "Il restera \(remaining) jour\(remaining > 1 ? "s" : "") à compter de la fin de la médiation. "
                + "Si elle s'achevait aujourd'hui, le dernier jour serait le \(day(end))."
        } else {
            detail += ", soit au plus tard le \(day(end))."
            if case .endedOnUnknownDate(let since) = prescription.suspension {
                notes.append(
                    "La médiation engagée le \(long(since)) a suspendu la prescription (Code civil, art. 2238), mais la "
                        + "date de sa fin n'est pas notée : Recours ne compte pas cette suspension et retient la date la "
                        + "plus proche. Le dernier jour réel peut être plus tardif.")
            } else if france {
                detail += " Une médiation suspend ce délai (Code civil, art. 2238)."
            }
            if let note = deadline.unconfirmedMoveNote { notes.append(note) }
            if left < 0 {
                status = .tooLate(lastDay: end)
                situation = "Ce délai semble dépassé : l'action est peut-être prescrite. Consultez un avocat."
            } else {
                status = .possibleNow(since: nil, until: end)
                situation = Self.daysLeftSentence(left)
            }
            severity = max(.info, TimelineSeverity.forDaysLeft(left))
        }
        add(TimelineEntry(
            id: "court.prescription", kind: .limit, stage: .court, title: title, status: status, detail: detail,
            situation: situation, delay: deadline.delay, severity: severity, notes: notes))
    }

    mutating func addAmicableAttempt() {
        guard let rule = rules.amicableAttempt(), rule.applies else { return }
        let threshold = AmountParser.format(cents: Int(rule.threshold * 100))
        var detail = "Une demande en justice de \(threshold) ou moins doit être précédée d'une tentative de médiation "
            + "ou de conciliation, sinon le tribunal peut la déclarer irrecevable (\(rule.source))."
        if rule.amount == nil {
            detail += " Le montant n'étant pas indiqué, Recours considère que cette règle s'applique."
        }
        add(TimelineEntry(
            id: "court.amicableAttempt", kind: .condition, stage: .court,
            title: "Tentative amiable avant le tribunal (demande de \(threshold) ou moins)",
            status: rule.attempted ? .done(rule.attemptedOn) : .toDo, detail: detail,
            situation: rule.attempted
                ? "La saisine du médiateur\(rule.attemptedOn.map { " le \(long($0))" } ?? "") en tient lieu." : "",
            severity: rule.attempted ? .none : .info))
    }

    // MARK: Next step

    func nextStep() -> NextStep {
        var step = currentStep()
        if let limit = limitWarning() {
            step.warning = limit.text
            step.severity = max(step.severity, limit.severity)
        }
        return step
    }

    /// A hard limit that runs while the member is at an earlier stage, once it comes close (or has passed).
    func limitWarning() -> (text: String, severity: TimelineSeverity)? {
        guard dossier.currentStage < .court else { return nil }
        if let appeal = entries.first(where: { $0.id == "court.appeal" }), let end = appeal.status.keyDate,
            appeal.severity >= .soon
        {
            let left = today.days(until: end)
            let text = left < 0
                ? "Le délai de recours au tribunal du travail a pris fin le \(long(end)) : consultez un service juridique."
                : "Recours au tribunal du travail au plus tard le \(long(end)) (\(Self.daysLeftPhrase(left))) : la "
                    + "réclamation et la médiation ne suspendent pas ce délai."
            return (text, appeal.severity)
        }
        if let prescription = entries.first(where: { $0.id == "court.prescription" }), prescription.severity >= .soon {
            switch prescription.status {
            case .tooLate(let end):
                return ("L'action en justice est peut-être prescrite depuis le \(long(end)) : consultez un avocat.", .passed)
            case .possibleNow(_, let end?):
                let left = today.days(until: end)
                return ("Prescription de l'action en justice le \(long(end)) (\(Self.daysLeftPhrase(left))).", prescription.severity)
            case .suspended:
                return ("Prescription suspendue pendant la médiation : peu de temps restera ensuite pour agir en justice.", prescription.severity)
            default:
                return nil
            }
        }
        return nil
    }

    func currentStep() -> NextStep {
        switch dossier.currentStage {
        case .customerService:
            return NextStep(text: "Envoyer le résumé du contact, puis la réclamation écrite", when: .now)
        case .complaint:
            return complaintStep()
        case .mediation:
            return mediationStep()
        case .court:
            return courtStep()
        }
    }

    func complaintStep() -> NextStep {
        guard rules.complaintDate != nil else { return NextStep(text: "Envoyer la réclamation écrite", when: .now) }
        let window = rules.mediationWindow()
        if let window, window.limit.hasPassed(today) {
            return NextStep(
                text: "Délai de saisine du médiateur dépassé : consulter un conseil juridique",
                when: .passed(window.limit.end), severity: .passed)
        }
        let mediationWhen: NextStep.When = window.map { .by($0.limit.end) } ?? .now
        if rules.complaintAnswerDate != nil {
            return NextStep(text: "Réponse reçue : saisir le médiateur si elle ne convient pas", when: mediationWhen)
        }
        guard let answer = rules.complaintAnswer() else {
            return NextStep(text: "Attendre la réponse à la réclamation", when: .undated)
        }
        let end = answer.deadline.end
        guard answer.isOverdue(today) else {
            return NextStep(text: "Attendre la réponse \(French.de(fund))", when: .waitUntil(end))
        }
        if let window, today < window.opensOn {
            return NextStep(
                text: "Sans réponse depuis le \(long(end)) : saisir le médiateur", when: .between(window.opensOn, window.limit.end))
        }
        return NextStep(text: "Sans réponse depuis le \(long(end)) : saisir le médiateur", when: mediationWhen)
    }

    func mediationStep() -> NextStep {
        guard rules.mediationDate != nil else {
            guard let window = rules.mediationWindow() else {
                return NextStep(text: "Envoyer la demande de médiation", when: rules.complaintDate == nil ? .undated : .now)
            }
            if window.limit.hasPassed(today) {
                return NextStep(
                    text: "Délai de saisine du médiateur dépassé : consulter un conseil juridique",
                    when: .passed(window.limit.end), severity: .passed)
            }
            let severity = TimelineSeverity.forDaysLeft(window.limit.daysLeft(today))
            return today < window.opensOn
                ? NextStep(text: "Envoyer la demande de médiation", when: .between(window.opensOn, window.limit.end))
                : NextStep(text: "Envoyer la demande de médiation", when: .by(window.limit.end), severity: severity)
        }
        if rules.mediationOutcome != nil {
            return courtWhen(text: "Médiation terminée : envisager l'action en justice")
        }
        if let answer = rules.mediatorAnswer() {
            let end = answer.deadline.end
            return answer.isOverdue(today)
                ? NextStep(text: "Relancer le médiateur, sans réponse depuis le \(long(end))", when: .now)
                : NextStep(text: "Attendre la réponse du médiateur", when: .waitUntil(end))
        }
        return NextStep(text: "Attendre la réponse du médiateur", when: .undated)
    }

    /// An action in court, with the date of the limit that applies.
    func courtWhen(text: String) -> NextStep {
        if let appeal = entries.first(where: { $0.id == "court.appeal" }) ?? entries.first(where: { $0.id == "court.prescription" }) {
            switch appeal.status {
            case .possibleNow(_, let end?):
                return NextStep(text: text, when: .by(end), severity: appeal.severity)
            case .tooLate(let end):
                return NextStep(text: text, when: .passed(end), severity: .passed)
            case .suspended:
                return NextStep(text: text, when: .now, severity: appeal.severity)
            default:
                break
            }
        }
        return NextStep(text: text, when: .now)
    }

    func courtStep() -> NextStep {
        if rules.courtHasDecided {
            return NextStep(text: "Jugement rendu : en cas d'appel, consulter un avocat ou un service juridique", when: .undated)
        }
        if dossier.route == .belgiumCompulsory {
            guard let appeal = rules.courtAppeal() else {
                return NextStep(text: "Indiquer la date de notification de la décision, puis déposer la requête", when: .undated)
            }
            if appeal.hasPassed(today) {
                return NextStep(
                    text: "Délai de recours dépassé depuis le \(long(appeal.end)) : consulter un juriste",
                    when: .passed(appeal.end), severity: .passed)
            }
            return NextStep(
                text: "Déposer la requête au tribunal du travail", when: .by(appeal.end),
                severity: TimelineSeverity.forDaysLeft(appeal.daysLeft(today)))
        }
        if let rule = rules.amicableAttempt(), rule.applies, !rule.attempted {
            return courtWhen(text: "Tenter d'abord la médiation (obligatoire pour une demande de "
                + "\(AmountParser.format(cents: Int(rule.threshold * 100))) ou moins), puis saisir le tribunal")
        }
        let step = courtWhen(text: "Envoyer la mise en demeure, puis saisir le tribunal")
        if case .passed(let end) = step.when {
            return NextStep(
                text: "Action peut-être prescrite depuis le \(long(end)) : consulter un avocat", when: .passed(end),
                severity: .passed)
        }
        return step
    }
}
