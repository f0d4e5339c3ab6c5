/// How close a date is to costing the member a right: the warning grows as a hard limit comes close.
public enum TimelineSeverity: Int, Sendable, Comparable, CaseIterable, Codable {
    /// Done, or nothing to watch.
    case none
    /// A date to know.
    case info
    /// 60 days or less left.
    case soon
    /// 30 days or less left.
    case urgent
    /// 7 days or less left (the last day included).
    case critical
    /// The limit has passed.
    case passed

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let soonDays = 60
    public static let urgentDays = 30
    public static let criticalDays = 7

    /// The severity of a limit with `daysLeft` days left (0 = today is the last day, negative = passed).
    public static func forDaysLeft(_ daysLeft: Int) -> Self {
        switch daysLeft {
        case ..<0: .passed
        case ...criticalDays: .critical
        case ...urgentDays: .urgent
        case ...soonDays: .soon
        default: .info
        }
    }

    /// A short label; empty for `none` and `info`.
    public var label: String {
        switch self {
        case .none, .info: ""
        case .soon: Texts.text("timeline.severity.soon")
        case .urgent: Texts.text("timeline.severity.urgent")
        case .critical: Texts.text("timeline.severity.critical")
        case .passed: Texts.text("timeline.severity.passed")
        }
    }
}

/// Where an entry of the timeline stands on the day the timeline was computed.
public enum TimelineStatus: Sendable, Equatable {
    /// Happened (on that day, when it is known).
    case done(CalendarDate?)
    /// An answer is expected, at the latest on that day (not passed yet).
    case waiting(until: CalendarDate)
    /// The answer was due at the latest on that day and has not come.
    case overdue(since: CalendarDate)
    /// A delay ran out on that day; nothing tells whether what was due came (an acknowledgment of receipt).
    case elapsed(CalendarDate)
    /// Possible from a later day (and until a last day, when there is one).
    case possibleFrom(CalendarDate, until: CalendarDate?)
    /// Possible now (since a day, when there is one) and until a last day, when there is one.
    case possibleNow(since: CalendarDate?, until: CalendarDate?)
    /// A delay stopped running on that day and has not started again (prescription during a mediation).
    case suspended(since: CalendarDate)
    /// Too late: the last day was that day.
    case tooLate(lastDay: CalendarDate)
    /// A condition to fulfil before a later step, with no date.
    case toDo

    /// The date the timeline is sorted by and that a list shows beside the entry: the day it happened,
    /// the last day when there is one, else the first day.
    public var keyDate: CalendarDate? {
        switch self {
        case .done(let date): date
        case .waiting(let until): until
        case .overdue(let since): since
        case .elapsed(let date): date
        case .possibleFrom(let from, _): from
        case .possibleNow(let since, let until): until ?? since
        case .suspended(let since): since
        case .tooLate(let lastDay): lastDay
        case .toDo: nil
        }
    }

    /// A one- or two-word label for a column: "fait", "en attente", "en retard", "possible"…
    public var shortLabel: String {
        switch self {
        case .done: Texts.text("timeline.status.short.done")
        case .waiting: Texts.text("timeline.status.short.waiting")
        case .overdue: Texts.text("timeline.status.short.overdue")
        case .elapsed: Texts.text("timeline.status.short.elapsed")
        case .possibleFrom: Texts.text("timeline.status.short.possibleFrom")
        case .possibleNow: Texts.text("timeline.status.short.possibleNow")
        case .suspended: Texts.text("timeline.status.short.suspended")
        case .tooLate: Texts.text("timeline.status.short.tooLate")
        case .toDo: Texts.text("timeline.status.short.toDo")
        }
    }

