import Foundation
import Testing

@testable import RecoursCore

private func d(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { TestSupport.date(year, month, day) }

/// The timeline of a dossier on a day (the shipped catalog unless another is given).
private func timeline(
    _ dossier: Dossier, today: CalendarDate = TestSupport.today, catalog: OrganismCatalog = TestSupport.catalog
) -> Timeline {
    Timeline(dossier: dossier, catalog: catalog, today: today)
}

/// The fixtures of the validation tests, with their stage records replaced.
private func belgian(
    decision: String = "", complaint: String = "", answer: String = "", mediation: String = "", outcome: String = "",
    mediator: String = "", stage: EscalationStage = .mediation
) -> Dossier {
    Fixtures.modified(Fixtures.belgian(stage)) {
        $0.dispute.incidentDate = "01/01/2025"
        $0.dispute.decisionDate = decision
        $0.stages.contact?.date = "02/01/2025"
        $0.stages.complaint = ComplaintRecord(date: complaint, mode: .email, answerDate: answer)
        $0.stages.mediation =
            mediation.isEmpty && outcome.isEmpty
            ? nil : MediationRecord(date: mediation, mediatorId: mediator, outcome: outcome)
    }
}

private func french(
    incident: String = "01/01/2025", amount: String = "1 234,56", complaint: String = "", answer: String = "",
    mediation: String = "", outcome: String = "", stage: EscalationStage = .mediation,
    mode: SendingMode = .email
) -> Dossier {
    // By e-mail unless said otherwise: a registered complaint interrupts the prescription (tested on its own).
    Fixtures.modified(Fixtures.french(stage)) {
        $0.dispute.incidentDate = incident
        $0.dispute.amount = amount
        $0.stages.contact?.date = incident
        $0.stages.complaint = ComplaintRecord(date: complaint, mode: mode, answerDate: answer)
        $0.stages.mediation =
            mediation.isEmpty && outcome.isEmpty ? nil : MediationRecord(date: mediation, outcome: outcome)
    }
}

// MARK: - The worked examples of the domain notes

@Suite struct TimelineWorkedExampleTests {
    @Test func tenWorkingDaysAfterFriday18April2025EndOnFriday2May2025() {
        // Complaint to Identités Mutuelle on Friday 18 April 2025 (Easter Monday and 1 May do not count).
        let t = timeline(french(complaint: "18/04/2025", stage: .complaint), today: d(2025, 4, 25))
        let ack = try! #require(t.entry("complaint.acknowledgment"))
        #expect(ack.status == .waiting(until: d(2025, 5, 2)))
        #expect(ack.delay?.phrase == "10 jours ouvrables")
        #expect(ack.detail.contains("pas avant le 2 mai 2025"))  // the delay runs from receipt, which follows
        // The answer, 2 months later: Wednesday 18 June 2025.
        #expect(t.entry("complaint.answer")?.status == .waiting(until: d(2025, 6, 18)))
    }

    @Test func threeMonthsFrom15March2025EndOnSunday15JuneMoveToMonday16JuneByArticle53() {
        let t = timeline(belgian(decision: "15/03/2025", stage: .complaint), today: d(2025, 6, 1))
        let appeal = try! #require(t.entry("court.appeal"))
        #expect(appeal.kind == .limit)
        #expect(appeal.status == .possibleNow(since: d(2025, 3, 15), until: d(2025, 6, 16)))
        #expect(appeal.severity == .urgent)  // 15 days left
        #expect(appeal.situation == "Encore 15 jours.")
        let note = try! #require(appeal.notes.first)
        #expect(note.contains("Le 15 juin 2025 est un dimanche"))
        #expect(note.contains("lundi 16 juin 2025"))
        #expect(note.contains("art. 53"))
        #expect(note.contains("vendredi 13 juin 2025"))
        // Monday 16 June is the last day; the day after, it is too late.
        let lastDay = timeline(belgian(decision: "15/03/2025", stage: .complaint), today: d(2025, 6, 16))
        #expect(lastDay.entry("court.appeal")?.situation == "C'est aujourd'hui le dernier jour.")
        let late = timeline(belgian(decision: "15/03/2025", stage: .complaint), today: d(2025, 6, 17))
        #expect(late.entry("court.appeal")?.status == .tooLate(lastDay: d(2025, 6, 16)))
        #expect(late.entry("court.appeal")?.severity == .passed)
    }

    @Test func aBelgianDeadlineOnAWeekdayHasNoNote() {
        // 8 September + 3 months = Tuesday 8 December 2026.
        let appeal = timeline(belgian(decision: "08/09/2026", stage: .complaint)).entry("court.appeal")
        #expect(appeal?.status == .possibleNow(since: d(2026, 9, 8), until: d(2026, 12, 8)))
        #expect(appeal?.notes == [])
    }

    @Test func aBelgianDeadlineOnAHolidayNamesIt() {
        // 11 August + 3 months = Wednesday 11 November 2026, Armistice → Thursday 12 November (art. 53).
        let appeal = timeline(belgian(decision: "11/08/2026", stage: .complaint), today: d(2026, 11, 1)).entry(
            "court.appeal")
        #expect(appeal?.status.keyDate == d(2026, 11, 12))
        #expect(appeal?.notes.first?.contains("un jour férié (Armistice)") == true)
        #expect(appeal?.notes.first?.contains("jeudi 12 novembre 2026") == true)
    }
}

// MARK: - Answers expected from the fund and the mediator

@Suite struct TimelineAnswerTests {
    @Test func partenamutAcknowledgesIn8AndAnswersIn30CalendarDays() {
        // Complaint on Monday 2 November 2026; today Sunday 22 November.
        let t = timeline(belgian(decision: "01/10/2026", complaint: "02/11/2026", stage: .complaint))
        #expect(t.entry("complaint.acknowledgment")?.status == .elapsed(d(2026, 11, 10)))
        let answer = try! #require(t.entry("complaint.answer"))
        #expect(answer.status == .waiting(until: d(2026, 12, 2)))
        #expect(answer.delay?.source.contains("Mutualités Libres") == true)
        #expect(answer.severity == .none)
    }

    @Test func anAnswerPastItsDelayIsOverdueAndOneReceivedIsDone() {
        let overdue = timeline(belgian(decision: "01/10/2026", complaint: "01/10/2026", stage: .complaint))
        // 30 days from 1 October = Saturday 31 October, moved past the weekend and All Saints' Day to Monday 2 November.
        #expect(overdue.entry("complaint.answer")?.status == .overdue(since: d(2026, 11, 2)))
        #expect(overdue.entry("complaint.answer")?.situation.contains("Sans réponse") == true)
        let answered = timeline(
            belgian(decision: "01/10/2026", complaint: "01/10/2026", answer: "20/10/2026", stage: .complaint))
        #expect(answered.entry("complaint.answer")?.status == .done(d(2026, 10, 20)))
        // Once answered, the acknowledgment no longer matters.
        #expect(answered.entry("complaint.acknowledgment") == nil)
    }

    @Test func caamiAnswersIn30CalendarDaysAndStatesNoAcknowledgmentDelay() {
        var dossier = belgian(decision: "30/09/2026", complaint: "06/10/2026", stage: .complaint)
        dossier.fund.organismId = "caami"
        let t = timeline(dossier)
        #expect(t.entry("complaint.answer")?.status == .overdue(since: d(2026, 11, 5)))
        #expect(t.entry("complaint.answer")?.delay?.phrase == "30 jours calendaires")
        #expect(t.entry("complaint.acknowledgment") == nil)
    }

    @Test func frenchFundsFollowTheACPRRecommendation() {
        // A fund typed by hand gets its route's default delays: ACPR 2024-R-02 (the 2022-R-01's delays).
        let dossier = Fixtures.modified(french(complaint: "02/10/2026", stage: .complaint)) {
            $0.fund = FundChoice(
                organismId: FundChoice.otherId, customName: "Mutuelle des Œillets",
                customAddress: "1 rue A\n75011 Paris")
        }
        let t = timeline(dossier)
        let ack = try! #require(t.entry("complaint.acknowledgment"))
        #expect(ack.delay?.source.hasPrefix("Recommandation ACPR 2024-R-02") == true)
        #expect(ack.status == .elapsed(d(2026, 10, 14)))
        let answer = try! #require(t.entry("complaint.answer"))
        #expect(answer.delay?.phrase == "2 mois")
        // 2 October + 2 months = Wednesday 2 December 2026.
        #expect(answer.status == .waiting(until: d(2026, 12, 2)))
        #expect(answer.title == "Réponse de Mutuelle des Œillets à la réclamation")
    }

    @Test func partenamutMediationAnswersIn21WorkingDays() {
        // Seized Monday 2 November 2026: Mondays to Fridays (a Belgian delay in working days), 11 November
        // excluded → Wednesday 2 December.
        let t = timeline(
            belgian(decision: "01/10/2026", complaint: "05/10/2026", answer: "20/10/2026", mediation: "02/11/2026"))
        #expect(t.entry("mediation")?.status == .done(d(2026, 11, 2)))
        let answer = try! #require(t.entry("mediation.answer"))
        #expect(answer.status == .waiting(until: d(2026, 12, 2)))
        #expect(answer.delay?.phrase == "21 jours ouvrables (du lundi au vendredi)")
        #expect(answer.title == "Réponse du Service Médiation de Partenamut")
    }

    @Test func consumerMediatorsAnswerIn90Days() {
        // MCD seized on 15 April 2026: 90 days = 14 July (Fête nationale) → Wednesday 15 July 2026.
        let t = timeline(french(complaint: "02/02/2026", mediation: "15/04/2026"))
        let answer = try! #require(t.entry("mediation.answer"))
        #expect(answer.delay?.phrase == "90 jours calendaires")
        #expect(answer.status == .overdue(since: d(2026, 7, 15)))
        // R612-5: the 90 days run from the notice that the file is complete; the referral's date is an estimate.
        #expect(answer.detail.contains("dossier complet"))
        #expect(answer.detail.contains("estimation"))
        let done = timeline(french(complaint: "02/02/2026", mediation: "15/04/2026", outcome: "Avis favorable."))
        #expect(done.entry("mediation.answer")?.status == .done(nil))
        #expect(done.entry("mediation.answer")?.situation.contains("« Avis favorable »") == true)
    }

    @Test func theOmbudsmanOfInsurancesAnswersIn90DaysAndTheFederalMediatorStatesNoDelay() {
        var complementary = belgian(
            complaint: "01/09/2026", answer: "15/09/2026", mediation: "01/10/2026", mediator: "ombudsman-assurances")
        complementary.disputeKind = .hospitalisationInsurance
        #expect(timeline(complementary).entry("mediation.answer")?.status == .waiting(until: d(2026, 12, 30)))
        var caami = belgian(
            decision: "30/09/2026", complaint: "06/10/2026", answer: "28/10/2026", mediation: "02/11/2026")
        caami.fund.organismId = "caami"
        #expect(timeline(caami).entry("mediation")?.title == "Saisine du Médiateur fédéral")
        #expect(timeline(caami).entry("mediation.answer") == nil)
    }
}

// MARK: - What can be done next, from when until when

@Suite struct TimelineStepTests {
    @Test func frenchMediationOpensAfterTwoMonthsWithoutAnswer() {
        // Complaint of 1 October 2026, no answer: the fund may answer until Tuesday 1 December, so the mediation opens
        // on 2 December 2026, until 1 October 2027 (one computation: the timeline never says both).
        let t = timeline(french(complaint: "01/10/2026"))
        let window = t.entry("mediation.window")
        #expect(window?.status == .possibleFrom(d(2026, 12, 2), until: d(2027, 10, 1)))
        #expect(t.entry("complaint.answer")?.status.keyDate == d(2026, 12, 1))
        #expect(window?.kind == .step)
        #expect(window?.delay?.phrase == "1 an")
        #expect(window?.title.hasPrefix("Saisir le médiateur (") == true)
    }

    @Test func frenchMediationOpensWithARefusal() {
        let window = timeline(french(complaint: "01/10/2026", answer: "20/10/2026")).entry("mediation.window")
        #expect(window?.status == .possibleNow(since: d(2026, 10, 20), until: d(2027, 10, 1)))
        #expect(window?.severity == .info)
        #expect(window?.situation.contains("La réponse du 20 octobre 2026 ouvre la médiation") == true)
    }

    @Test func frenchMediationClosesOneYearAfterTheComplaint() {
        let close = timeline(french(complaint: "01/12/2025", answer: "15/12/2025")).entry("mediation.window")
        #expect(close?.status == .possibleNow(since: d(2025, 12, 15), until: d(2026, 12, 1)))
        #expect(close?.severity == .urgent)  // 9 days left
        let late = timeline(french(complaint: "01/10/2025", answer: "15/10/2025")).entry("mediation.window")
        #expect(late?.status == .tooLate(lastDay: d(2026, 10, 1)))
        #expect(late?.severity == .passed)
        // Once the mediator is seized, the window is replaced by the referral.
        let seized = timeline(french(complaint: "01/10/2025", answer: "15/10/2025", mediation: "01/09/2026"))
        #expect(seized.entry("mediation.window") == nil)
        #expect(seized.entry("mediation")?.status == .done(d(2026, 9, 1)))
    }

    @Test func belgianMediationHasNoWaitingPeriod() {
        // Answered: possible since the answer, with no last day.
        let answered = timeline(belgian(decision: "01/10/2026", complaint: "05/10/2026", answer: "20/10/2026")).entry(
            "mediation.window")
        #expect(answered?.status == .possibleNow(since: d(2026, 10, 20), until: nil))
        #expect(answered?.detail.contains("ne suspend pas le délai de recours au tribunal du travail") == true)
        // Not answered yet: advised once the answer delay has run out.
        let waiting = timeline(belgian(decision: "01/10/2026", complaint: "10/11/2026")).entry("mediation.window")
        #expect(waiting?.status == .possibleFrom(d(2026, 12, 10), until: nil))
    }

    @Test func noComplaintYetMeansSendIt() {
        let t = timeline(Fixtures.belgian(.complaint))
        #expect(t.entry("complaint.send")?.status == .possibleNow(since: nil, until: nil))
        #expect(t.entry("mediation.window") == nil)
        #expect(t.entry("complaint.answer") == nil)
    }
}

// MARK: - Hard limits

@Suite struct TimelineLimitTests {
    /// The Belgian appeal of a decision notified on `decision`, seen on 22 November 2026.
    func appeal(_ decision: String, _ change: (inout Dossier) -> Void = { _ in }) -> TimelineEntry? {
        timeline(Fixtures.modified(belgian(decision: decision, stage: .complaint), change)).entry("court.appeal")
    }

    @Test(arguments: [
        ("01/11/2026", TimelineSeverity.info),  // last day 1 February 2027: 71 days left
        ("15/10/2026", .soon),  // 15 January 2027: 54 days
        ("01/10/2026", .soon),  // 1 January 2027, a holiday → Monday 4 January: 43 days
        ("10/09/2026", .urgent),  // 10 December 2026: 18 days
        ("25/08/2026", .critical),  // 25 November 2026: 3 days
        ("22/08/2026", .critical),  // Sunday 22 November 2026 → Monday 23 November: 1 day
        ("20/08/2026", .passed),  // Friday 20 November 2026: the day before yesterday
    ])
    func theBelgianAppealWarningGrowsAsTheDeadlineComes(decision: String, severity: TimelineSeverity) {
        #expect(appeal(decision)?.severity == severity, "\(decision)")
    }

    @Test func theBelgianAppealIsNotSuspendedByAComplaintOrAMediation() {
        let plain = appeal("01/10/2026")
        let mediated = timeline(
            belgian(decision: "01/10/2026", complaint: "05/10/2026", answer: "20/10/2026", mediation: "02/11/2026")
        )
        .entry("court.appeal")
        #expect(plain?.status == .possibleNow(since: d(2026, 10, 1), until: d(2027, 1, 4)))
        #expect(mediated?.status == plain?.status)
        #expect(mediated?.detail.contains("ne suspend pas ce délai") == true)
    }

    @Test func theBelgianAppealOnlyConcernsDecisionsOfTheCompulsoryInsurance() {
        #expect(appeal("") == nil)
        var complementary = belgian(decision: "01/10/2026", stage: .complaint)
        complementary.disputeKind = .complementaryInsurance
        #expect(timeline(complementary).entry("court.appeal") == nil)
        #expect(
            timeline(Fixtures.modified(french(stage: .complaint)) { $0.dispute.decisionDate = "01/10/2026" }).entry(
                "court.appeal") == nil)
        // Once the court has decided, the deadline is met.
        let decided = appeal("21/08/2026") { $0.stages.court = CourtRecord(decisionDate: "20/11/2026") }
        #expect(decided?.status == .done(nil))
        #expect(decided?.severity == TimelineSeverity.none)
    }

    @Test func theFrenchPrescriptionRunsTwoYearsFromTheIncident() {
        let t = timeline(french(incident: "20/03/2026", complaint: "02/04/2026"))
        let prescription = try! #require(t.entry("court.prescription"))
        #expect(prescription.kind == .limit)
        #expect(prescription.status == .possibleNow(since: nil, until: d(2028, 3, 20)))
        #expect(prescription.severity == .info)
        #expect(prescription.delay?.source.contains("L221-11") == true)
        // 1 November 2024 + 2 years = Sunday 1 November 2026 (Toussaint) → Monday 2 November: passed.
        let late = timeline(french(incident: "01/11/2024", stage: .complaint)).entry("court.prescription")
        #expect(late?.status == .tooLate(lastDay: d(2026, 11, 2)))
        #expect(late?.severity == .passed)
        // 21 January 2025 + 2 years: 60 days left.
        #expect(
            timeline(french(incident: "21/01/2025", stage: .complaint)).entry("court.prescription")?.severity == .soon)
    }

    @Test func theFrenchPrescriptionIsSuspendedDuringTheMediation() {
        // Incident 20 March 2026, mediator seized 1 June 2026 and no outcome yet: 658 days were left then.
        let t = timeline(
            french(incident: "20/03/2026", complaint: "02/04/2026", answer: "20/04/2026", mediation: "01/06/2026"))
        let prescription = try! #require(t.entry("court.prescription"))
        #expect(prescription.status == .suspended(since: d(2026, 6, 1)))
        #expect(prescription.situation.contains("Il restera 658 jours"))
        // Ended today, the 174 days of mediation would push 20 March 2028 to Sunday 10 September → Monday 11.
        #expect(prescription.situation.contains("lundi 11 septembre 2028"))
        #expect(prescription.detail.contains("Code civil, art. 2238"))
    }

    @Test func aMediationEndedOnAnUnknownDayIsNotCounted() {
        let t = timeline(
            french(
                incident: "01/11/2024", complaint: "02/12/2024", answer: "10/12/2024", mediation: "01/06/2026",
                outcome: "Échec."))
        let prescription = try! #require(t.entry("court.prescription"))
        #expect(prescription.status == .tooLate(lastDay: d(2026, 11, 2)))
        #expect(
            prescription.notes.contains {
                $0.contains("date de sa fin n'est pas notée") && $0.contains("la date la plus proche")
            })
    }

    @Test func onlyFranceSuspendsThePrescription() {
        // Belgian hospitalisation insurance: 3 years (Loi relative aux assurances, art. 88), not suspended.
        var dossier = belgian(
            complaint: "05/02/2025", answer: "01/03/2025", mediation: "01/04/2025", mediator: "ombudsman-assurances")
        dossier.disputeKind = .hospitalisationInsurance
        let prescription = timeline(dossier).entry("court.prescription")
        // 1 January 2028 is a holiday, 2 January a Sunday: Monday 3 January 2028.
        #expect(prescription?.status == .possibleNow(since: nil, until: d(2028, 1, 3)))
        #expect(prescription?.delay?.source.contains("art. 88") == true)
        // Compulsory insurance: the 2-year limit to claim the benefits (art. 174), from the end of the care's month.
        let benefits = timeline(belgian(decision: "01/10/2026")).entry("court.prescription")
        #expect(benefits?.delay?.source.contains("art. 174") == true)
        #expect(benefits?.status == .possibleNow(since: nil, until: d(2027, 2, 1)))
        #expect(benefits?.detail.contains("fin du mois des soins") == true)
        // A medical adviser decides on care or on allowances: both counts are said (art. 174, 3° and 1°).
        var adviser = belgian(decision: "01/10/2026")
        adviser.dispute.subject = .medicalAdviser
        let detail = timeline(adviser).entry("court.prescription")?.detail ?? ""
        #expect(detail.contains("indemnités") && detail.contains("art. 174, 3° et 1°"))
    }

    @Test(arguments: ["1 234,56", "5 000", ""])
    func smallClaimsNeedAPriorAmicableAttempt(amount: String) {
        let entry = timeline(french(amount: amount, complaint: "02/04/2026", answer: "20/04/2026")).entry(
            "court.amicableAttempt")
        #expect(entry?.kind == .condition)
        #expect(entry?.status == .toDo)
        #expect(entry?.detail.contains("Code de procédure civile, art. 750-1") == true)
        #expect(entry?.detail.contains("n'étant pas indiqué") == amount.isEmpty)
    }

    @Test func aMediationIsTheAmicableAttemptAndLargeClaimsNeedNone() {
        let attempted = timeline(french(complaint: "02/04/2026", answer: "20/04/2026", mediation: "01/06/2026")).entry(
            "court.amicableAttempt")
        #expect(attempted?.status == .done(d(2026, 6, 1)))
        #expect(timeline(french(amount: "5 000,01", complaint: "02/04/2026")).entry("court.amicableAttempt") == nil)
        #expect(timeline(belgian(decision: "01/10/2026")).entry("court.amicableAttempt") == nil)
    }
}

