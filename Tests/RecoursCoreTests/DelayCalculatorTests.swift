import Testing

@testable import RecoursCore

private func d(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { TestSupport.date(year, month, day) }

@Suite struct EasterTests {
    @Test(arguments: [
        (2000, 4, 23), (2008, 3, 23), (2011, 4, 24), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2026, 4, 5),
        (2038, 4, 25), (1961, 4, 2), (1818, 3, 22), (2285, 3, 22), (1943, 4, 25), (2010, 4, 4), (2016, 3, 27),
        (2027, 3, 28), (2030, 4, 21), (1954, 4, 18), (2001, 4, 15), (1583, 4, 10), (1900, 4, 15), (2100, 3, 28),
        (2400, 4, 16),
    ])
    func knownEasterSundays(year: Int, month: Int, day: Int) {
        let easter = PublicHolidays.easterSunday(year: year)
        #expect(easter == d(year, month, day))
        #expect(easter.weekday == 7)
    }

    @Test func easterIsAlwaysASundayBetween22MarchAnd25April() {
        for year in 1583...3000 {
            let easter = PublicHolidays.easterSunday(year: year)
            #expect(easter.weekday == 7, "\(year)")
            #expect(easter >= d(year, 3, 22) && easter <= d(year, 4, 25), "\(year): \(easter)")
        }
    }
}

@Suite struct PublicHolidayTests {
    @Test func france2025() {
        let expected = [
            d(2025, 1, 1), d(2025, 4, 21), d(2025, 5, 1), d(2025, 5, 8), d(2025, 5, 29), d(2025, 6, 9), d(2025, 7, 14),
            d(2025, 8, 15), d(2025, 11, 1), d(2025, 11, 11), d(2025, 12, 25),
        ]
        let holidays = PublicHolidays.holidays(year: 2025, country: .france)
        #expect(holidays.map(\.date) == expected)
        #expect(holidays.allSatisfy { !$0.name.isEmpty })
        #expect(holidays.first { $0.date == d(2025, 7, 14) }?.name == "Fête nationale")
        #expect(holidays.first { $0.date == d(2025, 4, 21) }?.name == "Lundi de Pâques")
    }

    @Test func belgium2025() {
        let expected = [
            d(2025, 1, 1), d(2025, 4, 21), d(2025, 5, 1), d(2025, 5, 29), d(2025, 6, 9), d(2025, 7, 21), d(2025, 8, 15),
            d(2025, 11, 1), d(2025, 11, 11), d(2025, 12, 25),
        ]
        let holidays = PublicHolidays.holidays(year: 2025, country: .belgium)
        #expect(holidays.map(\.date) == expected)
        #expect(holidays.first { $0.date == d(2025, 7, 21) }?.name == "Fête nationale")
    }

    @Test func holidaysOf2026() {
        // Easter 5 April 2026: Monday 6 April, Ascension 14 May, Whit Monday 25 May.
        for country in Country.allCases {
            let dates = PublicHolidays.holidays(year: 2026, country: country).map(\.date)
            #expect(dates.contains(d(2026, 4, 6)))
            #expect(dates.contains(d(2026, 5, 14)))
            #expect(dates.contains(d(2026, 5, 25)))
            #expect(dates == dates.sorted())
        }
    }

    @Test func countrySpecificDays() {
        #expect(PublicHolidays.isHoliday(d(2025, 7, 14), country: .france))
        #expect(!PublicHolidays.isHoliday(d(2025, 7, 14), country: .belgium))
        #expect(PublicHolidays.isHoliday(d(2025, 7, 21), country: .belgium))
        #expect(!PublicHolidays.isHoliday(d(2025, 7, 21), country: .france))
        #expect(PublicHolidays.isHoliday(d(2025, 5, 8), country: .france))
        #expect(!PublicHolidays.isHoliday(d(2025, 5, 8), country: .belgium))
        // Good Friday and 26 December are Alsace-Moselle only: not national holidays.
        #expect(!PublicHolidays.isHoliday(d(2025, 4, 18), country: .france))
        #expect(!PublicHolidays.isHoliday(d(2025, 12, 26), country: .france))
        // Easter Sunday itself is a Sunday, not listed.
        #expect(!PublicHolidays.isHoliday(d(2025, 4, 20), country: .belgium))
    }
}