    /// The status in a phrase, e.g. "possible jusqu'au mardi 8 décembre 2026".
    public var phrase: String {
        func day(_ date: CalendarDate) -> String { InterfaceDates.withWeekday(date) }
        switch self {
        case .done(let date?): return Texts.text("timeline.status.doneOn", day(date))
        case .done(nil): return Texts.text("timeline.status.done")
        case .waiting(let until): return Texts.text("timeline.status.waiting", day(until))
        case .overdue(let since): return Texts.text("timeline.status.overdue", day(since))
        case .elapsed(let date): return Texts.text("timeline.status.elapsed", day(date))
        case .possibleFrom(let from, let until?):
            return Texts.text("timeline.status.possibleFromUntil", day(from), day(until))
        case .possibleFrom(let from, nil): return Texts.text("timeline.status.possibleFrom", day(from))
        case .possibleNow(_, let until?): return Texts.text("timeline.status.possibleNowUntil", day(until))
        case .possibleNow(let since?, nil): return Texts.text("timeline.status.possibleSince", day(since))
        case .possibleNow(nil, nil): return Texts.text("timeline.status.possibleNow")
        case .suspended(let since): return Texts.text("timeline.status.suspended", day(since))
        case .tooLate(let lastDay): return Texts.text("timeline.status.tooLate", day(lastDay))
        case .toDo: return Texts.text("timeline.status.toDo")
        }
    }
}

/// One line of a dossier's timeline: something done, awaited, possible or lost, with its dates and its source.
public struct TimelineEntry: Sendable, Equatable, Identifiable {
    public enum Kind: String, Sendable, Equatable {
        /// Something that happened (the complaint was sent).
        case event
        /// An answer owed to the member (the fund's answer within 30 days).
        case answer
        /// What the member may do next, and from when until when (seize the mediator).
        case step
        /// A hard limit: once passed, a right is lost (3-month appeal, prescription).
        case limit
        /// A condition a later step needs (a prior amicable attempt).
        case condition
    }

    /// Stable within a dossier ("complaint.answer", "court.appeal"): calendar events are named after it.
    public var id: String
    public var kind: Kind
    /// The stage the entry belongs to; nil for the dispute's own dates.
    public var stage: EscalationStage?
    public var title: String
    public var status: TimelineStatus
    /// French sentences explaining the entry: which rule, counted from what, the last day. They do not depend on
    /// the day the timeline is computed (a calendar file carries them).
    public var detail: String
    /// Where things stand on that day: "Encore 16 jours.", "Réponse reçue le 28 octobre 2026."
    public var situation: String
    /// The delay applied, with its source (from the catalog).
    public var delay: Delay?
    public var severity: TimelineSeverity
    /// Points to check: an unsure date, a conservative choice.
    public var notes: [String]

    public init(
        id: String, kind: Kind, stage: EscalationStage?, title: String, status: TimelineStatus, detail: String = "",
        situation: String = "", delay: Delay? = nil, severity: TimelineSeverity = .none, notes: [String] = []
    ) {
        self.id = id
        self.kind = kind
        self.stage = stage
        self.title = title
        self.status = status
        self.detail = detail
        self.situation = situation
        self.delay = delay
        self.severity = severity
        self.notes = notes
    }

    /// Where the entry goes in the timeline: its key date; without one, today for what is possible now, and after
    /// every date for a condition.
    func sortDate(_ today: CalendarDate) -> CalendarDate {
        if let date = status.keyDate { return date }
        return status == .toDo ? CalendarDate(year: 9999, month: 12, day: 31)! : today
    }

    /// "Délai : 3 mois — source : Charte de l'assuré social", or nil without a delay.
    public var delayLine: String? {
        guard let delay else { return nil }
        return delay.unconfirmed == true
            ? Texts.text("timeline.delayLine.unconfirmed", delay.phrase, delay.interfaceSource)
            : Texts.text("timeline.delayLine", delay.phrase, delay.interfaceSource)
    }
}

