import Foundation
import Testing

/// `recours --langue nl`: a Flemish member types a dossier in the Dutch interface and exports a Dutch complaint.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct DutchEndToEndTests {
    @Test func aDossierTypedInDutchGivesADutchComplaint() throws {
        let t = TmuxSession()
        try t.start(["--langue", "nl", "new", "--date", "2026-11-22"])
        try t.waitFor("Uw dossier")
        try t.waitFor("Naam van het dossier")

        // Screen 1: the title, the stage, Belgium, the compulsory insurance, CM found by its Dutch name.
        try t.type("Kiné – Ledeberg")
        try t.keys("Tab", "Enter")
        try t.waitFor("Filter:")
        try t.type("klacht")
        try t.keys("Enter")
        try t.waitFor("‹ 2. Schriftelijke klacht ›")
        try t.keys("Tab", "Enter")
        try t.type("belg")
        try t.keys("Enter")
        try t.waitFor("‹ België ›")
        try t.keys("Tab", "Enter")
        try t.type("wettelijke")
        try t.keys("Enter", "Tab", "Enter")
        try t.type("christelijke")
        try t.keys("Enter")
        try t.waitFor("‹ Christelijke Mutualiteit")

        // Screen 2: the member, in Ghent (the letters' language follows: Dutch).
        try t.keys("NPage")
        try t.waitFor("Uw gegevens")
        try t.keys("Right", "Tab")
        try t.waitFor("‹ Mevrouw ›")
        for value in ["Els", "Van den Broeck", "Brusselsesteenweg 12", "", "9050", "Gent", "els@example.be"] {
            if !value.isEmpty { try t.type(value) }
            try t.keys("Tab")
        }
        try t.waitFor("els@example.be")
        try t.keys("Tab")
        try t.type("123-4567890-12")
        try t.keys("NPage")

        // Screen 3: the dispute; the interface writes its dates in Dutch.
        try t.waitFor("Het geschil")
        try t.keys("Enter")
        try t.type("geweigerd")
        try t.keys("Enter", "Tab")
        try t.type("36 beurten kinesitherapie")
        try t.keys("Tab")
        try t.type("15/09/2026")
        try t.waitFor("→ dinsdag 15 september 2026")
        try t.keys("Tab")
        try t.type("486,40")
        try t.keys("Tab")
        try t.type("02/10/2026")
        try t.waitFor("→ vrijdag 2 oktober 2026")
        try t.keys("Tab", "Tab", "Enter")
        try t.type("ja")
        try t.keys("Enter", "Tab")
        try t.type(
            "Op 2 oktober 2026 weigerde het ziekenfonds de terugbetaling van 36 beurten kinesitherapie, "
                + "hoewel mijn arts ze voorschreef.")
        try t.keys("NPage")

        // Stage 1 and the complaint, sent by registered letter.
        try t.waitFor("Stap 1 · Klantendienst")
        try t.type("05/10/2026")
        try t.keys("Tab", "Enter")
        try t.type("loket")
        try t.keys("Enter", "Tab", "Tab")
        try t.type("Ik moet een schriftelijke klacht indienen.")
        try t.keys("NPage")
        try t.waitFor("Stap 2 · Schriftelijke klacht")
        try t.keys("Tab", "Enter")
        try t.type("aangetekend")
        try t.keys("Enter")
        try t.waitFor("‹ Aangetekende brief ›")
        try t.keys("NPage", "NPage", "NPage")
        try t.waitFor("Uw vragen en de bijlagen")
        try t.type("Het voorschrift van mijn arts vermeldt 36 beurten.")
        try t.keys("Tab")
        try t.type("De terugbetaling van de 36 beurten.")
        try t.keys("Tab", "Enter")
        try t.waitFor("Bijlage nr. 1")
        try t.type("Weigering van het ziekenfonds")
        try t.keys("Enter")
        try t.type("02/10/2026")
        try t.keys("Enter", "Enter")
        try t.waitFor("1. Weigering van het ziekenfonds — 02/10/2026")

        // Export from the review: the status line says where, in Dutch.
        try t.keys("C-x")
        try t.waitFor("Nalezen en exporteren")
        try t.waitFor("De brief exporteren")
        try t.keys("Enter")
        try t.waitFor("Brief geschreven naar")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.exitStatus == "EXIT:0")

        let drafts = t.drafts()
        #expect(drafts.count == 1)
        let json = try String(contentsOf: try #require(drafts.first), encoding: .utf8)
        #expect(json.contains("Van den Broeck") && json.contains("Kiné – Ledeberg"))
        let letters = t.exportedLetters()
        #expect(letters.count == 1)
        let letter = try String(contentsOf: try #require(letters.first), encoding: .utf8)
        // A Dutch complaint: Dutch words, Dutch dates and amounts, no French left.
        for expected in ["Betreft", "Geachte", "klacht", "22 november 2026", "€ 486,40", "Van den Broeck"] {
            #expect(letter.contains(expected), "the letter lacks \(expected):\n\(letter)")
        }
        for french in ["Madame, Monsieur", "Objet", "réclamation", "novembre"] {
            #expect(!letter.contains(french), "French in the Dutch letter: \(french)")
        }
    }
}
