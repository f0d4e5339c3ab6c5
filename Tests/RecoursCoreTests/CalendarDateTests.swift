import Foundation
import Testing

@testable import RecoursCore

@Suite struct CalendarDateTests {
    @Test func rejectsImpossibleDates() {
        #expect(CalendarDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2026, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2026, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 2026, month: 1, day: 0) == nil)
    }

    @Test func dayNumbersRoundTrip() {
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        for n in stride(from: -200_000, through: 200_000, by: 997) {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func weekdays() {
        #expect(CalendarDate(year: 2025, month: 4, day: 18)!.weekday == 5)  // Friday
        #expect(CalendarDate(year: 2025, month: 6, day: 15)!.weekday == 7)  // Sunday
        #expect(CalendarDate(year: 2026, month: 3, day: 3)!.weekday == 2)  // Tuesday
    }

    @Test func addingMonthsKeepsTheDayOrTakesTheLastDay() {
        let d = CalendarDate(year: 2025, month: 3, day: 15)!
        #expect(d.adding(months: 3) == CalendarDate(year: 2025, month: 6, day: 15))
        #expect(
            CalendarDate(year: 2026, month: 1, day: 31)!.adding(months: 1)
                == CalendarDate(year: 2026, month: 2, day: 28))
        #expect(
            CalendarDate(year: 2024, month: 1, day: 31)!.adding(months: 1)
                == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(
            CalendarDate(year: 2025, month: 11, day: 30)!.adding(months: 3)
                == CalendarDate(year: 2026, month: 2, day: 28))
        #expect(
            CalendarDate(year: 2024, month: 2, day: 29)!.adding(years: 1) == CalendarDate(year: 2025, month: 2, day: 28)
        )
    }

    @Test func frenchFormatting() {
        let d = CalendarDate(year: 2026, month: 3, day: 3)!
        #expect(InterfaceDates.long(d) == "3 mars 2026")
        #expect(InterfaceDates.withWeekday(d) == "mardi 3 mars 2026")
        #expect(InterfaceDates.numeric(d) == "03/03/2026")
        #expect(InterfaceDates.long(CalendarDate(year: 2026, month: 5, day: 1)!) == "1er mai 2026")
        #expect(InterfaceDates.long(CalendarDate(year: 2026, month: 8, day: 15)!) == "15 août 2026")
    }
}

@Suite struct DateParserTests {
    func parsed(_ text: String) -> CalendarDate? { DateParser.date(text) }

    @Test(arguments: [
        ("03/03/2026", 2026, 3, 3), ("3/3/2026", 2026, 3, 3), ("2026-03-03", 2026, 3, 3), ("3.3.2026", 2026, 3, 3),
        ("03.03.2026", 2026, 3, 3), (" 31/12/1999 ", 1999, 12, 31), ("29/02/2024", 2024, 2, 29),
        ("1-2-2025", 2025, 2, 1),
    ])
    func acceptedFormats(text: String, year: Int, month: Int, day: Int) {
        #expect(parsed(text) == CalendarDate(year: year, month: month, day: day))
    }

    @Test(arguments: ["31/02/2026", "29/02/2025", "2026-02-30", "32/01/2026", "00/01/2026", "15/13/2026"])
    func impossibleDatesAreNamedAsSuch(text: String) {
        #expect(DateParser.parse(text) == .failure(.notARealDate(text)))
    }

    @Test(arguments: [
        "hier", "3 mars 2026", "03/03/26", "2026/03/03", "03/03-2026", "03//2026", "2026-3", "0x10/03/2026", "３/３/２０２６",
    ])
    func unrecognizedFormats(text: String) {
        #expect(DateParser.parse(text) == .failure(.unrecognizedFormat(text)))
    }

    @Test func emptyIsItsOwnCase() {
        #expect(DateParser.parse("   ") == .failure(.empty))
        #expect(DateParseError.empty.message == "Indiquez une date.")
    }

    @Test func messagesAreFrenchAndQuoteTheInput() {
        #expect(DateParseError.notARealDate("31/02/2026").message.contains("« 31/02/2026 » n'existe pas"))
        #expect(DateParseError.unrecognizedFormat("hier").message.contains("jj/mm/aaaa"))
    }
}

@Suite struct ISOTimestampTests {
    @Test func roundTrip() {
        for seconds in [0, 1_770_000_000, 1_780_123_456, -86_400, 4_102_444_799] {
            let date = Date(timeIntervalSince1970: Double(seconds))
            #expect(ISOTimestamp.parse(ISOTimestamp.format(date)) == date)
        }
        #expect(ISOTimestamp.format(Date(timeIntervalSince1970: 1_770_000_000)) == "2026-02-02T02:40:00Z")
    }

    @Test func offsetsAndFractions() {
        #expect(ISOTimestamp.parse("2026-11-20T10:41:37+01:00") == ISOTimestamp.parse("2026-11-20T09:41:37Z"))
        #expect(
            ISOTimestamp.parse("2026-11-20T09:41:37.500Z")!.timeIntervalSince1970.truncatingRemainder(dividingBy: 1)
                == 0.5)
    }

    @Test(arguments: [
        "", "hier", "2026-11-20", "2026-11-20T09:41:37", "2026-02-30T00:00:00Z", "2026-11-20T25:00:00Z",
        "2026-11-20T09:41:37Zz", "2026-11-20T09:41:37.Z",
    ])
    func rejects(text: String) {
        #expect(ISOTimestamp.parse(text) == nil)
    }
}