@Suite struct DelayCalculatorTests {
    static func delay(_ amount: Int, _ unit: DelayUnit, _ kind: DelayKind = .answer) -> Delay {
        Delay(kind: kind, amount: amount, unit: unit, source: "test")
    }

    @Test func tenWorkingDaysAfterGoodFriday2025() {
        // Friday 18 April 2025: Saturday 19 counts, Easter Monday 21 and 1 May do not → Friday 2 May.
        let end = DelayCalculator.end(of: Self.delay(10, .workingDaysMonSat), from: d(2025, 4, 18), country: .france)
        #expect(end == d(2025, 5, 2))
        #expect(end.weekday == 5)
    }

    @Test func threeMonthsInBelgiumMoveToMondayByArticle53() {
        // Notified 15 March 2025 → 15 June 2025, a Sunday → Monday 16 June (Code judiciaire, art. 53); act by Friday.
        let appeal = Self.delay(3, .months, .courtAppeal)
        let end = DelayCalculator.end(of: appeal, from: d(2025, 3, 15), country: .belgium)
        #expect(end == d(2025, 6, 16))
        #expect(end.weekday == 1)
        let deadline = Deadline(delay: appeal, start: d(2025, 3, 15), country: .belgium)
        #expect(deadline.end == d(2025, 6, 16))
        #expect(deadline.fallsOn == d(2025, 6, 15))
        #expect(deadline.actBy == d(2025, 6, 13))
        #expect(deadline.movedNote != nil)
    }

    @Test func aDeadlineOnAWorkingDayHasNothingToMove() {
        let deadline = Deadline(delay: Self.delay(1, .months), start: d(2025, 4, 14), country: .belgium)
        #expect(deadline.end == d(2025, 5, 14))
        #expect(deadline.fallsOn == nil && deadline.actBy == nil && deadline.movedNote == nil)
    }

    @Test func aDelayFromTheEndOfTheMonthStartsOnItsLastDay() {
        // Art. 174: 2 years from the end of the month of the care: care on 8 September 2026 → 30 September 2028,
        // a Saturday → Monday 2 October 2028.
        var delay = Self.delay(2, .years, .prescription)
        delay.fromEndOfMonth = true
        #expect(DelayCalculator.end(of: delay, from: d(2026, 9, 8), country: .belgium) == d(2028, 10, 2))
        #expect(d(2024, 2, 10).endOfMonth == d(2024, 2, 29))
    }

    @Test func frenchMonthDelayEndingOnASundayMovesToMonday() {
        // 15 April 2025 + 2 months = Sunday 15 June 2025 → Monday 16 June.
        let end = DelayCalculator.end(of: Self.delay(2, .months), from: d(2025, 4, 15), country: .france)
        #expect(end == d(2025, 6, 16))
        #expect(end.weekday == 1)
    }