// MARK: - The timeline as a whole

@Suite struct TimelineValueTests {
    @Test func entriesAreInDateOrderAndTheSameInputGivesTheSameTimeline() {
        let dossier = french(incident: "20/03/2026", complaint: "02/04/2026")
        let t = timeline(dossier)
        #expect(t == timeline(dossier))
        let dates = t.entries.compactMap(\.status.keyDate)
        #expect(dates == dates.sorted())
        #expect(t.entries.first?.id == "incident")
        // A condition without a date comes last.
        #expect(t.entries.last?.id == "court.amicableAttempt")
        #expect(Set(t.entries.map(\.id)).count == t.entries.count)
    }

    @Test func aDossierWithoutCountryOnlyListsItsDates() {
        var dossier = Fixtures.belgian(.complaint)
        dossier.country = nil
        let t = timeline(dossier)
        #expect(t.route == nil)
        #expect(t.entries.allSatisfy { $0.kind == .event || $0.kind == .step })
        #expect(t.notes.first?.contains("Choisissez le pays") == true)
    }

    @Test func everyDelayShownNamesItsSource() {
        for dossier in [
            french(complaint: "02/04/2026", mediation: "15/06/2026"),
            belgian(decision: "01/10/2026", complaint: "05/10/2026", mediation: "02/11/2026"),
        ] {
            for entry in timeline(dossier).entries where entry.delay != nil {
                #expect(entry.delayLine?.contains("source : ") == true)
                #expect(!(entry.delay?.source.isEmpty ?? true), "\(entry.id)")
            }
        }
    }

