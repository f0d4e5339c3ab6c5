import Foundation
import Testing

/// "Comment envoyer" in the real binary: the Partenamut member whose complaint was answered goes from the draft to a
/// recorded stage-3 referral with no outside help — the wizard shows the mediation service's e-mail address, records
/// "envoyée le … par e-mail", and the draft on disk says so.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct SendingEndToEndTests {
    @Test func theMediationRequestIsSentByEmailAndRecorded() throws {
        let t = TmuxSession()
        try FileManager.default.createDirectory(at: t.draftsDirectory, withIntermediateDirectories: true)
        let draft = t.draftsDirectory.appendingPathComponent("partenamut.json")
        try FileManager.default.copyItem(
            at: TmuxSession.root.appendingPathComponent("Examples/partenamut-reclamation-envoyee.json"), to: draft)
        try t.start(["open", draft.path, "--date", "2026-11-22"])
        try t.waitFor("Votre dossier")

        // PgDn through the screens and the letter's pages until the last screen.
        var screen = ""
        for _ in 0..<30 where !screen.contains("Comment envoyer") {
            try t.keys("NPage")
            screen = try t.screen()
        }
        try t.waitFor("Comment envoyer")
        try t.waitFor("ombudsman@partenamut.be")
        try t.waitFor("Preuve à garder")
        try t.waitFor("Envoyée le : 22/11/2026")
        try t.keys("Enter")
        try t.waitFor("Envoyée le dimanche 22 novembre 2026 par e-mail.")
        try t.waitFor("Prochaine étape : Attendre la réponse du médiateur")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.exitStatus == "EXIT:0")

        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: draft)) as? [String: Any])
        let mediation = try #require((json["stages"] as? [String: Any])?["mediation"] as? [String: Any])
        #expect(mediation["date"] as? String == "22/11/2026")
        #expect(mediation["mode"] as? String == "email")
    }
}
