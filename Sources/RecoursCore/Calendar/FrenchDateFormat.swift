/// French spelling of dates, as letters write them ("3 mars 2026", "mardi 3 mars 2026", "1er mai 2026").
public enum FrenchDateFormat {
    public static let monthNames = [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]
    public static let weekdayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    /// "3 mars 2026"; the first of the month is written "1er".
    public static func long(_ date: CalendarDate) -> String {
        let day = date.day == 1 ? "1er" : String(date.day)
        return "\(day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// "mardi 3 mars 2026".
    public static func withWeekday(_ date: CalendarDate) -> String {
        "\(weekdayNames[date.weekday - 1]) \(long(date))"
    }

    /// "03/03/2026".
    public static func numeric(_ date: CalendarDate) -> String {
        let dd = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let mm = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        // Four-digit year, so that what is written reads back (year 1 → 0001).
        let yyyy = String(repeating: "0", count: max(0, 4 - String(date.year).count)) + String(date.year)
        return "\(dd)/\(mm)/\(yyyy)"
    }
}