    @Test func aUserCatalogCorrectsADelay() {
        var catalog = TestSupport.catalog
        let index = try! #require(catalog.organisms.firstIndex { $0.id == "partenamut" })
        catalog.organisms[index].complaints?.delays = [
            Delay(kind: .answer, amount: 15, unit: .calendarDays, source: "Courrier de Partenamut du 1er mars 2026")
        ]
        let t = timeline(belgian(decision: "01/10/2026", complaint: "02/11/2026", stage: .complaint), catalog: catalog)
        #expect(t.entry("complaint.answer")?.status == .overdue(since: d(2026, 11, 17)))
        #expect(t.entry("complaint.answer")?.delayLine?.contains("Courrier de Partenamut du 1er mars 2026") == true)
        // The user's route rules too: a 2-month appeal.
        var rules = catalog
        let route = try! #require(rules.routes.firstIndex { $0.route == .belgiumCompulsory })
        rules.routes[route].delays = [Delay(kind: .courtAppeal, amount: 2, unit: .months, source: "test")]
        #expect(
            timeline(belgian(decision: "01/10/2026"), catalog: rules).entry("court.appeal")?.status.keyDate
                == d(2026, 12, 1))
    }

    @Test func statusPhrasesAreFrench() {
        #expect(
            TimelineStatus.waiting(until: d(2026, 12, 2)).phrase == "attendu au plus tard le mercredi 2 décembre 2026")
        #expect(
            TimelineStatus.possibleFrom(d(2026, 12, 1), until: d(2027, 10, 1)).phrase
                == "possible à partir du mardi 1er décembre 2026 et jusqu'au vendredi 1er octobre 2027")
        #expect(
            TimelineStatus.tooLate(lastDay: d(2026, 10, 1)).phrase
                == "trop tard : le dernier jour était le jeudi 1er octobre 2026")
        #expect(TimelineStatus.possibleNow(since: nil, until: nil).phrase == "possible dès maintenant")
        #expect(TimelineStatus.toDo.shortLabel == "à faire")
    }

    @Test func severityThresholds() {
        #expect(TimelineSeverity.forDaysLeft(-1) == .passed)
        #expect(TimelineSeverity.forDaysLeft(0) == .critical)
        #expect(TimelineSeverity.forDaysLeft(7) == .critical)
        #expect(TimelineSeverity.forDaysLeft(8) == .urgent)
        #expect(TimelineSeverity.forDaysLeft(30) == .urgent)
        #expect(TimelineSeverity.forDaysLeft(31) == .soon)
        #expect(TimelineSeverity.forDaysLeft(60) == .soon)
        #expect(TimelineSeverity.forDaysLeft(61) == .info)
    }
}

