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
    var route: Route? { rules.route }

    /// "la CAAMI", "Partenamut", or "la mutualité" while no fund is chosen.
    var fund: String {
        let phrase = resolver.fundPhrase(of: dossier).oneLine().trimmed
        return phrase.isEmpty
            ? (country == .belgium
                ? Texts.text("timeline.fund.fallback.belgium") : Texts.text("timeline.fund.fallback.france")) : phrase
    }
    var capitalizedFund: String { French.capitalizedFirst(fund) }

    /// "le Médiateur fédéral", "Médiation Consommation Développement", or "le médiateur".
    var mediator: String {
        resolver.mediator(of: dossier).map { InterfaceGrammar.withArticle($0.interfaceRunningName) }
            ?? Texts.text("timeline.mediator.fallback")
    }
    /// "Service Médiation de Partenamut", "Médiateur fédéral": the mediator's name without article, for a title.
    var mediatorName: String {
        resolver.mediator(of: dossier).map { $0.shortName ?? $0.interfaceName }
            ?? Texts.text("timeline.mediatorName.fallback")
    }

    func long(_ date: CalendarDate) -> String { InterfaceDates.long(date) }
    func day(_ date: CalendarDate) -> String { InterfaceDates.withWeekday(date) }

    static func daysLeftPhrase(_ days: Int) -> String {
        switch days {
        case ..<0: Texts.text("timeline.daysLeft.passed")
        case 0: Texts.text("timeline.daysLeft.lastDay")
        default: Texts.plural("timeline.daysLeft", count: days, String(days))
        }
    }

    mutating func add(_ entry: TimelineEntry) { entries.append(entry) }

    // MARK: Building

    mutating func build() -> Timeline {
        var notes: [String] = []
        addDisputeDates()
        addContact()
        addComplaint()
        if route != nil {
            addMediation()
            addCourt()
            notes.append(Timeline.countingRule(country))
        } else {
            notes.append(Texts.text("timeline.countryMissing"))
        }
        // Date order (what can be done now counts as today, conditions come last); ties keep the order of the stages.
        let ordered = entries.enumerated().sorted { a, b in
            let x = a.element.sortDate(today), y = b.element.sortDate(today)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        return Timeline(
            dossierId: dossier.id, today: today, route: route, entries: ordered, nextStep: nextStep(),
            notes: notes)
    }

    // MARK: Events and answers

    mutating func addDisputeDates() {
        let decision = rules.decisionDate
        if let incident = rules.incidentDate, incident != decision {
            add(
                TimelineEntry(
                    id: "incident", kind: .event, stage: nil, title: Texts.text("timeline.incident.title"),
                    status: .done(incident)))
        }
        if let decision {
            let reference = dossier.dispute.decisionReference.trimmed.withoutControlCharacters
            let detail =
                route == .belgiumCompulsory
                ? Texts.text("timeline.decision.detail.belgiumCompulsory") : ""
            add(
                TimelineEntry(
                    id: "decision", kind: .event, stage: nil,
                    title: reference.isEmpty
                        ? Texts.text("timeline.decision.title")
                        : Texts.text("timeline.decision.title.reference", reference),
                    status: .done(decision), detail: detail))
        }
    }

    mutating func addContact() {
        guard let date = rules.contactDate else { return }
        let title =
            dossier.stages.contact?.channel.map { Texts.text("timeline.contact.title.channel", $0.phrase) }
            ?? Texts.text("timeline.contact.title")
        add(TimelineEntry(id: "contact", kind: .event, stage: .customerService, title: title, status: .done(date)))
    }

    mutating func addComplaint() {
        guard let sent = rules.complaintDate else {
            add(
                TimelineEntry(
                    id: "complaint.send", kind: .step, stage: .complaint,
                    title: Texts.text("timeline.complaint.send.title", InterfaceGrammar.to(fund)),
                    status: .possibleNow(since: nil, until: nil),
                    detail: Texts.text("timeline.complaint.send.detail", InterfaceGrammar.of(fund))))
            return
        }
        let title =
            dossier.stages.complaint?.mode.map { Texts.text("timeline.complaint.title.mode", $0.phrase) }
            ?? Texts.text("timeline.complaint.title")
        add(TimelineEntry(id: "complaint", kind: .event, stage: .complaint, title: title, status: .done(sent)))

        if let ack = rules.complaintAnswer(.acknowledgment), !ack.isAnswered {
            let end = ack.deadline.end
            let passed = ack.deadline.hasPassed(today)
            add(
                TimelineEntry(
                    id: "complaint.acknowledgment", kind: .answer, stage: .complaint,
                    title: Texts.text("timeline.complaint.acknowledgment.title"),
                    status: passed ? .elapsed(end) : .waiting(until: end),
                    detail: Texts.text(
                        "timeline.complaint.acknowledgment.detail",
                        capitalizedFund, ack.deadline.delay.phrase, long(sent), long(end)),
                    situation: passed ? Texts.text("timeline.complaint.acknowledgment.elapsed") : "",
                    delay: ack.deadline.delay))
        }
        if let answer = rules.complaintAnswer() {
            let end = answer.deadline.end
            let status: TimelineStatus
            var situation = ""
            var severity = TimelineSeverity.none
            if let answered = answer.answeredOn {
                status = .done(answered)
                situation = Texts.text("timeline.complaint.answer.received", long(answered))
            } else if answer.isOverdue(today) {
                status = .overdue(since: end)
                severity = .info
                situation = Texts.text("timeline.complaint.answer.overdue")
            } else {
                status = .waiting(until: end)
            }
            add(
                TimelineEntry(
                    id: "complaint.answer", kind: .answer, stage: .complaint,
                    title: Texts.text("timeline.complaint.answer.title", InterfaceGrammar.of(fund)),
                    status: status,
                    detail: Texts.text(
                        "timeline.complaint.answer.detail",
                        capitalizedFund, answer.deadline.delay.phrase, long(sent), long(end)),
                    situation: situation, delay: answer.deadline.delay, severity: severity))
        }
    }

    // MARK: Mediation

    mutating func addMediation() {
        guard let sent = rules.complaintDate else { return }
        if let seized = rules.mediationDate {
            let reference = dossier.stages.mediation?.reference.trimmed.withoutControlCharacters ?? ""
            add(
                TimelineEntry(
                    id: "mediation", kind: .event, stage: .mediation,
                    title: reference.isEmpty
                        ? Texts.text("timeline.mediation.title", InterfaceGrammar.of(mediator))
                        : Texts.text("timeline.mediation.title.reference", InterfaceGrammar.of(mediator), reference),
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
        let detail = Texts.text(
            "timeline.mediation.window.detail",
            window.wait.phrase, long(window.complaintSent), window.wait.interfaceSource, limit.delay.phrase,
            long(limit.end))
        let status: TimelineStatus
        let severity: TimelineSeverity
        let situation: String
        if limit.hasPassed(today) {
            status = .tooLate(lastDay: limit.end)
            severity = .passed
            situation = Texts.text("timeline.mediation.window.tooLate")
        } else if today < window.opensOn {
            status = .possibleFrom(window.opensOn, until: limit.end)
            severity = .info
            situation = Texts.text("timeline.mediation.window.opensOn", long(window.opensOn))
        } else {
            status = .possibleNow(since: window.opensOn, until: limit.end)
            let left = limit.daysLeft(today)
            severity = max(.info, TimelineSeverity.forDaysLeft(left))
            if let answered = window.answeredOn, answered <= window.waitEnd {
                situation = Texts.text(
                    "timeline.mediation.window.answered", long(answered), Self.daysLeftSentence(left))
            } else {
                situation = Texts.text(
                    "timeline.mediation.window.unanswered",
                    window.wait.phrase, Self.daysLeftSentence(left))
            }
        }
        add(
            TimelineEntry(
                id: "mediation.window", kind: .step, stage: .mediation,
                title: Texts.text("timeline.mediation.window.title", mediatorName), status: status, detail: detail,
                situation: situation, delay: limit.delay, severity: severity))
    }

    mutating func addBelgianMediationStep(sent: CalendarDate) {
        let answer = rules.complaintAnswer()
        let opens = answer?.answeredOn ?? answer?.deadline.end ?? sent
        var detail =
            answer == nil || answer?.answeredOn != nil
            ? Texts.text("timeline.mediation.belgium.detail", mediator)
            : Texts.text("timeline.mediation.belgium.detail.opensOn", mediator, long(opens))
        if route == .belgiumCompulsory {
            detail += " " + Texts.text("timeline.mediation.belgium.noSuspension")
        }
        add(
            TimelineEntry(
                id: "mediation.window", kind: .step, stage: .mediation,
                title: Texts.text("timeline.mediation.window.title", mediatorName),
                status: today < opens ? .possibleFrom(opens, until: nil) : .possibleNow(since: opens, until: nil),
                detail: detail))
    }

    mutating func addMediatorAnswer(seized: CalendarDate) {
        let outcome = rules.mediationOutcome?.withoutControlCharacters
        let title = Texts.text("timeline.mediation.answer.title", InterfaceGrammar.of(mediator))
        let outcomeSentence =
            outcome.map { Texts.text("timeline.mediation.answer.outcome", InterfaceGrammar.quoted($0)) } ?? ""
        guard let answer = rules.mediatorAnswer() else {
            if outcome != nil {
                add(
                    TimelineEntry(
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
            situation = Texts.text("timeline.mediation.answer.overdue")
        } else {
            status = .waiting(until: end)
        }
        add(
            TimelineEntry(
                id: "mediation.answer", kind: .answer, stage: .mediation, title: title, status: status,
                // A French consumer mediator's 90 days run from the notice that the file is complete (R612-5): the
                // referral's date gives an estimate only.
                detail: Texts.text(
                    route?.isFrance == true
                        ? "timeline.mediation.answer.detail.france" : "timeline.mediation.answer.detail",
                    French.capitalizedFirst(mediator), answer.deadline.delay.phrase, long(seized), long(end)),
                situation: situation, delay: answer.deadline.delay, severity: severity))
    }

    // MARK: Court and hard limits

    mutating func addCourt() {
        addCourtAppeal()
        addPrescription()
        addAmicableAttempt()
        if let decided = rules.courtDecisionDate {
            add(
                TimelineEntry(
                    id: "court.decision", kind: .event, stage: .court,
                    title: Texts.text("timeline.court.decision.title"),
                    status: .done(decided)))
        }
    }

    /// "Encore 16 jours.", "C'est aujourd'hui le dernier jour."
    static func daysLeftSentence(_ days: Int) -> String {
        French.capitalizedFirst(daysLeftPhrase(days)) + "."
    }

    mutating func addCourtAppeal() {
        guard let appeal = rules.courtAppeal() else { return }
        let title = Texts.text("timeline.court.appeal.title")
        if rules.courtHasDecided {
            add(
                TimelineEntry(
                    id: "court.appeal", kind: .limit, stage: .court, title: title, status: .done(nil),
                    situation: Texts.text("timeline.court.appeal.decided"), delay: appeal.delay))
            return
        }
        let detail = Texts.text(
            "timeline.court.appeal.detail", appeal.delay.phrase, long(appeal.start), day(appeal.end))
        if let filed = rules.petitionFiledOn {
            // Filed: the appeal is done, in time or not (a late petition is said, not hidden).
            let late = filed > appeal.end
            add(
                TimelineEntry(
                    id: "court.appeal", kind: .limit, stage: .court, title: title, status: .done(filed),
                    detail: detail,
                    situation: late
                        ? Texts.text("timeline.court.appeal.filedLate", long(filed), day(appeal.end))
                        : Texts.text("timeline.court.appeal.filed", long(filed)),
                    delay: appeal.delay, severity: late ? .passed : .info))
            return
        }
        let left = appeal.daysLeft(today)
        let status: TimelineStatus
        let situation: String
        if left < 0 {
            status = .tooLate(lastDay: appeal.end)
            situation = Texts.text("timeline.court.appeal.tooLate")
        } else {
            status = .possibleNow(since: appeal.start, until: appeal.end)
            situation = Self.daysLeftSentence(left)
        }
        add(
            TimelineEntry(
                id: "court.appeal", kind: .limit, stage: .court, title: title, status: status, detail: detail,
                situation: situation, delay: appeal.delay, severity: TimelineSeverity.forDaysLeft(left),
                notes: appealNotes(appeal)))
    }

    /// The move past a weekend, and — when the member says the decision lacks the appeal's mentions — that the
    /// 3 months may not have started (Charte de l'assuré social, art. 14).
    func appealNotes(_ appeal: Deadline) -> [String] {
        var notes = appeal.movedNote.map { [$0] } ?? []
        switch dossier.dispute.decisionMentionsAppeal {
        case .no?: notes.append(Texts.text("timeline.court.appeal.noMentions"))
        case .unsure?: notes.append(Texts.text("timeline.court.appeal.unsureMentions"))
        default: break
        }
        return notes
    }

    mutating func addPrescription() {
        guard let prescription = rules.prescription(), !rules.courtHasDecided else { return }
        let deadline = prescription.deadline
        let france = route?.isFrance == true
        let benefits = route == .belgiumCompulsory
        let title =
            france
            ? Texts.text("timeline.court.prescription.title.france", fund)
            : benefits
                ? Texts.text("timeline.court.prescription.title.benefits")
                : Texts.text("timeline.court.prescription.title.contract")
        let end = prescription.end(today, country: country)
        let left = today.days(until: end)
        let delay = deadline.delay.phrase
        let start = long(deadline.start)
        let detail: String
        var notes: [String] = []
        let status: TimelineStatus
        let severity: TimelineSeverity
        let situation: String
        if case .ongoing(let since, _) = prescription.suspension {
            let remaining = prescription.daysLeftAfterMediation(today) ?? left
            status = .suspended(since: since)
            severity = max(.info, TimelineSeverity.forDaysLeft(remaining))
            detail =
                france
                ? Texts.text("timeline.court.prescription.detail.france.suspended", delay, start, long(since), fund)
                : Texts.text("timeline.court.prescription.detail.contract.suspended", delay, start, long(since))
            situation =
                Texts.plural("timeline.court.prescription.suspended", count: remaining, String(remaining), day(end))
        } else {
            var lastDay =
                france
                ? Texts.text("timeline.court.prescription.detail.france", delay, start, day(end), fund)
                : benefits
                    // Art. 174: care is claimed from the end of the month it was given (3°), allowances from the
                    // end of the month they are for (1°); a medical adviser decides on either (an incapacity, a
                    // prior approval), so both are said.
                    ? (dossier.dispute.subject == .medicalAdviser
                        ? Texts.text("timeline.court.prescription.detail.careOrAllowances", delay, start, day(end))
                        : Texts.text("timeline.court.prescription.detail.benefits", delay, start, day(end)))
                    : Texts.text("timeline.court.prescription.detail.contract", delay, start, day(end))
            if prescription.interruptedOn != nil {
                lastDay = Texts.text("timeline.court.prescription.detail.interrupted", delay, start, day(end))
            } else if rules.rules?.prescriptionInterruption != nil {
                lastDay += " " + Texts.text("timeline.court.prescription.interruptible")
            }
            if case .endedOnUnknownDate(let since) = prescription.suspension {
                notes.append(Texts.text("timeline.court.prescription.unknownEnd", long(since)))
                detail = lastDay
            } else if france {
                detail = lastDay + " " + Texts.text("timeline.court.prescription.detail.mediationSuspends")
            } else {
                detail = lastDay
            }
            if let note = deadline.movedNote { notes.append(note) }
            if left < 0 {
                status = .tooLate(lastDay: end)
                situation = Texts.text("timeline.court.prescription.tooLate")
            } else {
                status = .possibleNow(since: nil, until: end)
                situation = Self.daysLeftSentence(left)
            }
            severity = max(.info, TimelineSeverity.forDaysLeft(left))
        }
        add(
            TimelineEntry(
                id: "court.prescription", kind: .limit, stage: .court, title: title, status: status, detail: detail,
                situation: situation, delay: deadline.delay, severity: severity, notes: notes))
    }

    mutating func addAmicableAttempt() {
        guard let rule = rules.amicableAttempt(), rule.applies else { return }
        let threshold = AmountParser.format(cents: Int(rule.threshold * 100))
        var detail = Texts.text("timeline.court.amicableAttempt.detail", threshold, rule.source)
        if rule.amount == nil {
            detail += " " + Texts.text("timeline.court.amicableAttempt.noAmount")
        }
        add(
            TimelineEntry(
                id: "court.amicableAttempt", kind: .condition, stage: .court,
                title: Texts.text("timeline.court.amicableAttempt.title", threshold),
                status: rule.attempted ? .done(rule.attemptedOn) : .toDo, detail: detail,
                situation: !rule.attempted
                    ? ""
                    : rule.attemptedOn.map { Texts.text("timeline.court.amicableAttempt.doneOn", long($0)) }
                        ?? Texts.text("timeline.court.amicableAttempt.done"),
                severity: rule.attempted ? .none : .info))
    }

    // MARK: Next step

    func nextStep() -> NextStep {
        // On the appeal's last day nothing else matters: the next step is the petition, whatever the stage.
        if dossier.currentStage < .court, !rules.courtHasDecided, let appeal = rules.courtAppeal(),
            appeal.daysLeft(today) == 0
        {
            return NextStep(
                text: Texts.text("timeline.next.fileAppealToday"), when: .by(appeal.end), severity: .critical)
        }
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
            let text =
                left < 0
                ? Texts.text("timeline.limit.appeal.passed", long(end))
                : Texts.text("timeline.limit.appeal.close", long(end), Self.daysLeftPhrase(left))
            return (text, appeal.severity)
        }
        if let prescription = entries.first(where: { $0.id == "court.prescription" }), prescription.severity >= .soon {
            switch prescription.status {
            case .tooLate(let end):
                return (Texts.text("timeline.limit.prescription.passed", long(end)), .passed)
            case .possibleNow(_, let end?):
                let left = today.days(until: end)
                return (
                    Texts.text("timeline.limit.prescription.close", long(end), Self.daysLeftPhrase(left)),
                    prescription.severity
                )
            case .suspended:
                return (Texts.text("timeline.limit.prescription.suspended"), prescription.severity)
            default:
                return nil
            }
        }
        return nil
    }

    func currentStep() -> NextStep {
        switch dossier.currentStage {
        case .customerService:
            return NextStep(text: Texts.text("timeline.next.contact"), when: .now)
        case .complaint:
            return complaintStep()
        case .mediation:
            return mediationStep()
        case .court:
            return courtStep()
        }
    }

    func complaintStep() -> NextStep {
        guard rules.complaintDate != nil else {
            return NextStep(text: Texts.text("timeline.next.sendComplaint"), when: .now)
        }
        let window = rules.mediationWindow()
        if let window, window.limit.hasPassed(today) {
            return NextStep(
                text: Texts.text("timeline.next.mediationTooLate"),
                when: .passed(window.limit.end), severity: .passed)
        }
        let mediationWhen: NextStep.When = window.map { .by($0.limit.end) } ?? .now
        if rules.complaintAnswerDate != nil {
            return NextStep(text: Texts.text("timeline.next.answerReceived"), when: mediationWhen)
        }
        guard let answer = rules.complaintAnswer() else {
            return NextStep(text: Texts.text("timeline.next.awaitComplaintAnswer"), when: .undated)
        }
        let end = answer.deadline.end
        guard answer.isOverdue(today) else {
            return NextStep(
                text: Texts.text("timeline.next.awaitFundAnswer", InterfaceGrammar.of(fund)), when: .waitUntil(end))
        }
        if let window, today < window.opensOn {
            return NextStep(
                text: Texts.text("timeline.next.unanswered", long(end)),
                when: .between(window.opensOn, window.limit.end))
        }
        return NextStep(text: Texts.text("timeline.next.unanswered", long(end)), when: mediationWhen)
    }

    func mediationStep() -> NextStep {
        guard rules.mediationDate != nil else {
            guard let window = rules.mediationWindow() else {
                return NextStep(
                    text: Texts.text("timeline.next.sendMediation"), when: rules.complaintDate == nil ? .undated : .now)
            }
            if window.limit.hasPassed(today) {
                return NextStep(
                    text: Texts.text("timeline.next.mediationTooLate"),
                    when: .passed(window.limit.end), severity: .passed)
            }
            let severity = TimelineSeverity.forDaysLeft(window.limit.daysLeft(today))
            return today < window.opensOn
                ? NextStep(
                    text: Texts.text("timeline.next.sendMediation"), when: .between(window.opensOn, window.limit.end))
                : NextStep(
                    text: Texts.text("timeline.next.sendMediation"), when: .by(window.limit.end), severity: severity)
        }
        if rules.mediationOutcome != nil {
            return courtWhen(text: Texts.text("timeline.next.mediationDone"))
        }
        if let answer = rules.mediatorAnswer() {
            let end = answer.deadline.end
            return answer.isOverdue(today)
                ? NextStep(text: Texts.text("timeline.next.remindMediator", long(end)), when: .now)
                : NextStep(text: Texts.text("timeline.next.awaitMediator"), when: .waitUntil(end))
        }
        return NextStep(text: Texts.text("timeline.next.awaitMediator"), when: .undated)
    }

    /// An action in court, with the date of the limit that applies.
    func courtWhen(text: String) -> NextStep {
        if let appeal = entries.first(where: { $0.id == "court.appeal" })
            ?? entries.first(where: { $0.id == "court.prescription" })
        {
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
            return NextStep(text: Texts.text("timeline.next.judgment"), when: .undated)
        }
        if let sent = dossier.sendingDate(of: .court), sent <= today {
            let key =
                route?.goesToLabourCourt == true ? "timeline.next.petitionFiled" : "timeline.next.formalNoticeSent"
            return NextStep(text: Texts.text(key, long(sent)), when: .undated)
        }
        if route == .belgiumCompulsory {
            guard let appeal = rules.courtAppeal() else {
                return NextStep(text: Texts.text("timeline.next.decisionDateMissing"), when: .undated)
            }
            if appeal.hasPassed(today) {
                return NextStep(
                    text: Texts.text("timeline.next.appealPassed", long(appeal.end)),
                    when: .passed(appeal.end), severity: .passed)
            }
            return NextStep(
                text: Texts.text("timeline.next.fileAppeal"), when: .by(appeal.end),
                severity: TimelineSeverity.forDaysLeft(appeal.daysLeft(today)))
        }
        if let rule = rules.amicableAttempt(), rule.applies, !rule.attempted {
            return courtWhen(
                text: Texts.text("timeline.next.amicableFirst", AmountParser.format(cents: Int(rule.threshold * 100))))
        }
        let step = courtWhen(text: Texts.text("timeline.next.formalNotice"))
        if case .passed(let end) = step.when {
            return NextStep(
                text: Texts.text("timeline.next.prescribed", long(end)), when: .passed(end),
                severity: .passed)
        }
        return step
    }
}
