import Foundation
import Testing

@testable import RecoursCore

private func d(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { TestSupport.date(year, month, day) }

/// The iCalendar file of the timeline (RFC 5545).
@Suite struct ICalendarTests {
    /// A French dossier with an answer due, a mediation window and the prescription.
    static let dossier = Fixtures.modified(Fixtures.french(.mediation)) {
        $0.dispute.incidentDate = "20/03/2026"
        $0.stages.contact?.date = "25/03/2026"
        $0.stages.complaint = ComplaintRecord(date: "02/04/2026", mode: .email)
        $0.stages.mediation = nil
    }

    func document(_ dossier: Dossier = dossier, today: CalendarDate = TestSupport.today) -> String {
        ICalendar.document(dossier: dossier, catalog: TestSupport.catalog, today: today).text
    }

    /// The content lines, unfolded.
    func contentLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func textValuesAreEscaped() {
        #expect(ICalendar.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        #expect(ICalendar.escape("cloche\u{07} et \u{1B}[31m") == "cloche et [31m")
    }

    @Test func longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        let line = "DESCRIPTION:" + String(repeating: "é", count: 100) + String(repeating: "x", count: 100)
        let folded = ICalendar.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.count > 1)
        for (index, part) in physical.enumerated() {
            #expect(part.utf8.count <= 75, "line \(index): \(part.utf8.count) octets")
            if index > 0 { #expect(part.hasPrefix(" ")) }
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICalendar.fold("SUMMARY:court") == "SUMMARY:court")
    }

    @Test func theFileIsAValidCalendarWithCRLFLineEndings() {
        let text = document()
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Recours//Recours//FR\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare line feed")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "bare carriage return")
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
        let lines = contentLines(text)
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == lines.filter { $0 == "END:VEVENT" }.count)
        #expect(lines.filter { $0 == "BEGIN:VALARM" }.count == lines.filter { $0 == "END:VALARM" }.count)
    }

    @Test func eventsAreAllDayWithADeterministicStamp() {
        let lines = contentLines(document())
        #expect(lines.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20261122T000000Z" })
        // Answer due 2 June 2026, mediation until 2 April 2027, prescription until 20 March 2028 (+ acknowledgment).
        #expect(lines.contains("DTSTART;VALUE=DATE:20260602"))
        #expect(lines.contains("DTEND;VALUE=DATE:20260603"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20270402"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20280320"))
        #expect(
            lines.contains(
                "SUMMARY:Identités Mutuelle – Action en justice contre Identités Mutuelle (prescription) : dernier jour"
            ))
        #expect(!lines.contains { $0.hasPrefix("DTSTART:") }, "every event is a whole day")
        #expect(document() == document())
    }

    @Test func lastDaysCarryRemindersAndAnswersDoNot() {
        let events = ICalendar.events(
            of: Timeline(dossier: Self.dossier, catalog: TestSupport.catalog, today: TestSupport.today), label: "IM")
        let lastDays = events.filter(\.isLastDay)
        #expect(lastDays.map(\.date) == [d(2027, 4, 2), d(2028, 3, 20)])
        #expect(events.filter { !$0.isLastDay }.map(\.date) == [d(2026, 4, 15), d(2026, 6, 2)])
        let lines = contentLines(document())
        #expect(lines.filter { $0 == "BEGIN:VALARM" }.count == lastDays.count * ICalendar.lastDayAlarms.count)
        #expect(lines.contains("TRIGGER:-P13DT15H"))
        #expect(lines.contains("ACTION:DISPLAY"))
    }

    /// No reminder falls on a day before the file is made: a last day 5 days away keeps the one 3 days before; one
    /// 2 days away gets the day before and the day itself; a last day today, that morning; a day gone, none.
    @Test func remindersAlreadyPastAreLeftOut() {
        let today = d(2026, 12, 1)
        #expect(ICalendar.alarms(for: d(2026, 12, 31), today: today) == ["-P13DT15H", "-P2DT15H"])
        #expect(ICalendar.alarms(for: d(2026, 12, 15), today: today) == ["-P13DT15H", "-P2DT15H"])
        #expect(ICalendar.alarms(for: d(2026, 12, 6), today: today) == ["-P2DT15H"])
        #expect(ICalendar.alarms(for: d(2026, 12, 3), today: today) == ["-PT15H", "PT9H"])
        #expect(ICalendar.alarms(for: d(2026, 12, 1), today: today) == ["PT9H"])
        #expect(ICalendar.alarms(for: d(2026, 11, 30), today: today) == [])
    }

    @Test func uidsAreStablePerDossierAndEvent() {
        let now = contentLines(document()).filter { $0.hasPrefix("UID:") }
        let later = contentLines(document(today: d(2026, 12, 20))).filter { $0.hasPrefix("UID:") }
        #expect(Set(now).count == now.count)
        #expect(now.contains("UID:fr3-court.prescription-until@recours"))
        #expect(Set(now).isSubset(of: Set(later)))
        var other = Self.dossier
        other.id = "autre id/é"
        #expect(contentLines(document(other)).contains("UID:autreid-court.prescription-until@recours"))
    }

    @Test func theBelgianAppealIsALastDayMovedPastItsSunday() {
        let dossier = Fixtures.modified(Fixtures.belgian(.complaint)) { $0.dispute.decisionDate = "22/08/2026" }
        let text = contentLines(document(dossier, today: d(2026, 11, 1))).joined(separator: "\n")
        #expect(text.contains("DTSTART;VALUE=DATE:20261123"))
        #expect(text.contains("SUMMARY:Partenamut – Recours au tribunal du travail (requête) : dernier jour"))
        #expect(text.contains("est un dimanche"))
        #expect(text.contains("pas un avis juridique"))
    }

    @Test func nothingPrivateGoesIntoTheCalendar() {
        let text = contentLines(document()).joined()
        let dossier = Self.dossier
        for secret in [
            dossier.member.lastName, dossier.member.firstName, dossier.member.memberNumber, "2 95 10 99",
            dossier.member.email, dossier.member.street, "kinésithérapie", "séance", dossier.title,
        ] {
            #expect(!text.contains(secret), "\(secret)")
        }
    }
}