    @Test func frenchDelaysMovePastSaturdaysAndHolidays() {
        // 16 July + 1 month = Saturday 16 August 2025 → Monday 18 August.
        #expect(
            DelayCalculator.end(of: Self.delay(1, .months), from: d(2025, 7, 16), country: .france) == d(2025, 8, 18))
        // 14 June + 1 month = Monday 14 July 2025 (Fête nationale) → Tuesday 15 July.
        #expect(
            DelayCalculator.end(of: Self.delay(1, .months), from: d(2025, 6, 14), country: .france) == d(2025, 7, 15))
        // 1 October + 1 month = Saturday 1 November 2025 (Toussaint), Sunday → Monday 3 November.
        #expect(
            DelayCalculator.end(of: Self.delay(1, .months), from: d(2025, 10, 1), country: .france) == d(2025, 11, 3))
        // 10 calendar days after 10 April 2025 = Sunday 20 April (Easter), then Easter Monday → Tuesday 22 April.
        #expect(
            DelayCalculator.end(of: Self.delay(10, .calendarDays), from: d(2025, 4, 10), country: .france)
                == d(2025, 4, 22))
        // A working day is not moved.
        #expect(
            DelayCalculator.end(of: Self.delay(1, .months), from: d(2025, 4, 14), country: .france) == d(2025, 5, 14))
    }

    @Test func belgianDeadlinesMovePastSundaysAndTheNationalDay() {
        // 20 June + 1 month = Sunday 20 July 2025; Monday 21 July is the Belgian national day → Tuesday 22 July.
        let month = Self.delay(1, .months)
        #expect(DelayCalculator.end(of: month, from: d(2025, 6, 20), country: .belgium) == d(2025, 7, 22))
        #expect(DelayCalculator.end(of: month, from: d(2025, 6, 20), country: .france) == d(2025, 7, 21))
        #expect(Deadline(delay: month, start: d(2025, 6, 20), country: .belgium).actBy == d(2025, 7, 18))
        #expect(DelayCalculator.previousBusinessDay(before: d(2025, 7, 22), country: .belgium) == d(2025, 7, 18))
    }

    @Test func joursOuvresSkipSaturdays() {
        // After Friday 7 March 2025: ouvrés = Mon 10 … Fri 14; ouvrables = Sat 8, Mon 10 … Thu 13.
        #expect(
            DelayCalculator.end(of: Self.delay(5, .workingDaysMonFri), from: d(2025, 3, 7), country: .france)
                == d(2025, 3, 14))
        #expect(
            DelayCalculator.end(of: Self.delay(5, .workingDaysMonSat), from: d(2025, 3, 7), country: .france)
                == d(2025, 3, 13))
        // And holidays: 3 jours ouvrés after Good Friday 2025 → Tue 22, Wed 23, Thu 24 April.
        #expect(
            DelayCalculator.end(of: Self.delay(3, .workingDaysMonFri), from: d(2025, 4, 18), country: .france)
                == d(2025, 4, 24))
        // 10 jours ouvrés after Friday 18 April 2025 (France): 22–25, 28–30 April, 2, 5, 6 May.
        #expect(
            DelayCalculator.end(of: Self.delay(10, .workingDaysMonFri), from: d(2025, 4, 18), country: .france)
                == d(2025, 5, 6))
    }

    @Test func workingDaysDependOnTheCountry() {
        // 8 May is a holiday in France only.
        let start = d(2025, 5, 7)
        #expect(
            DelayCalculator.end(of: Self.delay(1, .workingDaysMonFri), from: start, country: .france) == d(2025, 5, 9))
        #expect(
            DelayCalculator.end(of: Self.delay(1, .workingDaysMonFri), from: start, country: .belgium) == d(2025, 5, 8))
        // 21 working days (Mon–Sat) after Monday 14 July 2025 in Belgium: 21 July does not count.
        let belgian = DelayCalculator.end(
            of: Self.delay(21, .workingDaysMonSat), from: d(2025, 7, 14), country: .belgium)
        #expect(belgian == d(2025, 8, 8))
    }

    @Test func calendarDaysCountFromTheDayAfter() {
        #expect(
            DelayCalculator.end(of: Self.delay(30, .calendarDays), from: d(2025, 1, 1), country: .belgium)
                == d(2025, 1, 31))
        #expect(
            DelayCalculator.end(of: Self.delay(8, .calendarDays), from: d(2025, 2, 25), country: .belgium)
                == d(2025, 3, 5))
        #expect(
            DelayCalculator.end(of: Self.delay(0, .calendarDays), from: d(2025, 2, 25), country: .belgium)
                == d(2025, 2, 25))
        // Belgium: a Saturday end moves to Monday too (Code judiciaire, art. 53).
        #expect(
            DelayCalculator.end(of: Self.delay(1, .calendarDays), from: d(2025, 3, 7), country: .belgium)
                == d(2025, 3, 10))
    }

    @Test func yearsKeepTheDayOrTakeTheMonthEnd() {
        // 29 February 2024 + 2 years = 28 February 2026, a Saturday: both countries move to Monday 2 March.
        let years = Self.delay(2, .years, .prescription)
        #expect(DelayCalculator.end(of: years, from: d(2024, 2, 29), country: .belgium) == d(2026, 3, 2))
        #expect(DelayCalculator.end(of: years, from: d(2024, 2, 29), country: .france) == d(2026, 3, 2))
        // 31 January + 1 month = 28 February.
        #expect(
            DelayCalculator.end(of: Self.delay(1, .months), from: d(2025, 1, 31), country: .belgium) == d(2025, 2, 28))
    }

    @Test func countsAndBusinessDays() {
        let saturday = d(2025, 3, 8), sunday = d(2025, 3, 9), monday = d(2025, 3, 10), easterMonday = d(2025, 4, 21)
        #expect(DelayCalculator.counts(saturday, unit: .workingDaysMonSat, country: .france))
        #expect(!DelayCalculator.counts(saturday, unit: .workingDaysMonFri, country: .france))
        #expect(!DelayCalculator.counts(sunday, unit: .workingDaysMonSat, country: .france))
        #expect(DelayCalculator.counts(sunday, unit: .calendarDays, country: .france))
        #expect(DelayCalculator.counts(sunday, unit: .months, country: .belgium))
        #expect(!DelayCalculator.counts(easterMonday, unit: .workingDaysMonSat, country: .belgium))
        #expect(DelayCalculator.counts(monday, unit: .workingDaysMonFri, country: .belgium))
        #expect(!DelayCalculator.isBusinessDay(saturday, country: .france))
        #expect(!DelayCalculator.isBusinessDay(sunday, country: .belgium))
        #expect(!DelayCalculator.isBusinessDay(easterMonday, country: .france))
        #expect(DelayCalculator.isBusinessDay(monday, country: .france))
    }

    @Test func delayPhrases() {
        #expect(Self.delay(30, .calendarDays).phrase == "30 jours calendaires")
        #expect(Self.delay(1, .calendarDays).phrase == "1 jour calendaire")
        #expect(Self.delay(10, .workingDaysMonSat).phrase == "10 jours ouvrables")
        #expect(Self.delay(21, .workingDaysMonFri).phrase == "21 jours ouvrables (du lundi au vendredi)")
        #expect(Self.delay(2, .months).phrase == "2 mois")
        #expect(Self.delay(1, .years).phrase == "1 an")
        #expect(Self.delay(2, .years).phrase == "2 ans")
    }
}