// MARK: - The next step, for the list of drafts

@Suite struct NextStepTests {
    func step(_ dossier: Dossier, today: CalendarDate = TestSupport.today) -> NextStep {
        NextStepAdvisor(
            validator: DossierValidator(catalog: TestSupport.catalog, today: today, fileExists: { _ in true })
        )
        .step(for: dossier)
    }

    @Test func sendTheComplaintWhileTheBelgianAppealRuns() {
        let s = step(Fixtures.modified(Fixtures.belgian(.complaint)) { $0.dispute.decisionDate = "08/09/2026" })
        #expect(s.summary == "Envoyer la réclamation écrite (dès maintenant)")
        #expect(
            s.warning?.contains("Recours au tribunal du travail au plus tard le 8 décembre 2026 (encore 16 jours)")
                == true)
        #expect(s.severity == .urgent)
        // Far away, no warning in the list.
        #expect(
            step(Fixtures.modified(Fixtures.belgian(.complaint)) { $0.dispute.decisionDate = "01/11/2026" }).warning
                == nil)
    }

    @Test func waitForTheAnswerThenSeizeTheMediator() {
        let waiting = step(belgian(decision: "01/11/2026", complaint: "02/11/2026", stage: .complaint))
        #expect(waiting.summary == "Attendre la réponse de Partenamut (jusqu'au 2 décembre 2026)")
        #expect(waiting.date == d(2026, 12, 2))
        let overdueFrance = step(french(complaint: "01/09/2026", stage: .complaint))
        // 1 September + 2 months = Sunday 1 November (Toussaint) → Monday 2 November.
        #expect(overdueFrance.text == "Sans réponse depuis le 2 novembre 2026 : saisir le médiateur")
        #expect(overdueFrance.when == .by(d(2027, 9, 1)))
    }

    @Test func frenchMediationNotYetOpen() {
        var dossier = french(complaint: "01/10/2026")
        dossier.stages.mediation = MediationRecord()
        // The validator refuses the referral before 1 December: complete the dossier first.
        #expect(step(dossier).text.hasPrefix("Compléter le dossier"))
        #expect(
            step(dossier, today: d(2026, 12, 5)).summary
                == "Envoyer la demande de médiation (au plus tard le 1er octobre 2027)")
    }

    @Test func theLabourCourtPetitionHasItsLastDay() {
        let s = step(Fixtures.modified(Fixtures.belgian(.court)) { $0.dispute.decisionDate = "01/10/2026" })
        // 1 January 2027 is a holiday: the last day is Monday 4 January (art. 53).
        #expect(s.summary == "Déposer la requête au tribunal du travail (au plus tard le 4 janvier 2027)")
        #expect(s.warning == nil)
        // The limit was Friday 20 November: it passed at the end of that day.
        let late = step(Fixtures.modified(Fixtures.belgian(.court)) { $0.dispute.decisionDate = "20/08/2026" })
        #expect(late.text == "Le délai de recours a pris fin le 20 novembre 2026 au soir : consulter un juriste")
        #expect(late.severity == .passed)
    }

    @Test func onTheAppealsLastDayTheNextStepIsTheCourtWhateverTheStage() {
        // Notified 23 August 2026: Monday 23 November is the last day; the member is still at the mediation.
        let mediation = Fixtures.modified(Fixtures.belgian(.mediation)) { $0.dispute.decisionDate = "23/08/2026" }
        let s = step(mediation, today: d(2026, 11, 23))
        #expect(s.text == "Déposer aujourd'hui, dernier jour, la requête au tribunal du travail")
        #expect(s.severity == .critical)
    }

    @Test func frenchCourtStepComesWithThePrescription() {
        let s = step(Fixtures.french(.court))
        #expect(s.text == "Envoyer la mise en demeure, puis saisir le tribunal")
        // The registered complaint of 1 April 2026 interrupted the prescription: 2 years from it, a Saturday →
        // Monday 3 April 2028.
        #expect(s.when == .by(d(2028, 4, 3)))
        let small = step(Fixtures.modified(Fixtures.french(.court)) { $0.stages.mediation = nil })
        #expect(small.text.hasPrefix("Tenter d'abord la médiation"))
    }

    @Test func anIncompleteDossierKeepsItsWarning() {
        let s = step(
            Fixtures.modified(Fixtures.belgian(.complaint)) {
                $0.dispute.decisionDate = "08/09/2026"
                $0.member.memberNumber = ""
            })
        #expect(s.summary == "Compléter le dossier (1 erreur)")
        #expect(s.warning?.contains("8 décembre 2026") == true)
    }
}

