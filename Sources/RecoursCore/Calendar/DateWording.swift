import Foundation

/// The language dates (and, later, other texts) are written in. Only French today; Dutch is to follow, and will
/// be one more case here plus its tables in `DateWording`.
public enum DisplayLanguage: String, Sendable, CaseIterable {
    case french = "fr"

    /// The Foundation locale of the language, for whatever still needs one.
    public var locale: Locale {
        switch self {
        case .french: Locale(identifier: "fr_FR")
        }
    }
}

/// Dates as the user reads them, in one language: "3 mars 2026", "mardi 3 mars 2026", "03/03/2026",
/// "20/11/2026 09:41". Every date written by the letters, the wizard and the command line goes through here
/// (`FrenchDateFormat` is the French one under its historical name).
///
/// No `DateFormatter`: the values are computed (proleptic Gregorian calendar, four-digit years), so one
/// wording can be shared across threads and a hostile draft's year 1 or 99999 is written as the calendar date
/// parser reads it back.
public struct DateWording: Sendable, Equatable {
    public let language: DisplayLanguage

    public init(language: DisplayLanguage) {
        self.language = language
    }

    public static let french = DateWording(language: .french)

    /// "janvier" … "décembre".
    public var monthNames: [String] {
        switch language {
        case .french: Self.frenchMonths
        }
    }

    /// Monday first, as `CalendarDate.weekday` counts.
    public var weekdayNames: [String] {
        switch language {
        case .french: Self.frenchWeekdays
        }
    }

    static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]
    static let frenchWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    /// "3 mars 2026"; in French the first of the month is written "1er".
    public func long(_ date: CalendarDate) -> String {
        switch language {
        case .french:
            let day = date.day == 1 ? "1er" : String(date.day)
            return "\(day) \(monthNames[date.month - 1]) \(date.year)"
        }
    }

    /// "mardi 3 mars 2026".
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

/// The French `DateWording`, under the name the letters, rules and screens have always used.
public enum FrenchDateFormat {
    public static let wording = DateWording.french
    public static var monthNames: [String] { wording.monthNames }
    public static var weekdayNames: [String] { wording.weekdayNames }

    /// "3 mars 2026"; the first of the month is written "1er".
    public static func long(_ date: CalendarDate) -> String { wording.long(date) }

    /// "mardi 3 mars 2026".
    public static func withWeekday(_ date: CalendarDate) -> String { wording.withWeekday(date) }

    /// "03/03/2026".
    public static func numeric(_ date: CalendarDate) -> String { wording.numeric(date) }

    /// "20/11/2026 09:41".
    public static func timestamp(_ moment: Date, timeZone: TimeZone = .current) -> String {
        wording.timestamp(moment, timeZone: timeZone)
    }
}
