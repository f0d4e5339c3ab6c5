import Foundation
import Testing

@testable import RecoursCore

/// What the home list, the wizard and the command line share: a draft's name and fund, one-line texts, dates
/// and the export rules.
@Suite struct DisplayNameTests {
    let catalog = TestSupport.catalog

    @Test func theTitleWinsAndIsOneSafeLine() {
        var dossier = Dossier(title: "  Lunettes\n refusées \u{1B}[2J ", fund: FundChoice(organismId: "partenamut"))
        dossier.dispute.subject = .refusedReimbursement
        #expect(dossier.displayName(catalog: catalog) == "Lunettes  refusées [2J")
    }

    @Test func withoutATitleTheSubjectAndTheFund() {
        var dossier = Dossier(fund: FundChoice(organismId: "identites-mutuelle"))
        dossier.member.lastName = "Dupont"
        #expect(dossier.displayName(catalog: catalog) == "Identités Mutuelle")
        dossier.dispute.subject = .refusedReimbursement
        #expect(dossier.displayName(catalog: catalog) == "Remboursement refusé – Identités Mutuelle")
        dossier.fund = FundChoice()
        #expect(dossier.displayName(catalog: catalog) == "Remboursement refusé")
        dossier.fund = FundChoice(organismId: FundChoice.otherId, customName: " Ma\nmutuelle ")
        #expect(dossier.displayName(catalog: catalog) == "Remboursement refusé – Ma mutuelle")
    }

    /// The member's name alone does not name a draft (all of one user's drafts carry it).
    @Test func aBlankDossierTakesThePlaceholder() {
        var dossier = Dossier()
        dossier.member.lastName = "Dupont"
        #expect(dossier.displayName(catalog: catalog) == "Sans titre")
        #expect(dossier.displayName(catalog: catalog, placeholder: DossierPresentation.newDossier) == "Nouveau dossier")
        dossier.title = " \n "
        #expect(dossier.displayName(catalog: catalog) == "Sans titre")
    }

    @Test func theFundLabelPrefersTheShortName() {
        #expect(Dossier(fund: FundChoice(organismId: "caami")).fundLabel(catalog: catalog) == "CAAMI")
        #expect(Dossier(fund: FundChoice(organismId: "partenamut")).fundLabel(catalog: catalog) == "Partenamut")
        let other = Dossier(fund: FundChoice(organismId: FundChoice.otherId, customName: "Mutuelle\u{7} X"))
        #expect(other.fundLabel(catalog: catalog) == "Mutuelle X")
        #expect(Dossier().fundLabel(catalog: catalog) == "Mutuelle non choisie")
        #expect(RecipientResolver(catalog: catalog).fundLabel(of: Dossier()) == "")
    }
}

@Suite struct OneLineTests {
    @Test func lineBreaksBecomeTheMarkAndControlsGo() {
        #expect("a\nb".oneLine() == "a b")
        #expect("a\nb".oneLine(lineBreak: " ⏎ ") == "a ⏎ b")
        #expect("a\r\nb\u{2028}c".oneLine() == "a b c")
        #expect("\u{1B}]0;x\u{7}tab\there".oneLine() == "]0;xtab here")
        #expect("déjà une ligne".oneLine() == "déjà une ligne")
        #expect("".oneLine() == "")
    }
}

@Suite struct DateWordingTests {
    let french = DateWording.french

    @Test func frenchDates() {
        let date = TestSupport.date(2026, 3, 3)
        #expect(french.long(date) == "3 mars 2026")
        #expect(french.long(TestSupport.date(2026, 5, 1)) == "1er mai 2026")
        #expect(french.withWeekday(date) == "mardi 3 mars 2026")
        #expect(french.numeric(date) == "03/03/2026")
        #expect(french.numeric(TestSupport.date(1, 1, 1)) == "01/01/0001")
        #expect(french.monthNames.count == 12 && french.weekdayNames.count == 7)
        #expect(DisplayLanguage.french.locale.identifier == "fr_FR")
    }

    /// The French names are the ones `InterfaceDates` has always given.
    @Test func frenchDateFormatIsTheFrenchWording() {
        let date = TestSupport.date(2026, 8, 15)
        #expect(InterfaceDates.long(date) == french.long(date))
        #expect(InterfaceDates.withWeekday(date) == "samedi 15 août 2026")
        #expect(InterfaceDates.monthNames == french.monthNames)
    }

    @Test func timestampsInATimeZone() throws {
        let moment = Date(timeIntervalSince1970: 1_795_167_697)  // 2026-11-20T09:41:37Z
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(french.timestamp(moment, timeZone: utc) == "20/11/2026 09:41")
        let brussels = try #require(TimeZone(identifier: "Europe/Brussels"))
        #expect(french.timestamp(moment, timeZone: brussels) == "20/11/2026 10:41")
        // Before 1970, and across midnight.
        #expect(french.timestamp(Date(timeIntervalSince1970: -1), timeZone: utc) == "31/12/1969 23:59")
        #expect(french.timestamp(Date(timeIntervalSince1970: 82_800), timeZone: brussels) == "02/01/1970 00:00")
        #expect(InterfaceDates.timestamp(moment, timeZone: utc) == "20/11/2026 09:41")
    }

    /// The same as the `DateFormatter` the home list and `recours list` used before.
    @Test func timestampsMatchFoundation() throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.dateFormat = "dd/MM/yyyy HH:mm"
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        formatter.timeZone = paris
        for seconds in stride(from: 0.0, through: 4_102_444_800, by: 7_654_321.5) {
            let moment = Date(timeIntervalSince1970: seconds)
            #expect(french.timestamp(moment, timeZone: paris) == formatter.string(from: moment), "\(seconds)")
        }
    }
}

@Suite struct ExportPolicyTests {
    @Test func errorsBlockAnExportWarningsDoNot() {
        let warning = ValidationIssue(.title, .warning, "Un avertissement.")
        let error = ValidationIssue(.facts, .error, "Une erreur.")
        #expect(ExportPolicy.readiness([]) == .exportable)
        #expect(ExportPolicy.readiness([warning]).isExportable)
        #expect(ExportPolicy.readiness([error, warning, error]) == .blocked(errorCount: 2))
        #expect(!ExportPolicy.readiness([error]).isExportable)
        #expect(ExportPolicy.errorCount([warning, error]) == 1)
    }

    @Test func anExistingFileNeedsOverwriteAFolderIsRefused() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(folder) }
        let file = folder.appendingPathComponent("lettre.txt")
        #expect(ExportPolicy.targetProblem(file, overwrite: false) == nil)
        try Data("x".utf8).write(to: file)
        #expect(ExportPolicy.targetProblem(file, overwrite: false) == .exists(file.path))
        #expect(ExportPolicy.targetProblem(file, overwrite: true) == nil)
        #expect(ExportPolicy.targetProblem(folder, overwrite: true) == .directory(folder.path))
    }
}
