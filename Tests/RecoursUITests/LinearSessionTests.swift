import Foundation
import RecoursCore
import Testing

@testable import RecoursUI

/// The linear view driven with scripted answers, as a pipe would: the transcript is what a screen reader reads.
struct LinearSessionTests {
    /// A scripted run: each answer is echoed after its prompt, as a terminal shows it; effects are answered as the
    /// runtime would (saves succeed, exports write nowhere and succeed).
    struct Script {
        var session: LinearSession
        /// What a terminal shows: the output and the answers typed after each prompt.
        var transcript = ""
        /// What the program wrote, without the answers (the terminal wraps those itself).
        var output = ""
        var saves: [Dossier] = []
        var exports: [(text: String, url: URL)] = []
        var quit = false
        let env: AppEnvironment

        init(
            dossier: Dossier = Dossier(id: "linear", createdAt: Date(timeIntervalSince1970: 1_780_000_000)),
            isNew: Bool = true, env: AppEnvironment = UIRepo.env, existing: Set<String> = []
        ) {
            self.env = env
            let url = URL(fileURLWithPath: "/tmp/recours-ui-tests/drafts/\(dossier.id).json")
            let (session, output) = LinearSession.start(dossier: dossier, url: url, isNew: isNew, env: env, width: 80)
            self.session = session
            self.existing = existing
            perform(output)
        }

        var existing: Set<String>

        mutating func perform(_ said: LinearOutput) {
            var queue = [said]
            while !queue.isEmpty {
                let next = queue.removeFirst()
                for line in next.lines {
                    transcript += line + "\n"
                    output += line + "\n"
                }
                transcript += next.prompt
                output += next.prompt + "\n"
                for effect in next.effects {
                    switch effect {
                    case .save(let dossier, let url):
                        saves.append(dossier)
                        queue.append(session.handle(.saved(.success(url.path)), env: env))
                    case .export(let text, let url, let overwrite):
                        if !overwrite, existing.contains(url.path) {
                            queue.append(session.handle(.exported(.failure(.fileExists(path: url.path))), env: env))
                        } else {
                            exports.append((text, url))
                            queue.append(session.handle(.exported(.success(url.path)), env: env))
                        }
                    case .quit:
                        quit = true
                    default:
                        Issue.record("unexpected effect \(effect)")
                    }
                }
            }
        }

        mutating func say(_ answers: String...) {
            for answer in answers {
                transcript += answer + "\n"
                perform(session.answer(answer, env: env))
            }
        }

        var dossier: Dossier { session.wizard.dossier }
    }

    static let esc = "\u{1B}"