@Suite struct EasterTableTests {
    /// Easter Sunday 1990–2050, as published (checked against an independent implementation).
    static let known: [(Int, Int, Int)] = [
        (1990, 4, 15), (1991, 3, 31), (1992, 4, 19), (1993, 4, 11), (1994, 4, 3), (1995, 4, 16), (1996, 4, 7),
        (1997, 3, 30),
        (1998, 4, 12), (1999, 4, 4), (2000, 4, 23), (2001, 4, 15), (2002, 3, 31), (2003, 4, 20), (2004, 4, 11),
        (2005, 3, 27),
        (2006, 4, 16), (2007, 4, 8), (2008, 3, 23), (2009, 4, 12), (2010, 4, 4), (2011, 4, 24), (2012, 4, 8),
        (2013, 3, 31),
        (2014, 4, 20), (2015, 4, 5), (2016, 3, 27), (2017, 4, 16), (2018, 4, 1), (2019, 4, 21), (2020, 4, 12),
        (2021, 4, 4),
        (2022, 4, 17), (2023, 4, 9), (2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2028, 4, 16),
        (2029, 4, 1),
        (2030, 4, 21), (2031, 4, 13), (2032, 3, 28), (2033, 4, 17), (2034, 4, 9), (2035, 3, 25), (2036, 4, 13),
        (2037, 4, 5),
        (2038, 4, 25), (2039, 4, 10), (2040, 4, 1), (2041, 4, 21), (2042, 4, 6), (2043, 3, 29), (2044, 4, 17),
        (2045, 4, 9),
        (2046, 3, 25), (2047, 4, 14), (2048, 4, 5), (2049, 4, 18), (2050, 4, 10),
    ]

    @Test func easterSundays1990To2050() {
        for (year, month, day) in Self.known {
            #expect(PublicHolidays.easterSunday(year: year) == d(year, month, day), "\(year)")
        }
    }

    @Test func easterBasedHolidaysFollowEasterInBothCountries() {
        for (year, month, day) in Self.known {
            let easter = d(year, month, day)
            for country in Country.allCases {
                let holidays = PublicHolidays.holidays(year: year, country: country)
                #expect(holidays.contains { $0.date == easter.adding(days: 1) && $0.name == "Lundi de Pâques" })
                #expect(
                    holidays.contains {
                        $0.date == easter.adding(days: 39) && $0.name == "Ascension" && $0.date.weekday == 4
                    })
                #expect(
                    holidays.contains {
                        $0.date == easter.adding(days: 50) && $0.name == "Lundi de Pentecôte" && $0.date.weekday == 1
                    })
                #expect(holidays.count == (country == .france ? 11 : 10))
            }
        }
    }
}