// MARK: - The validator's warnings come from the same computation

@Suite struct ValidatorDeadlineAgreementTests: ValidationChecks {
    @Test(arguments: ["21/08/2026", "22/08/2026", "01/09/2026", "22/09/2026", "23/09/2026", "15/11/2026"])
    func theValidatorAnnouncesTheTimelinesLastDay(decision: String) throws {
        let dossier = Fixtures.modified(Fixtures.belgian(.complaint)) {
            $0.dispute.incidentDate = "01/01/2026"
            $0.dispute.decisionDate = decision
        }
        let end = try #require(timeline(dossier).entry("court.appeal")?.status.keyDate)
        let message = validator.issues(in: dossier, field: .decisionDate).first?.message ?? ""
        #expect(message.contains(InterfaceDates.long(end)), "\(message)")
    }

    @Test func theValidatorGivesTheMovedDayAndTheDayToActBy() {
        // 22 August + 3 months = Sunday 22 November 2026 → Monday 23 November; act by Friday 20 November.
        let dossier = Fixtures.modified(Fixtures.belgian(.complaint)) {
            $0.dispute.incidentDate = "01/01/2026"
            $0.dispute.decisionDate = "22/08/2026"
        }
        let message = validator.issues(in: dossier, field: .decisionDate).first?.message ?? ""
        #expect(message.contains("au plus tard le 23 novembre 2026 ; de préférence d'ici le vendredi 20 novembre 2026"))
    }

