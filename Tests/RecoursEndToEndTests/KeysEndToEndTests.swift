import Foundation
import Testing

/// The keys that depend on the terminal, in the real binary under tmux: Home and End (tmux sends `ESC [1~` and
/// `ESC [4~` whatever the TERM inside the pane says), and a bracketed paste.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct KeysEndToEndTests {
    /// The TERM values tried inside the pane, among those this machine has a terminfo entry for.
    static let terms: [String] = ["xterm-256color", "screen", "tmux-256color"].filter { term in
        let folders = ["/usr/share/terminfo", "/lib/terminfo", "/etc/terminfo", "/usr/lib/terminfo"]
        return folders.contains { FileManager.default.fileExists(atPath: "\($0)/\(term.prefix(1))/\(term)") }
    }

    @Test(arguments: terms) func homeAndEndMoveInATextField(term: String) throws {
        let t = TmuxSession()
        try t.start(["new"], term: term)
        try t.waitFor("Votre dossier")
        try t.type("milieu")
        try t.waitFor("milieu")
        try t.keys("Home")
        try t.type("Début ")
        try t.waitFor("Début milieu")
        try t.keys("End")
        try t.type(" et fin")
        try t.waitFor("Début milieu et fin")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)
        let json = try String(contentsOf: try #require(t.drafts().first), encoding: .utf8)
        #expect(json.contains("\"title\" : \"Début milieu et fin\""), "\(json)")
    }

    /// Two lines pasted (tmux `paste-buffer -p`, bracketed since Recours asks for it) into the multi-line facts
    /// field: they arrive as one paste with their line break, so one Ctrl-Z takes them both away.
    @Test func aBracketedPasteOfTwoLinesIsOnePaste() throws {
        let t = TmuxSession()
        try t.start(["new"])
        try t.waitFor("Votre dossier")
        try t.keys("NPage", "NPage")
        try t.waitFor("Le litige")
        for _ in 0..<6 { try t.keys("Tab") }
        try t.waitFor("Ctrl-E : éditeur externe")
        try t.type("Avant : ")
        try t.waitFor("Avant :")
        try t.tmux(["set-buffer", "-b", "recours", "Première ligne collée\nSeconde ligne collée"])
        try t.tmux(["paste-buffer", "-p", "-d", "-b", "recours", "-t", "main"])
        let screen = try t.waitFor("Seconde ligne collée")
        let lines = screen.components(separatedBy: "\n")
        let first = try #require(lines.firstIndex { $0.contains("Avant : Première ligne collée") }, "\(screen)")
        #expect(lines[first + 1].contains("Seconde ligne collée"), "the line break is kept:\n\(screen)")
        try t.keys("C-z")
        #expect(
            try t.waitUntil {
                let s = try t.screen(); return !s.contains("ligne collée") && s.contains("Avant :")
            },
            "one undo step took the whole paste away:\n\((try? t.screen()) ?? "")")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)
    }
}
