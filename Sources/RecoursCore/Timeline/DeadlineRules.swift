/// One delay applied to one date: its legal last day and, when the count falls on a Saturday, Sunday or holiday
/// and the deadline moves past it (France: CPC art. 642; Belgium: Code judiciaire art. 53), the day to act by.
public struct Deadline: Sendable, Equatable {
    public var delay: Delay
    /// The event the delay counts from (counting starts the day after, or the end of its month for some delays).
    public var start: CalendarDate
    /// The legal last day, moved past a Saturday, Sunday or holiday.
    public var end: CalendarDate
    /// The day the count itself falls on, when it is a Saturday, Sunday or holiday (and `end` is later).
    public var fallsOn: CalendarDate?
    /// The last working day before `fallsOn`: acting by then leaves no doubt, and the offices are open.
    public var actBy: CalendarDate?
    public var country: Country

    public init(delay: Delay, start: CalendarDate, country: Country) {
        self.delay = delay
        self.start = start
        self.country = country
        let raw = DelayCalculator.rawEnd(of: delay, from: start, country: country)
        self.end = DelayCalculator.nextBusinessDay(from: raw, country: country)
        if end != raw {
            fallsOn = raw
            actBy = DelayCalculator.previousBusinessDay(before: raw, country: country)
        }
    }

    /// Days from `today` to the last day: 0 on the last day itself, negative once it has passed.
    public func daysLeft(_ today: CalendarDate) -> Int { today.days(until: end) }

    public func hasPassed(_ today: CalendarDate) -> Bool { today > end }

    /// "un dimanche", "un samedi", "un jour férié (Noël)" when the count falls on one.
    public var fallsOnDay: String? {
        guard let fallsOn else { return nil }
        if let holiday = PublicHolidays.holidays(year: fallsOn.year, country: country).first(where: {
            $0.date == fallsOn
        }) {
            return Texts.text("timeline.endDay.holiday", holiday.name)
        }
        return fallsOn.weekday == 7 ? Texts.text("timeline.endDay.sunday") : Texts.text("timeline.endDay.saturday")
    }

    /// Why the last day is later than the count, and the day to act by.
    public var movedNote: String? {
        guard let fallsOn, let actBy, let what = fallsOnDay else { return nil }
        return Texts.text(
            country == .belgium ? "timeline.moved.belgium" : "timeline.moved.france",
            InterfaceDates.long(fallsOn), what, InterfaceDates.withWeekday(end), InterfaceDates.withWeekday(actBy)
        )
    }
}

/// What the fund or the mediator owes: an answer within a delay, and whether it came.
public struct ExpectedAnswer: Sendable, Equatable {
    public var deadline: Deadline
    /// When the answer came (nil: not yet, or not recorded).
    public var answeredOn: CalendarDate?
    /// An outcome is recorded without a date (mediation).
    public var answeredWithoutDate: Bool

    public var isAnswered: Bool { answeredOn != nil || answeredWithoutDate }

    public func isOverdue(_ today: CalendarDate) -> Bool { !isAnswered && deadline.hasPassed(today) }
}

/// France: the window in which the médiateur de la consommation may be seized (Code de la consommation, L612-2).
public struct MediationWindow: Sendable, Equatable {
    public var complaintSent: CalendarDate
    /// The wait without answer (2 months), counted from the complaint.
    public var wait: Delay
    /// The last day of waiting: the wait's legal last day, and never before the fund's own answer deadline.
    public var waitEnd: CalendarDate
    /// The fund's answer, which opens the window at once.
    public var answeredOn: CalendarDate?
    /// The last day to seize the mediator (1 year after the complaint).
    public var limit: Deadline

    /// The first day the mediator may be seized: the answer, or the day after the last day of waiting.
    public var opensOn: CalendarDate { min(answeredOn ?? waitEnd.adding(days: 1), waitEnd.adding(days: 1)) }

    public func isOpen(_ today: CalendarDate) -> Bool { today >= opensOn && !limit.hasPassed(today) }
}

/// The prescription of a claim, with the French suspension during a consumer mediation (Code civil, art. 2238).
public struct Prescription: Sendable, Equatable {
    public enum Suspension: Sendable, Equatable {
        /// No mediation, or none that can suspend this prescription.
        case none
        /// A mediation is in progress: the prescription is suspended since `since`, with `daysLeft` days left when it stopped.
        case ongoing(since: CalendarDate, daysLeft: Int)
        /// A mediation took place and its outcome is recorded, but not the day it ended: the suspension is not counted.
        case endedOnUnknownDate(since: CalendarDate)
    }

    /// The prescription counted from the incident (or from the registered complaint that interrupted it), without
    /// suspension.
    public var deadline: Deadline
    /// The registered complaint that interrupted the prescription, which runs again in full from it.
    public var interruptedOn: CalendarDate?
    public var suspension: Suspension
    /// Whether the country's law suspends it during mediation (France).
    public var suspendsDuringMediation: Bool

