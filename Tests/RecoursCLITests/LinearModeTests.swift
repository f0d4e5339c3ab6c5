import Foundation
import Testing

/// The linear view through the real binary and plain pipes, as a screen reader's user (or a script) drives it.
struct LinearModeTests {
    static let date = "2026-11-22"

    /// A Partenamut stage-2 dossier typed from nothing, exported, then quit.
    static let answers = [
        // Partenamut, no address of our own (the catalog has it), letters in the fund's language.
        "Kinésithérapie refusée", "2", "1", "1", "PARTENAMUT", "", "",
        "2", "Zoé", "Dupont", "Rue de la Loi 16", "", "1000", "Bruxelles", "zoe@example.be", "", "123-4567-89", "",
        "1", "séances de kinésithérapie", "03/09/2026", "486,40", "08/09/2026", "REF-KINE-2026-0412", "1",
        "Le 8 septembre 2026 la mutualité a refusé le remboursement de douze séances de kinésithérapie",
        "prescrites par mon médecin après une opération du genou.", ".",
        "15/09/2026", "1", "conseiller Martin", "On m'a dit que la prescription était arrivée trop tard.", ".",
        "", "1", "", "", "",
        "", "", "", "", "", "", "", "", "", "",
        "La prescription est datée d'avant les séances, comme l'ordonnance le montre.", ".",
        "Je demande le remboursement des douze séances, soit 486,40 euros.", ".",
        "+", "Ordonnance du médecin", "01/09/2026", "", "",
        "", ":problèmes", ":exporter", "", ":quitter",
    ]

    /// The number of Partenamut in the fund list the binary prints for Belgium.
    static func script(fundNumber: Int) -> String {
        answers.map { $0 == "PARTENAMUT" ? String(fundNumber) : $0 }.joined(separator: "\n") + "\n"
    }

    static func fundNumber(in output: String) -> Int? {
        for line in output.split(separator: "\n") where line.contains("Partenamut") {
            let trimmed = line.drop { $0 == " " }
            if let dot = trimmed.firstIndex(of: "."), let n = Int(trimmed[..<dot]) { return n }
        }
        return nil
    }

    @Test func aWholeDossierThroughPipesGivesTheSameLetterAsExport() throws {
        let p = RecoursProcess()
        defer { p.cleanUp() }
        // First run: stop at the fund list to learn Partenamut's number there.
        let probe = try p.run(["new", "--lineaire", "--date", Self.date], input: "\n\n1\n1\n")
        let number = try #require(Self.fundNumber(in: probe.stdout))
        try? FileManager.default.removeItem(at: p.draftsDirectory)

        let run = try p.run(["new", "--lineaire", "--date", Self.date], input: Self.script(fundNumber: number))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Écran 10 sur 11 : Relecture et export"))
        #expect(run.stdout.contains("Lettre écrite dans"))
        #expect(run.stdout.hasSuffix("Dossier enregistré. Au revoir.\n"))
        // Only appended lines of words.
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(!run.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        for line in run.stdout.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }

        let drafts = try FileManager.default.contentsOfDirectory(atPath: p.draftsDirectory.path)
        let draft = try #require(drafts.first { $0.hasSuffix(".json") })
        // The letter went to the letters' folder: no Documents folder in this home, so ~/Recours, under its readable
        // name.
        let letters = p.home.appendingPathComponent("Recours")
        let letter = try #require(
            try FileManager.default.contentsOfDirectory(atPath: letters.path).first { $0.hasSuffix("Partenamut.txt") })
        let exported = try String(contentsOf: letters.appendingPathComponent(letter), encoding: .utf8)
        let again = try p.run(["export", p.draftsDirectory.appendingPathComponent(draft).path, "--date", Self.date])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(exported == again.stdout, "the linear export is the same letter as recours export")
        #expect(exported.contains("Partenamut"))
        #expect(exported.contains("Zoé Dupont"))

        // Resumed where it was left (the review screen), from the numbered list of drafts.
        let resumed = try p.run(["--lineaire", "--date", Self.date], input: "1\n:quitter\n")
        #expect(resumed.stdout.contains("1. Kinésithérapie refusée"))
        #expect(resumed.stdout.contains("Écran 10 sur 11 : Relecture et export"))
    }

    @Test func aDumbTerminalGetsTheLinearView() throws {
        let p = RecoursProcess()
        defer { p.cleanUp() }
        // TERM=dumb chooses it by itself; the input ending saves and quits.
        let run = try p.run(["new", "--date", Self.date], environment: ["TERM": "dumb"], input: "Un titre\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("mode linéaire"))
        #expect(run.stdout.contains("Fin de l'entrée"))
        let drafts = try FileManager.default.contentsOfDirectory(atPath: p.draftsDirectory.path)
        let draft = try #require(drafts.first { $0.hasSuffix(".json") })
        let text = try String(contentsOf: p.draftsDirectory.appendingPathComponent(draft), encoding: .utf8)
        #expect(text.contains("\"title\" : \"Un titre\""))
    }
}
