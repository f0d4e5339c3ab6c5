/// Public holidays of France and Belgium, as listed in the domain notes (Easter-based ones computed).
public enum PublicHolidays {
    /// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
    public static func easterSunday(year: Int) -> CalendarDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)!
    }

    /// The holidays of a year, named in the interface language (`holiday.*` texts).
    public static func holidays(year: Int, country: Country) -> [(date: CalendarDate, name: String)] {
        let easter = easterSunday(year: year)
        func fixed(_ month: Int, _ day: Int, _ name: String) -> (CalendarDate, String) {
            (CalendarDate(year: year, month: month, day: day)!, name)
        }
        var list: [(CalendarDate, String)] = [
            fixed(1, 1, Texts.text("holiday.newYear")),
            (easter.adding(days: 1), Texts.text("holiday.easterMonday")),
            fixed(5, 1, Texts.text("holiday.labourDay")),
            (easter.adding(days: 39), Texts.text("holiday.ascension")),
            (easter.adding(days: 50), Texts.text("holiday.whitMonday")),
            fixed(8, 15, Texts.text("holiday.assumption")),
            fixed(11, 1, Texts.text("holiday.allSaints")),
            fixed(11, 11, country == .france ? Texts.text("holiday.armistice1918") : Texts.text("holiday.armistice")),
            fixed(12, 25, Texts.text("holiday.christmas")),
        ]
        switch country {
        case .france:
            list.append(fixed(5, 8, Texts.text("holiday.victory1945")))
            list.append(fixed(7, 14, Texts.text("holiday.nationalDayFrance")))
        case .belgium:
            list.append(fixed(7, 21, Texts.text("holiday.nationalDayBelgium")))
        }
        return list.sorted { $0.0 < $1.0 }.map { (date: $0.0, name: $0.1) }
    }

    /// Whether `date` is in `holidays(year:country:)`, without building the list (working days are counted one
    /// day at a time, for every deadline of every draft of `recours list`).
    public static func isHoliday(_ date: CalendarDate, country: Country) -> Bool {
        switch (date.month, date.day) {
        case (1, 1), (5, 1), (8, 15), (11, 1), (11, 11), (12, 25): return true
        case (5, 8), (7, 14): if country == .france { return true }
        case (7, 21): if country == .belgium { return true }
        default: break
        }
        let easter = easterSunday(year: date.year)
        return date == easter.adding(days: 1) || date == easter.adding(days: 39) || date == easter.adding(days: 50)
    }
}

/// Counts delays the way the domain notes say (France: CPC art. 641–642; Belgium: Code judiciaire art. 52–54).
public enum DelayCalculator {
    /// Whether the day counts for a delay in `unit` (always true for calendar days, months, years).
    public static func counts(_ date: CalendarDate, unit: DelayUnit, country: Country) -> Bool {
        switch unit {
        case .calendarDays, .months, .years: true
        case .workingDaysMonSat: date.weekday != 7 && !PublicHolidays.isHoliday(date, country: country)
        case .workingDaysMonFri: date.weekday < 6 && !PublicHolidays.isHoliday(date, country: country)
        }
    }

    /// A day on which a deadline may end without being moved: not a Saturday, Sunday or holiday.
    public static func isBusinessDay(_ date: CalendarDate, country: Country) -> Bool {
        date.weekday < 6 && !PublicHolidays.isHoliday(date, country: country)
    }

    /// The legal last day of the delay, counted from the day after `start`: a deadline ending on a Saturday,
    /// Sunday or holiday moves to the next working day (France: CPC art. 642; Belgium: Code judiciaire art. 53).
    public static func end(of delay: Delay, from start: CalendarDate, country: Country) -> CalendarDate {
        nextBusinessDay(from: rawEnd(of: delay, from: start, country: country), country: country)
    }

    /// The last working day strictly before `date`.
    public static func previousBusinessDay(before date: CalendarDate, country: Country) -> CalendarDate {
        var day = date.adding(days: -1)
        while !isBusinessDay(day, country: country) { day = day.adding(days: -1) }
        return day
    }

    static func rawEnd(of delay: Delay, from event: CalendarDate, country: Country) -> CalendarDate {
        let start = delay.fromEndOfMonth == true ? event.endOfMonth : event
        switch delay.unit {
        case .calendarDays:
            return start.adding(days: delay.amount)
        case .months:
            return start.adding(months: delay.amount)
        case .years:
            return start.adding(years: delay.amount)
        case .workingDaysMonSat, .workingDaysMonFri:
            var day = start
            var counted = 0
            while counted < delay.amount {
                day = day.adding(days: 1)
                if counts(day, unit: delay.unit, country: country) { counted += 1 }
            }
            return day
        }
    }

    static func nextBusinessDay(from date: CalendarDate, country: Country) -> CalendarDate {
        var day = date
        while !isBusinessDay(day, country: country) { day = day.adding(days: 1) }
        return day
    }
}