/// What the member should do next, with the date that matters, for the list of drafts and the home screen.
public struct NextStep: Sendable, Equatable {
    public enum When: Sendable, Equatable {
        /// Nothing to wait for.
        case now
        /// Wait until that day.
        case waitUntil(CalendarDate)
        /// Possible from that day.
        case from(CalendarDate)
        /// Possible from a day and until a last day.
        case between(CalendarDate, CalendarDate)
        /// To do at the latest on that day.
        case by(CalendarDate)
        /// The last day has passed.
        case passed(CalendarDate)
        /// No date can be given.
        case undated
    }

    public var text: String
    public var when: When
    /// A hard limit to keep in mind meanwhile (the Belgian appeal runs during the complaint and the mediation).
    public var warning: String?
    public var severity: TimelineSeverity

    public init(text: String, when: When, warning: String? = nil, severity: TimelineSeverity = .none) {
        self.text = text
        self.when = when
        self.warning = warning
        self.severity = severity
    }

    /// The date to show beside the step: the last day when there is one, else the first.
    public var date: CalendarDate? {
        switch when {
        case .now, .undated: nil
        case .waitUntil(let d), .from(let d), .by(let d), .passed(let d): d
        case .between(_, let last): last
        }
    }

    /// "jusqu'au 22 décembre 2026", "au plus tard le 8 décembre 2026", "dès maintenant"; empty when undated.
    public var whenPhrase: String {
        let long = InterfaceDates.long
        switch when {
        case .now: return Texts.text("timeline.when.now")
        case .undated: return ""
        case .waitUntil(let d): return Texts.text("timeline.when.waitUntil", long(d))
        case .from(let d): return Texts.text("timeline.when.from", long(d))
        case .between(let a, let b): return Texts.text("timeline.when.between", long(a), long(b))
        case .by(let d): return Texts.text("timeline.when.by", long(d))
        case .passed(let d): return Texts.text("timeline.when.passed", long(d))
        }
    }

    /// The step and its date in one line: "Attendre la réponse de Partenamut (jusqu'au 22 décembre 2026)".
    public var summary: String {
        whenPhrase.isEmpty ? text : Texts.text("timeline.next.summary", text, whenPhrase)
    }
}

/// The timeline of a dossier: what was done, what is awaited until when, what is possible from when until when,
/// and what is too late — computed from the dossier's dates, the catalog's delays and the country's calendar.
/// A pure value: the same dossier, catalog and day always give the same timeline.
public struct Timeline: Sendable, Equatable {
    public var dossierId: String
    public var today: CalendarDate
    public var route: Route?
    /// In date order (entries without a date last), each with its status on `today`.
    public var entries: [TimelineEntry]
    public var nextStep: NextStep
    /// General remarks (no country chosen yet, how days are counted).
    public var notes: [String]

    public init(
        dossierId: String, today: CalendarDate, route: Route?, entries: [TimelineEntry], nextStep: NextStep,
        notes: [String]
    ) {
        self.dossierId = dossierId
        self.today = today
        self.route = route
        self.entries = entries
        self.nextStep = nextStep
        self.notes = notes
    }

    /// Computes the timeline of `dossier` on `today`.
    public init(dossier: Dossier, catalog: OrganismCatalog, today: CalendarDate) {
        var builder = TimelineBuilder(rules: DeadlineRules(dossier: dossier, catalog: catalog, today: today))
        self = builder.build()
    }

    public func entry(_ id: String) -> TimelineEntry? { entries.first { $0.id == id } }

    /// The hard limits, most pressing first.
    public var limits: [TimelineEntry] {
        entries.filter { $0.kind == .limit }.sorted { $0.severity > $1.severity }
    }

    /// The highest severity of the timeline.
    public var severity: TimelineSeverity { entries.map(\.severity).max() ?? .none }

    /// How days are counted in the dossier's country, with the rules' sources.
    public static func countingRule(_ country: Country) -> String {
        switch country {
        case .france: Texts.text("timeline.countingRule.france")
        case .belgium: Texts.text("timeline.countingRule.belgium")
        }
    }

    public static var disclaimer: String { Texts.text("timeline.disclaimer") }
}
