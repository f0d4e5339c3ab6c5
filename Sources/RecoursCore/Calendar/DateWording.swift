import Foundation

/// A language of the interface (and of the dates it writes): French and Dutch. Adding one is a folder of text
/// tables (`Resources/strings/<code>/`), a case here with its month and weekday names, its plural rule and its
/// date order (see CONTRIBUTING.md, "Adding a language").
public enum DisplayLanguage: String, Sendable, CaseIterable, Codable {
    case french = "fr"
    case dutch = "nl"

    /// The Foundation locale of the language, for whatever still needs one.
    public var locale: Locale {
        switch self {
        case .french: Locale(identifier: "fr_FR")
        case .dutch: Locale(identifier: "nl_BE")
        }
    }

    /// Whether `count` takes the singular form (`.one`): in French 0 and 1 ("0 erreur"), in Dutch 1 only
    /// ("0 fouten"), as CLDR's plural rules say.
    public func takesSingular(_ count: Int) -> Bool {
        switch self {
        case .french: count == 0 || count == 1
        case .dutch: count == 1
        }
    }
}

/// Dates as the user reads them, in one language: "3 mars 2026", "mardi 3 mars 2026", "03/03/2026",
/// "20/11/2026 09:41". Every date written by the letters, the wizard and the command line goes through here
/// (`InterfaceDates` is the French one under its historical name).
///
/// No `DateFormatter`: the values are computed (proleptic Gregorian calendar, four-digit years), so one
/// wording can be shared across threads and a hostile draft's year 1 or 99999 is written as the calendar date
/// parser reads it back.
public struct DateWording: Sendable, Equatable {
    public let language: DisplayLanguage
    /// "janvier" … "décembre", from the language's table (`date.month.1` …).
    public let monthNames: [String]
    /// Monday first, as `CalendarDate.weekday` counts (`date.weekday.1` …).
    public let weekdayNames: [String]
    /// How the first of the month is written: "1er" in French, "1" in Dutch (`date.firstOfMonth`).
    let firstOfMonth: String

    /// From the language's `dates.strings` alone: the letters wrap with the month names of every language, and a
    /// French run need not read the Dutch interface's other texts for that.
    public init(language: DisplayLanguage) {
        self.language = language
        let texts = TextTable.part(Self.part, of: language)
        func text(_ key: String) -> String { texts[key] ?? "[\(key)]" }
        monthNames = (1...12).map { text("date.month.\($0)") }
        weekdayNames = (1...7).map { text("date.weekday.\($0)") }
        firstOfMonth = text("date.firstOfMonth")
    }

    static let part = "dates"

    public static let french = DateWording(language: .french)
    public static let dutch = DateWording(language: .dutch)

    /// The wording of the interface's language.
    public static var current: DateWording { Texts.language == .dutch ? dutch : french }

    /// "3 mars 2026", "3 maart 2026"; in French the first of the month is written "1er".
    public func long(_ date: CalendarDate) -> String {
        let day = date.day == 1 ? firstOfMonth : String(date.day)
        return "\(day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// "mardi 3 mars 2026", "dinsdag 3 maart 2026".
    public func withWeekday(_ date: CalendarDate) -> String {
        "\(weekdayNames[date.weekday - 1]) \(long(date))"
    }

    /// "03/03/2026": what the user types, and reads back.
    public func numeric(_ date: CalendarDate) -> String {
        // Four-digit year, so that what is written reads back (year 1 → 0001).
        "\(Self.padded(date.day, 2))/\(Self.padded(date.month, 2))/\(Self.padded(date.year, 4))"
    }

    /// "20/11/2026 09:41": a moment (a draft's last change) in `timeZone`, to the minute.
    public func timestamp(_ moment: Date, timeZone: TimeZone = .current) -> String {
        let seconds = Int(moment.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: moment)
        let (days, secondOfDay) = Self.floorDivision(seconds, 86_400)
        let date = CalendarDate(dayNumber: days)
        return "\(numeric(date)) \(Self.padded(secondOfDay / 3600, 2)):\(Self.padded(secondOfDay % 3600 / 60, 2))"
    }

    static func padded(_ value: Int, _ digits: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    static func floorDivision(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) {
        let r = a % b
        return r < 0 ? (a / b - 1, r + b) : (a / b, r)
    }
}

/// The dates of the interface, in its language (`Texts.language`): the screens, the validator's messages, the
/// timeline and the command line write their dates through here. The letters use their own language's wording.
public enum InterfaceDates {
    public static var wording: DateWording { .current }
    public static var monthNames: [String] { wording.monthNames }
    public static var weekdayNames: [String] { wording.weekdayNames }

    /// "3 mars 2026" ("1er mars"), "3 maart 2026".
    public static func long(_ date: CalendarDate) -> String { wording.long(date) }

    /// "mardi 3 mars 2026", "dinsdag 3 maart 2026".
    public static func withWeekday(_ date: CalendarDate) -> String { wording.withWeekday(date) }

    /// "03/03/2026".
    public static func numeric(_ date: CalendarDate) -> String { wording.numeric(date) }

    /// "20/11/2026 09:41".
    public static func timestamp(_ moment: Date, timeZone: TimeZone = .current) -> String {
        wording.timestamp(moment, timeZone: timeZone)
    }
}
