/// The dates of a timeline as an iCalendar file (RFC 5545) that any calendar application imports:
/// all-day events, summaries in the interface's language, a reminder before each last day.
///
/// Only the fund's name, the steps and the dates go into the file — never the facts, the member's identity or
/// numbers: calendars are often synchronised to an online service.
public enum ICalendar {
    public static let productId = "-//Recours//Recours//FR"
    /// Reminders before a last day, at 9:00: 14 days before, then 3 days before (relative to the day's midnight).
    public static let lastDayAlarms = [(daysBefore: 14, trigger: "-P13DT15H"), (daysBefore: 3, trigger: "-P2DT15H")]
    /// When both fall before the day of the export: the day before at 9:00, and the last day itself at 9:00.
    public static let dayBeforeAlarm = "-PT15H"
    public static let sameDayAlarm = "PT9H"

    /// The reminders of a last day exported on `today`: those whose day is not before it (one at 9:00 on the day
    /// of the export may already be past by then); when the usual ones are, the day before and the day itself.
    public static func alarms(for lastDay: CalendarDate, today: CalendarDate) -> [String] {
        let coming = lastDayAlarms.filter { lastDay.adding(days: -$0.daysBefore) >= today }.map(\.trigger)
        guard coming.isEmpty else { return coming }
        return (lastDay.adding(days: -1) >= today ? [dayBeforeAlarm] : []) + (lastDay >= today ? [sameDayAlarm] : [])
    }

    /// One all-day event.
    public struct Event: Sendable, Equatable {
        /// Stable for the same dossier and event, so that importing again updates instead of duplicating.
        public var uid: String
        public var date: CalendarDate
        public var summary: String
        public var description: String
        /// A last day that costs a right once passed: the event carries reminders.
        public var isLastDay: Bool
    }

    /// The events of a timeline: answers due, steps possible from a day, last days (no event for what is done).
    public static func events(of timeline: Timeline, label: String) -> [Event] {
        let prefix = label.trimmed.isEmpty ? "" : Texts.text("calendar.event.prefix", label.trimmed)
        let dossier = safeIdentifier(timeline.dossierId)
        var events: [Event] = []
        for entry in timeline.entries {
            func add(_ role: String, _ date: CalendarDate, _ what: String, lastDay: Bool) {
                var lines = [entry.detail]
                lines += entry.notes
                if let delay = entry.delayLine { lines.append(delay) }
                lines.append(Timeline.disclaimer)
                events.append(
                    Event(
                        uid: "\(dossier)-\(entry.id)-\(role)@recours", date: date,
                        summary: prefix + Texts.text("calendar.event.summary", entry.title, what),
                        description: lines.filter { !$0.isEmpty }.joined(separator: "\n"), isLastDay: lastDay))
            }
            switch entry.status {
            case .waiting(let until): add("due", until, Texts.text("calendar.event.due"), lastDay: false)
            case .overdue(let since): add("due", since, Texts.text("calendar.event.due"), lastDay: false)
            case .elapsed(let date): add("due", date, Texts.text("calendar.event.due"), lastDay: false)
            case .possibleFrom(let from, let until):
                add("from", from, Texts.text("calendar.event.from"), lastDay: false)
                if let until { add("until", until, Texts.text("calendar.event.lastDay"), lastDay: true) }
            case .possibleNow(_, let until?): add("until", until, Texts.text("calendar.event.lastDay"), lastDay: true)
            case .tooLate(let lastDay): add("until", lastDay, Texts.text("calendar.event.lastDay"), lastDay: true)
            case .possibleNow(_, nil), .done, .suspended, .toDo: break
            }
        }
        return events.sorted { $0.date != $1.date ? $0.date < $1.date : $0.uid < $1.uid }
    }

    /// The iCalendar text, with CRLF line endings and lines folded at 75 octets. `stamp` (the day of the export)
    /// gives DTSTAMP, so that the same dossier and day always give the same file.
    public static func document(events: [Event], name: String, stamp: CalendarDate) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productId)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:\(escape(name))",
        ]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:\(event.uid)",
                "DTSTAMP:\(basic(stamp))T000000Z",
                "DTSTART;VALUE=DATE:\(basic(event.date))",
                "DTEND;VALUE=DATE:\(basic(event.date.adding(days: 1)))",
                "SUMMARY:\(escape(event.summary))",
                "DESCRIPTION:\(escape(event.description))",
                "CATEGORIES:Recours",
                "TRANSP:TRANSPARENT",
            ]
            if event.isLastDay {
                for trigger in alarms(for: event.date, today: stamp) {
                    lines += [
                        "BEGIN:VALARM", "ACTION:DISPLAY",
                        "DESCRIPTION:\(escape(Texts.text("calendar.alarm", event.summary)))",
                        "TRIGGER:\(trigger)", "END:VALARM",
                    ]
                }
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The calendar of one dossier on `today`: its timeline's events, named after the fund.
    public static func document(dossier: Dossier, catalog: OrganismCatalog, today: CalendarDate) -> (
        text: String, eventCount: Int
    ) {
        let timeline = Timeline(dossier: dossier, catalog: catalog, today: today)
        let label = RecipientResolver(catalog: catalog).fundLabel(of: dossier)
        let events = events(of: timeline, label: label)
        let name = label.isEmpty ? Texts.text("calendar.name") : Texts.text("calendar.name.fund", label)
        return (document(events: events, name: name, stamp: today), events.count)
    }

    // MARK: Format

    /// "20261208".
    static func basic(_ date: CalendarDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    /// TEXT value escaping (RFC 5545, 3.3.11): backslash, semicolon, comma, line break; control characters dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        for ch in text.withoutControlCharacters {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Folds a content line longer than 75 octets (RFC 5545, 3.1): each continuation starts with a space,
    /// and no character is split.
    public static func fold(_ line: String) -> String {
        var result = ""
        var current = 0
        var limit = 75
        for ch in line {
            let size = String(ch).utf8.count
            if current + size > limit {
                result += "\r\n "
                current = 1
                limit = 75
            }
            result.append(ch)
            current += size
        }
        return result
    }

    /// The characters of a dossier id that may go into a UID.
    static func safeIdentifier(_ id: String) -> String {
        let kept = id.unicodeScalars.filter {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_"
                || $0 == "."
        }
        let text = String(String.UnicodeScalarView(kept))
        return text.isEmpty ? "dossier" : text
    }
}