    @Test func aMediationInProgressSuspendsTheFrenchPrescription() {
        // Without the mediation, 1 November 2024 + 2 years has passed (Monday 2 November 2026).
        let passed = Fixtures.modified(Fixtures.french(.court)) {
            $0.stages.complaint?.mode = .email  // a registered complaint would have interrupted it
            $0.dispute.incidentDate = "01/11/2024"
            $0.stages.mediation = MediationRecord(date: "01/06/2026")
        }
        // Seized on 1 June 2026 with 154 days left, and still in progress: no warning.
        #expect(validator.issues(in: passed, field: .incidentDate).isEmpty)
        // Seized with 40 days left: once the mediation ends, six months at least are left (Code civil,
        // art. 2238 al. 2), so nothing is urgent; the timeline counts them from today.
        let close = Fixtures.modified(passed) { $0.stages.mediation?.date = "23/09/2026" }
        #expect(validator.issues(in: close, field: .incidentDate).isEmpty)
        let today = validator.today
        let prescription = try! #require(
            DeadlineRules(dossier: close, catalog: validator.catalog, today: today).prescription())
        #expect(prescription.daysLeftAfterMediation(today) == today.days(until: today.adding(months: 6)))
        #expect(
            prescription.end(today, country: .france)
                == DelayCalculator.nextBusinessDay(from: today.adding(months: 6), country: .france))
        // Ended on an unknown day: not counted, and said.
        let ended = Fixtures.modified(passed) { $0.stages.mediation?.outcome = "Échec." }
        let endedMessage = validator.issues(in: ended, field: .incidentDate).first?.message ?? ""
        #expect(endedMessage.contains("peut-être prescrite"))
        #expect(endedMessage.contains("cette suspension n'est pas comptée"))
    }
}