    /// The last day to act: without suspension (also when a mediation ended on an unknown day: the earlier date),
    /// or — while a mediation is in progress — the last day if the mediation ended today. Code civil, art. 2238
    /// al. 2: once the mediation ends, the prescription runs again for what was left of it, and for no less than
    /// six months.
    public func end(_ today: CalendarDate, country: Country) -> CalendarDate {
        guard case .ongoing(let since, _) = suspension else { return deadline.end }
        let suspended = max(0, since.days(until: today))
        let raw = DelayCalculator.rawEnd(of: deadline.delay, from: deadline.start, country: country).adding(
            days: suspended)
        let floor = today.adding(months: Self.minimumMonthsAfterMediation)
        return DelayCalculator.nextBusinessDay(from: max(raw, floor), country: country)
    }

    /// Code civil, art. 2238 al. 2: what is left after a mediation is never less than six months.
    public static let minimumMonthsAfterMediation = 6

    /// While a mediation is in progress: the days left to act once it ends — what was left when it began, and
    /// six months at least.
    public func daysLeftAfterMediation(_ today: CalendarDate) -> Int? {
        guard case .ongoing(_, let daysLeft) = suspension else { return nil }
        return max(daysLeft, today.days(until: today.adding(months: Self.minimumMonthsAfterMediation)))
    }

    public func isSuspended() -> Bool {
        if case .ongoing = suspension { return true }
        return false
    }
}

/// France: a court claim of this amount or less needs a prior amicable attempt (CPC art. 750-1).
public struct AmicableAttempt: Sendable, Equatable {
    public var threshold: Double
    public var source: String
    /// The amount claimed, when it can be read.
    public var amount: Double?
    /// True when the rule applies: amount at or under the threshold, or not known.
    public var applies: Bool
    /// A mediation has been (or is being) tried: its date text is filled in.
    public var attempted: Bool
    public var attemptedOn: CalendarDate?
}

/// The deadlines of one dossier, computed from its dates, the catalog and the country's calendar.
/// The single place where Recours counts them: the timeline, the validator's warnings, the next step
/// and the letters all read from here.
///
/// Dates that cannot be read or lie after `today` are left out (the validator reports them).
public struct DeadlineRules: Sendable {
    public let dossier: Dossier
    public let catalog: OrganismCatalog
    public let today: CalendarDate
    public let resolver: RecipientResolver

    public init(dossier: Dossier, catalog: OrganismCatalog, today: CalendarDate) {
        self.dossier = dossier
        self.catalog = catalog
        self.today = today
        self.resolver = RecipientResolver(catalog: catalog)
    }

    /// The country whose calendar counts the days (Belgium until one is chosen, as elsewhere in Recours).
    public var country: Country { dossier.country ?? .belgium }
    public var route: Route? { catalog.route(of: dossier) }
    public var rules: RouteRules? { route.flatMap { catalog.rules(for: $0) } }

    /// A date typed in the dossier, when it is a real date not after today.
    public func date(_ text: String) -> CalendarDate? {
        guard let date = DateParser.date(text), date <= today else { return nil }
        return date
    }

    // MARK: The dossier's dates

    public var incidentDate: CalendarDate? { date(dossier.dispute.incidentDate) }
    public var decisionDate: CalendarDate? { date(dossier.dispute.decisionDate) }
    public var contactDate: CalendarDate? { dossier.stages.contact.flatMap { date($0.date) } }
    public var complaintDate: CalendarDate? { dossier.stages.complaint.flatMap { date($0.date) } }
    public var complaintAnswerDate: CalendarDate? { dossier.stages.complaint.flatMap { date($0.answerDate) } }
    public var mediationDate: CalendarDate? { dossier.stages.mediation.flatMap { date($0.date) } }
    public var mediationOutcome: String? {
        let text = dossier.stages.mediation?.outcome.trimmed ?? ""
        return text.isEmpty ? nil : text
    }
    public var courtDecisionDate: CalendarDate? { dossier.stages.court.flatMap { date($0.decisionDate) } }

    /// A delay of the route, else the given default (kept for a user catalog that leaves one out).
    func routeDelay(_ kind: DelayKind, default fallback: Delay) -> Delay {
        rules?.delay(kind) ?? fallback
    }

    // MARK: Answers owed to the member

    /// The fund's acknowledgment or answer to the written complaint.
    public func complaintAnswer(_ kind: DelayKind = .answer) -> ExpectedAnswer? {
        guard let sent = complaintDate,
            let delay = resolver.recipient(for: dossier, stage: .complaint)?.delay(kind)
        else { return nil }
        return ExpectedAnswer(
            deadline: Deadline(delay: delay, start: sent, country: country), answeredOn: complaintAnswerDate,
            answeredWithoutDate: false)
    }

    /// The mediator's answer or opinion, when the mediator states a delay.
    public func mediatorAnswer() -> ExpectedAnswer? {
        guard let seized = mediationDate, let delay = resolver.mediator(of: dossier)?.contact.delay(.answer) else {
            return nil
        }
        return ExpectedAnswer(
            deadline: Deadline(delay: delay, start: seized, country: country), answeredOn: nil,
            answeredWithoutDate: mediationOutcome != nil)
    }

