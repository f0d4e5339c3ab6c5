import Foundation
import RecoursCore
import Testing

@testable import RecoursLetters

/// A stage sent by e-mail is exported as a subject line and a body to paste into a mail client; the exported file
/// takes a readable name in the letter's language.
struct EmailLetterTests {
    static func mediationByEmail(_ language: LetterLanguage) -> Dossier {
        var dossier = belgianDossier()
        dossier.letterLanguage = language
        dossier.currentStage = .mediation
        dossier.stages.mediation = MediationRecord()
        return dossier
    }

    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Repo.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECOURS_UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs; rerun with RECOURS_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
    }

    @Test(arguments: [LetterLanguage.french, .dutch])
    func partenamutsMediationIsAnEmail(language: LetterLanguage) throws {
        let renderer = try Repo.renderer()
        let dossier = Self.mediationByEmail(language)
        #expect(renderer.format(for: dossier) == .email)
        let text = renderer.exportText(dossier, date: letterDate)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix(language == .french ? "Objet\u{00A0}: " : "Onderwerp: "))
        #expect(lines[1].isEmpty)
        // No postal blocks: neither the recipient's nor the place and date; the member's address and phone only
        // under the signature, for the mediator to identify them.
        #expect(!text.contains("Mettewie"))
        let address = try #require(lines.firstIndex { $0.contains("Rue de l'Église 12") })
        #expect(lines[(address - 1)...].filter { !$0.isEmpty }.count == 5, "signature, street, box, city, phone")
        #expect(lines[address - 1].hasSuffix("Françoise Lemaître-Dubois"))
        #expect(lines.last { !$0.isEmpty }?.hasSuffix("0470 12 34 56") == true)
        #expect(!lines[address...].contains { $0.contains("@") }, "the e-mail address is the message's own")
        #expect(!text.contains("Bruxelles, le"))
        // The attachments stay listed.
        #expect(text.contains("Prescription du Dr Marchal"))
        try Self.expectGolden(text, "email-\(language.rawValue)-stage3-partenamut.txt")
    }

    @Test func aRegisteredLetterStaysALetter() throws {
        let renderer = try Repo.renderer()
        var dossier = Self.mediationByEmail(.french)
        dossier.planSending(stage: .mediation, channel: .registeredLetter)
        #expect(renderer.format(for: dossier) == .letter)
        #expect(renderer.exportText(dossier, date: letterDate) == renderer.render(dossier, date: letterDate))
        var complaint = belgianDossier()
        complaint.currentStage = .complaint
        #expect(renderer.exportText(complaint, date: letterDate) == renderer.render(complaint, date: letterDate))
    }

    @Test func theFileNameIsReadableInTheLettersLanguage() throws {
        let renderer = try Repo.renderer()
        var complaint = belgianDossier()
        complaint.currentStage = .complaint
        complaint.stages.complaint?.date = ""
        #expect(renderer.exportFileName(complaint, today: letterDate) == "2026-11-22 Réclamation Partenamut.txt")
        // Once sent, the letter's date is its sending date.
        complaint.stages.complaint?.date = "18/09/2026"
        #expect(renderer.exportFileName(complaint, today: letterDate) == "2026-09-18 Réclamation Partenamut.txt")
        var dutch = complaint
        dutch.fund = FundChoice(organismId: "cm-vlaanderen")
        dutch.letterLanguage = .dutch
        #expect(renderer.exportFileName(dutch, today: letterDate) == "2026-09-18 Klacht CM.txt")
        var other = complaint
        other.fund = FundChoice(organismId: FundChoice.otherId, customName: "Mutuelle A/B : « test »")
        #expect(renderer.exportFileName(other, today: letterDate) == "2026-09-18 Réclamation Mutuelle A B « test ».txt")
    }
}