    /// Appended lines only: no escape sequence, no control character but the line break, no line wider than 80.
    static func expectReadable(_ transcript: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!transcript.contains(esc), sourceLocation: sourceLocation)
        let controls = transcript.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" }
        #expect(controls.isEmpty, sourceLocation: sourceLocation)
        for line in transcript.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 80, "too wide: \(line)", sourceLocation: sourceLocation)
        }
        for symbol in ["✓", "✗", "›", "▲", "▼", "┌", "│"] {
            #expect(!transcript.contains(symbol), "symbol without words: \(symbol)", sourceLocation: sourceLocation)
        }
    }

    /// From nothing to an exported stage-2 letter to Partenamut: the transcript is the golden file's.
    @Test func aWholeDossierFromNothingToAnExportedComplaint() throws {
        var s = Script()
        s.say("Kinésithérapie refusée", "2", "1", "1")  // title, stage 2, Belgium, kind: compulsory
        let funds = ChoiceOptions.options(for: .fund, dossier: s.dossier, catalog: s.env.catalog)
        let partenamut = try #require(funds.firstIndex { $0.value == "partenamut" })
        // Partenamut, no address of our own (the catalog has it), letters in the fund's language (French).
        s.say(String(partenamut + 1), "", "")
        // Member.
        s.say(
            "2", "Zoé", "Dupont", "Rue de la Loi 16", "", "1000", "Bruxelles", "zoe@example.be", "", "123-4567-89", "")
        // Dispute: subject, detail, incident date (a wrong one first, fixed later), amount, decision date, ref, facts.
        s.say("1", "séances de kinésithérapie", "31/02/2026", "486,40", "08/09/2026", "REF-KINE-2026-0412")
        s.say("1")  // the decision names the labour court and the deadline: yes
        s.say(
            "Le 8 septembre 2026 la mutualité a refusé le remboursement de douze séances de kinésithérapie",
            "prescrites par mon médecin après une opération du genou.", ".")
        // Stage 1: contact date, channel, reference, answer.
        s.say("15/09/2026", "1", "conseiller Martin", "On m'a dit que la prescription était arrivée trop tard.", ".")
        // Stage 2: complaint date empty (being written), mode registered letter, no reference, no answer yet.
        s.say("", "1", "", "", "")
        // Mediation (4 fields) and court (6 fields) screens: nothing yet.
        s.say("", "", "", "", "", "", "", "", "", "")
        // Expectations: why unsatisfied, requests, one attachment.
        s.say("La prescription est datée d'avant les séances, comme l'ordonnance le montre.", ".")
        s.say("Je demande le remboursement des douze séances, soit 486,40 euros.", ".")
        s.say("+", "Ordonnance du médecin", "01/09/2026", "", "")
        // Timeline, then review: the wrong date is there; fix it by its problem number.
        s.say("")
        #expect(s.session.wizard.screen == .review)
        let problem = try #require(s.session.wizard.issues.firstIndex { $0.field == .incidentDate })
        s.say(":aller p\(problem + 1)")
        #expect(s.session.wizard.focusedSpec?.field == .incidentDate)
        s.say("03/09/2026")
        #expect(s.dossier.dispute.incidentDate == "03/09/2026")
        s.say(":exporter", "")
        let export = try #require(s.exports.first)
        #expect(export.url.lastPathComponent == "2026-11-22 Réclamation Partenamut.txt")
        #expect(export.url.deletingLastPathComponent() == s.env.lettersDirectory)
        // The same letter as the full-screen view's export for the same dossier and date.
        #expect(export.text == s.env.renderer.render(s.dossier, date: s.env.today))
        s.say(":quitter")
        #expect(s.quit)
        #expect(s.saves.last?.member.firstName == "Zoé", "every answer is saved")
        Self.expectReadable(s.output)
        try Self.expectGolden(s.transcript, "linear-journey-stage2")
    }

    @Test func aWrongValueIsSaidAndKeptAndNothingTraps() {
        var s = Script()
        s.say("", "", "1", "", "", "")  // Belgium, then on to "Vos coordonnées"
        #expect(s.session.wizard.screen == .member)
        s.say("", "", "", "", "", "", "", "", "", "", "85.07.30-033.62")  // a NISS with a wrong key
        #expect(s.dossier.member.nationalNumber == "85.07.30-033.62", "kept exactly as typed")
        #expect(s.transcript.contains("erreur : "))
        #expect(s.session.wizard.screen == .dispute, "and it went on")
        s.say(":retour")
        #expect(s.session.wizard.focusedSpec?.field == .nationalNumber)
        #expect(s.transcript.hasSuffix("Votre réponse : "))
        s.say(":aller téléphone")
        #expect(s.session.wizard.focusedSpec?.field == .phone)
        s.say(":aller nulle part")
        #expect(s.transcript.contains("aucun écran ni champ"))
        s.say(":suivant")
        #expect(s.session.wizard.screen == .dispute)
        Self.expectReadable(s.output)
    }

    @Test func aDateIsSaidAsUnderstood() {
        var s = Script()
        s.say(":aller soins ou événement", "30/09/2026")
        #expect(s.transcript.contains("Compris : mercredi 30 septembre 2026"))
    }

    @Test func aMultiLineTextKeepsLinesThatLookLikeCommands() {
        var s = Script()
        s.say(":aller les faits", "Première ligne", ":aide n'est pas une commande ici", ".")
        #expect(s.dossier.dispute.facts == "Première ligne\n:aide n'est pas une commande ici")
        // Enter at once keeps the text.
        s.say(":retour", ":suivant", ":aller les faits", "")
        #expect(s.dossier.dispute.facts == "Première ligne\n:aide n'est pas une commande ici")
    }

    @Test func quittingAndResumingComeBackToTheSameField() {
        var s = Script()
        s.say("Dossier repris", "", "2")
        s.say(":quitter")
        #expect(s.quit)
        let saved = try! #require(s.saves.last)
        #expect(saved.resumePoint == ResumePoint(screen: "dossier", field: "fund.organismId"))
        let resumed = Script(dossier: saved, isNew: false)
        #expect(resumed.session.wizard.focusedSpec?.field == .fund)
        #expect(resumed.transcript.hasSuffix("Votre choix : "))
        #expect(resumed.dossier.title == "Dossier repris")
    }

    @Test func anExistingFileIsReplacedOnlyWhenTheUserSaysSo() {
        let url = UIRepo.env.lettersDirectory.appendingPathComponent("2026-11-22 Médiation Identités Mutuelle.txt").path
        var s = Script(dossier: UIRepo.example("identites-mutuelle-optique"), isNew: false, existing: [url])
        s.say(":exporter", "")
        #expect(s.exports.isEmpty)
        #expect(s.transcript.contains("existe déjà"))
        s.say("n")
        #expect(s.exports.isEmpty)
        s.say(":exporter", "", "o")
        #expect(s.exports.map(\.url.path) == [url])
    }

    @Test func aScreenWithoutFieldsSaysItsContentOnceNotAfterEachCommand() {
        var s = Script(dossier: UIRepo.example("identites-mutuelle-optique"), isNew: false)
        s.say(":aller 10")
        let summary = "Commandes utiles ici"
        #expect(s.output.components(separatedBy: summary).count == 2)
        s.say(":problèmes", ":enregistrer")
        #expect(s.output.components(separatedBy: summary).count == 2, "a command asks again with the prompt only")
        #expect(s.output.split(separator: "\n").last == "Entrée pour continuer : ")
    }

    @Test func theEndOfInputSavesAndQuits() {
        var s = Script()
        s.say("Titre")
        s.perform(s.session.endOfInput())
        #expect(s.quit)
        #expect(s.saves.last?.title == "Titre")
    }

    @Test func helpListsEveryCommandInWords() {
        var s = Script()
        s.say(":aide")
        for command in LinearCommand.allCases { #expect(s.transcript.contains(command.spelled + " — ")) }
        // Accents and case do not matter.
        #expect(LinearSession.command(":PROBLEMES")?.0 == .problems)
        #expect(LinearSession.command(":délais")?.0 == .timeline)
        #expect(LinearSession.command(":aller  p2")?.1 == "p2")
        #expect(LinearSession.command(":inconnu") == nil)
    }

    @Test func everyCommandHasItsWordAndHelp() {
        for command in LinearCommand.allCases {
            #expect(Texts.has("linear.command.\(command.rawValue)"))
            #expect(Texts.has("linear.command.\(command.rawValue).help"))
        }
    }

    @Test func theLetterIsReadInPages() {
        var s = Script(dossier: UIRepo.example("identites-mutuelle-optique"), isNew: false)
        s.say(":lettre")
        #expect(s.transcript.contains("Entrée pour la suite, q pour arrêter"))
        s.say("q")
        Self.expectReadable(s.output)
    }

    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Golden/\(name).txt")
        if ProcessInfo.processInfo.environment["RECOURS_UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "transcript \(name) differs", sourceLocation: sourceLocation)
    }
}
