import Foundation
import Testing

/// The real binary in a real terminal (tmux, 80×24, LANG unset, escape time 0), polled, never slept on.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct EndToEndTests {
    /// Creates a dossier typing accented text in every kind of field, quits, resumes it from the
    /// home list, finds every field intact, exports the letter and compares it with a golden file.
    @Test func createQuitResumeAndExport() throws {
        let t = TmuxSession()
        try t.start(["new", "--date", "2026-11-22"])
        try t.waitFor("Votre dossier")

        // Screen 1: text and choice fields (lists filtered by typing, accents included).
        try t.type("Lunettes d'Hélène – « œuvre »")
        try t.keys("Tab", "Enter")
        try t.waitFor("Filtre :")
        try t.type("récl")
        try t.keys("Enter")
        try t.waitFor("‹ 2. Réclamation écrite ›")
        // Choosing keeps the focus on the field: Tab goes on.
        try t.keys("Tab", "Enter")
        try t.type("fran")
        try t.keys("Enter")
        try t.waitFor("‹ France ›")
        try t.keys("Tab", "Enter")
        try t.type("identit")
        try t.keys("Enter")
        try t.waitFor("‹ Identités Mutuelle ›")

        // Screen 2: the member.
        try t.keys("PPage")
        try t.keys("NPage")
        try t.waitFor("Vos coordonnées")
        try t.keys("Right", "Tab")
        try t.waitFor("‹ Madame ›")
        for (value, key) in [
            ("Hélène", "Tab"), ("Garçon-Lefèvre", "Tab"), ("14, rue des Écoles", "Tab"), ("", "Tab"), ("69003", "Tab"),
            ("Lyon", "Tab"), ("helene.garcon@example.fr", "Tab"), ("06 12 34 56 78", "Tab"), ("IM 0045 7821", "Tab"),
            ("2 95 10 99 126 111 93", "NPage"),
        ] {
            if !value.isEmpty { try t.type(value) }
            try t.keys(key)
        }

        // Screen 3: the dispute, with a date and a multi-line text.
        try t.waitFor("Le litige")
        try t.keys("Enter")
        try t.type("rembours")
        try t.keys("Enter", "Tab")
        try t.type("forfait optique")
        try t.keys("Tab")
        try t.type("20/03/2026")
        try t.waitFor("→ vendredi 20 mars 2026")
        try t.keys("Tab")
        try t.type("320,00")
        try t.keys("Tab", "Tab", "Tab")
        try t.type("Le 20 mars 2026, Identités Mutuelle a refusé le forfait optique de 320 € : « déjà utilisé ».")
        try t.keys("Enter")
        try t.type("Mon précédent équipement date de mars 2023, ce qui se vérifie aisément.")
        try t.keys("NPage")

        // Stage 1 and 2 screens.
        try t.waitFor("Étape 1 · Service clientèle")
        try t.type("25/03/2026")
        try t.keys("Tab", "Enter")
        try t.type("formul")
        try t.keys("Enter", "Tab")
        try t.type("Demande n° 88213")
        try t.keys("Tab")
        try t.type("Refus confirmé, sans explication.")
        try t.keys("NPage")
        try t.waitFor("Étape 2 · Réclamation écrite")
        try t.keys("Tab", "Enter")
        try t.type("recomm")
        try t.keys("Enter")
        try t.waitFor("‹ Lettre recommandée ›")
        try t.keys("NPage", "NPage", "NPage")

        // Expectations and an attachment (list editor dialog).
        try t.waitFor("Vos demandes et les pièces")
        try t.type("Personne n'a vérifié la date de mon précédent équipement.")
        try t.keys("Tab")
        try t.type("Le remboursement du forfait optique de 320 € prévu par mon contrat.")
        try t.keys("Tab", "Enter")
        try t.waitFor("Pièce jointe n° 1")
        try t.type("Facture de l'opticien")
        try t.keys("Enter")
        try t.type("12/03/2026")
        try t.keys("Enter", "Enter")
        try t.waitFor("1. Facture de l'opticien — 12/03/2026")

        // Quit: the draft is saved, the terminal restored.
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.exitStatus == "EXIT:0")
        #expect(t.terminalRestored)
        let drafts = t.drafts()
        #expect(drafts.count == 1)
        let json = try String(contentsOf: drafts[0], encoding: .utf8)
        for expected in [
            "Lunettes d'Hélène – « œuvre »", "Garçon-Lefèvre", "14, rue des Écoles", "20/03/2026",
            "320 € : « déjà utilisé ».\\nMon précédent", "Facture de l'opticien", "identites-mutuelle",
        ] {
            #expect(json.contains(expected), "the draft lacks \(expected)")
        }

        // Resume from the home list: the wizard reopens where the user was, every field intact.
        let again = TmuxSession(reusing: t)
        try again.start(["--date", "2026-11-22"])
        try again.waitFor("Lunettes d'Hélène – « œuvre »")
        try again.keys("Down", "Enter")
        try again.waitFor("Vos demandes et les pièces")
        try again.waitFor("1. Facture de l'opticien — 12/03/2026")
        try again.keys("PPage", "PPage", "PPage", "PPage", "PPage", "PPage")
        // Each value is waited for: a capture can fall in the middle of a repaint on a busy machine.
        try again.waitFor("Vos coordonnées")
        for expected in ["‹ Madame ›", "Hélène", "Garçon-Lefèvre", "14, rue des Écoles", "69003", "IM 0045 7821"] {
            try again.waitFor(expected)
        }
        try again.keys("NPage")
        try again.waitFor("Le litige")
        try again.waitFor("→ vendredi 20 mars 2026")
        try again.waitFor("« déjà utilisé »")

        // Export through the review screen.
        try again.keys("C-x")
        try again.waitFor("Exporter la lettre")
        try again.keys("Enter")
        try again.waitFor("Lettre écrite dans")
        try again.keys("C-q")
        try again.waitFor("RECOURS-ENDED")
        // In the letters' folder, under a name a person reads: its date, the letter, the fund.
        let letters = again.exportedLetters()
        #expect(letters.count == 1)
        #expect(letters.first?.lastPathComponent == "2026-11-22 Réclamation Identités Mutuelle.txt")
        #expect(letters.first?.deletingLastPathComponent().lastPathComponent == "Recours")
        let letter = try String(contentsOf: try #require(letters.first), encoding: .utf8)
        let golden = TmuxSession.root.appendingPathComponent("Tests/RecoursEndToEndTests/Golden/journey-stage2.txt")
        if ProcessInfo.processInfo.environment["RECOURS_UPDATE_GOLDEN"] == "1" {
            try Data(letter.utf8).write(to: golden)
        }
        #expect(letter == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func externalEditorTextComesBackAndItsFileIsRemoved() throws {
        let t = TmuxSession()
        let before = Self.editorTemporaryFolders()
        // A scripted "editor" that changes the text of the file it is given.
        try t.start(["new"], editor: "sed -i s/avant/après/")
        try t.waitFor("Votre dossier")
        try t.keys("NPage", "NPage")
        try t.waitFor("Le litige")
        for _ in 0..<6 { try t.keys("Tab") }
        try t.waitFor("Ctrl-E : éditeur externe")
        try t.type("Le texte d'avant, en français.")
        try t.keys("C-e")
        try t.waitFor("Le texte d'après, en français.")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)
        #expect(Self.editorTemporaryFolders() == before, "the private temporary file is removed")
        let json = try String(contentsOf: try #require(t.drafts().first), encoding: .utf8)
        #expect(json.contains("Le texte d'après, en français."))
    }

    /// An editor that sets the terminal's modes, as vi does, gets the terminal: it was stopped by SIGTTOU (its
    /// process group was not the terminal's) and Recours waited for it forever.
    @Test func anInteractiveEditorGetsTheTerminal() throws {
        let t = TmuxSession()
        // It reads a line from the terminal before changing the file: a background process is stopped (SIGTTIN).
        try t.start(["new"], editor: "head -n 1 </dev/tty >/dev/null && sed -i s/avant/après/")
        try t.waitFor("Votre dossier")
        try t.keys("NPage", "NPage")
        try t.waitFor("Le litige")
        for _ in 0..<6 { try t.keys("Tab") }
        try t.waitFor("Ctrl-E : éditeur externe")
        try t.type("Le texte d'avant.")
        try t.keys("C-e")
        Thread.sleep(forTimeInterval: 0.3)
        try t.type("ok")
        try t.keys("Enter")
        try t.waitFor("Le texte d'après.")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)
    }

    static func editorTemporaryFolders() -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []
        return Set(names.filter { $0.hasPrefix("recours-") && $0.count == "recours-XXXXXX".count })
    }

    @Test func resizeBelowTheMinimumAndBack() throws {
        let t = TmuxSession()
        try t.start(["new"])
        try t.waitFor("Votre dossier")
        try t.type("Texte à garder ç")
        try t.resize(width: 50, height: 12)
        try t.waitFor("Agrandissez la fenêtre")
        try t.resize(width: 80, height: 24)
        let screen = try t.waitFor("Votre dossier")
        #expect(screen.contains("Texte à garder ç"))
        try t.type("!")
        try t.waitFor("Texte à garder ç!")
        try t.resize(width: 100, height: 30)
        try t.waitFor("Texte à garder ç!")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)
    }

    @Test func sigtermWhileTypingLeavesAReadableDraftAndASaneTerminal() throws {
        let t = TmuxSession()
        try t.start(["new"])
        try t.waitFor("Votre dossier")
        try t.type("Saisie interrompue é")
        try t.waitFor("Saisie interrompue é")
        let pid = try #require(try t.recoursPID())
        kill(pid, SIGTERM)
        try t.waitFor("RECOURS-ENDED")
        #expect(t.exitStatus == "EXIT:143")
        #expect(t.terminalRestored)
        let drafts = t.drafts()
        #expect(drafts.count == 1)
        let json = try String(contentsOf: drafts[0], encoding: .utf8)
        #expect(json.contains("\"title\" : \"Saisie interrompue é\""))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["schemaVersion"] as? Int == 1)
    }

    @Test func anUnreadableDraftIsReportedAndLeftUntouched() throws {
        let t = TmuxSession()
        let bad = t.home.appendingPathComponent("abîmé.json")
        try "{\"schemaVersion\": 1, \"id\": ".write(to: bad, atomically: true, encoding: .utf8)
        try t.start(["open", bad.path])
        try t.waitFor("RECOURS-ENDED")
        #expect(t.exitStatus == "EXIT:2")
        #expect(try t.screen().contains("illisible"))
        #expect(try String(contentsOf: bad, encoding: .utf8) == "{\"schemaVersion\": 1, \"id\": ")
        #expect(t.terminalRestored)
    }
}

extension TmuxSession {
    /// A second session on the same home folder (same drafts), as a user coming back later.
    convenience init(reusing other: TmuxSession) {
        self.init(home: other.home)
    }
}