    // MARK: Next steps and hard limits

    /// France: when the médiateur de la consommation may be seized.
    public func mediationWindow() -> MediationWindow? {
        guard route?.isFrance == true, let sent = complaintDate else { return nil }
        let wait = routeDelay(
            .mediationWait,
            default: Delay(
                kind: .mediationWait, amount: 2, unit: .months, source: Texts.text("source.consumerCode.L612-2")))
        let window = routeDelay(
            .mediationWindow,
            default: Delay(
                kind: .mediationWindow, amount: 1, unit: .years, source: Texts.text("source.consumerCode.L612-2")))
        // One computation for the wait and the fund's own answer: the mediation opens the day after both.
        let waitEnd = max(
            Deadline(delay: wait, start: sent, country: .france).end, complaintAnswer()?.deadline.end ?? sent)
        return MediationWindow(
            complaintSent: sent, wait: wait, waitEnd: waitEnd, answeredOn: complaintAnswerDate,
            limit: Deadline(delay: window, start: sent, country: .france))
    }

    /// Belgium, decision of the compulsory insurance: the 3-month appeal to the tribunal du travail,
    /// which neither a complaint nor a mediation suspends.
    public func courtAppeal() -> Deadline? {
        guard route == .belgiumCompulsory, let notified = decisionDate else { return nil }
        let delay = routeDelay(
            .courtAppeal,
            default: Delay(
                kind: .courtAppeal, amount: 3, unit: .months, source: Texts.text("source.socialInsuredCharter")))
        return Deadline(delay: delay, start: notified, country: .belgium)
    }

    /// The court has decided: the appeal deadline no longer matters.
    public var courtHasDecided: Bool { !(dossier.stages.court?.decisionDate.trimmed.isEmpty ?? true) }

    /// The day the petition to the labour court was filed, as recorded (not after today); nil before, and for a
    /// petition noted as sent online, which does not seize the court (art. 704 § 2).
    public var petitionFiledOn: CalendarDate? {
        guard route?.goesToLabourCourt == true, let court = dossier.stages.court,
            court.mode != .email, court.mode != .onlineForm,
            let filed = dossier.sendingDate(of: .court), filed <= today
        else { return nil }
        return filed
    }

    /// The prescription of the claim, counted from the incident, when the route has one (France: 2 years;
    /// Belgium: 2 years from the end of the month of the care for the compulsory insurance, 3 years for an
    /// insurance contract). A complaint sent by registered letter interrupts it where the route says so: it runs
    /// again in full from the complaint. Only France suspends it during mediation (Code civil, art. 2238).
    public func prescription() -> Prescription? {
        guard let route, let incident = incidentDate,
            let delay = rules?.delay(.prescription)
                ?? (route.isFrance
                    ? Delay(
                        kind: .prescription, amount: 2, unit: .years, source: Texts.text("source.mutualityCode.L221-11")
                    )
                    : nil)
        else { return nil }
        var counted = delay
        var start = incident
        var interruptedOn: CalendarDate?
        if rules?.prescriptionInterruption != nil, dossier.stages.complaint?.mode == .registeredLetter,
            let sent = complaintDate, sent >= incident,
            sent <= Deadline(delay: delay, start: incident, country: route.country).end
        {
            // The interrupted delay starts again from the complaint, counted from that day (not its month's end).
            counted.fromEndOfMonth = nil
            start = sent
            interruptedOn = sent
        }
        let deadline = Deadline(delay: counted, start: start, country: route.country)
        let suspends = route.isFrance
        var suspension = Prescription.Suspension.none
        if suspends, let seized = mediationDate, seized <= deadline.end {
            if mediationOutcome == nil {
                suspension = .ongoing(since: seized, daysLeft: seized.days(until: deadline.end))
            } else {
                suspension = .endedOnUnknownDate(since: seized)
            }
        }
        return Prescription(
            deadline: deadline, interruptedOn: interruptedOn, suspension: suspension,
            suspendsDuringMediation: suspends)
    }

    /// France: the article the prescription of the claim comes from, by kind of organism.
    public func prescriptionArticle() -> String? {
        switch route {
        case .franceMutuelle?: Texts.text("source.prescription.franceMutuelle")
        case .franceInsurer?: Texts.text("source.prescription.franceInsurer")
        case .franceProvident?: Texts.text("source.prescription.franceProvident")
        default: nil
        }
    }

    /// France: the prior amicable attempt a small claim needs before the court.
    public func amicableAttempt() -> AmicableAttempt? {
        guard route?.isFrance == true else { return nil }
        let threshold = rules?.amicableAttemptThreshold ?? 5000
        let amount = AmountParser.cents(dossier.dispute.amount).map { Double($0) / 100 }
        let text = dossier.stages.mediation?.date.trimmed ?? ""
        return AmicableAttempt(
            threshold: threshold, source: rules?.amicableAttemptSource ?? Texts.text("source.civilProcedureCode.750-1"),
            amount: amount, applies: amount.map { $0 <= threshold } ?? true, attempted: !text.isEmpty,
            attemptedOn: mediationDate)
    }
}