@Suite struct NextStepLateMediationTests {
    @Test func aFrenchMediationWindowThatClosedIsSaidSoEvenAfterAnAnswer() {
        let advisor = NextStepAdvisor(
            validator: DossierValidator(
                catalog: TestSupport.catalog, today: TestSupport.today, fileExists: { _ in true }))
        let step = advisor.step(for: french(complaint: "01/10/2025", answer: "15/10/2025", stage: .complaint))
        #expect(step.text == "Délai de saisine du médiateur dépassé : consulter un conseil juridique")
        #expect(step.when == .passed(d(2026, 10, 1)))
        #expect(step.summary.contains("dernier jour : 1er octobre 2026"))
    }
}

/// A petition recorded as filed ends the appeal's countdown: done in time, or done late (said).
@Suite struct FiledPetitionTests {
    static func filed(_ date: String, mode: SendingChannel = .registryDeposit) -> Dossier {
        Fixtures.modified(Fixtures.belgian(.court)) {
            $0.dispute.decisionDate = "02/10/2026"
            $0.stages.court?.date = date
            $0.stages.court?.mode = mode
        }
    }

    @Test func aPetitionFiledInTimeIsDone() {
        let entry = timeline(Self.filed("10/11/2026")).entry("court.appeal")
        #expect(entry?.status == .done(d(2026, 11, 10)))
        #expect(entry?.severity != .passed)
        // The validator's countdown stops too.
        let validator = DossierValidator(catalog: TestSupport.catalog, today: TestSupport.today)
        let issues = validator.issues(in: Self.filed("10/11/2026"), for: .court)
        #expect(!issues.contains { $0.field == .decisionDate })
    }

    @Test func aLatePetitionIsDoneAndSaidLate() {
        let entry = timeline(Self.filed("10/01/2027"), today: d(2027, 1, 12)).entry("court.appeal")
        #expect(entry?.status == .done(d(2027, 1, 10)))
        #expect(entry?.severity == .passed)
    }

    @Test func aPetitionNotedAsEmailedIsNotFiled() {
        let entry = timeline(Self.filed("10/11/2026", mode: .email)).entry("court.appeal")
        #expect(entry?.status == .possibleNow(since: d(2026, 10, 2), until: d(2027, 1, 4)))
    }
}

/// The Dutch timeline names a service with its article ("aan de Nationale CM-ombudsman"), a proper name without.
@Suite struct DutchMediatorNameTests {
    @Test func aServiceTakesItsArticleInDutch() {
        #expect(
            Texts.$scopedLanguage.withValue(.dutch) { InterfaceGrammar.withArticle("Nationale CM-ombudsman") }
                == "de Nationale CM-ombudsman")
        #expect(
            Texts.$scopedLanguage.withValue(.dutch) { InterfaceGrammar.withArticle("Dienst Klachtenbeheer") }
                == "de Dienst Klachtenbeheer")
        #expect(Texts.$scopedLanguage.withValue(.dutch) { InterfaceGrammar.withArticle("Partenamut") } == "Partenamut")
        #expect(InterfaceGrammar.withArticle("Dienst Klachtenbeheer") == "Dienst Klachtenbeheer")
        let dossier = Fixtures.modified(Fixtures.belgian(.mediation)) {
            $0.fund = FundChoice(organismId: "cm-vlaanderen")
        }
        let details = Texts.$scopedLanguage.withValue(.dutch) {
            timeline(dossier).entries.map(\.detail).joined(separator: " ")
        }
        #expect(details.contains("aan de Nationale CM-ombudsman"))
    }
}
