import Foundation
import Testing

/// The wizard's keys and screens in the real binary under tmux: a bracketed paste with a line break into a one-line
/// field, Home and End as each common terminal sends them, resuming where the user only moved, the help's width.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct GuideEndToEndTests {
    static func draftJSON(_ t: TmuxSession) throws -> String {
        try String(contentsOf: try #require(t.drafts().first), encoding: .utf8)
    }

    /// Two lines pasted into the title (one line): nothing is lost, the line break becomes a space, and the focus
    /// stays on the title (the line break is no Enter key).
    @Test func aPastedLineBreakInAOneLineFieldBecomesASpace() throws {
        let t = TmuxSession()
        try t.start(["new"])
        try t.waitFor("Votre dossier")
        try t.tmux(["set-buffer", "-b", "recours", "Premier morceau\nSecond morceau"])
        try t.tmux(["paste-buffer", "-p", "-d", "-b", "recours", "-t", "main"])
        try t.waitFor("Premier morceau Second morceau")
        try t.type(" et la suite")
        try t.waitFor("Second morceau et la suite")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)
        let json = try Self.draftJSON(t)
        #expect(json.contains("\"title\" : \"Premier morceau Second morceau et la suite\""), "\(json)")
    }

    /// Home and End as xterm (normal and application mode), the VT220 / Linux console / tmux / PuTTY and rxvt send
    /// them, written to the pane as bytes.
    @Test(arguments: [
        ("\u{1B}[H", "\u{1B}[F"), ("\u{1B}OH", "\u{1B}OF"), ("\u{1B}[1~", "\u{1B}[4~"), ("\u{1B}[7~", "\u{1B}[8~"),
    ])
    func homeAndEndFromEveryCommonTerminal(home: String, end: String) throws {
        let t = TmuxSession()
        try t.start(["new"])
        try t.waitFor("Votre dossier")
        try t.type("milieu")
        try t.waitFor("milieu")
        try t.type(home)
        try t.type("Début ")
        try t.waitFor("Début milieu")
        try t.type(end)
        try t.type(" et fin")
        try t.waitFor("Début milieu et fin")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(try Self.draftJSON(t).contains("\"title\" : \"Début milieu et fin\""))
    }

    /// PgDn three times and Tab, nothing typed, Ctrl-Q: the draft reopens on that screen and that field.
    @Test func aDraftReopensWhereTheUserOnlyMoved() throws {
        let t = TmuxSession()
        try t.start(["new"])
        try t.waitFor("Votre dossier")
        try t.type("Reprise")
        try t.waitFor("Reprise")
        try t.keys("C-s")
        try t.waitFor("Brouillon enregistré dans")
        try t.keys("NPage", "NPage", "NPage")
        try t.waitFor("Écran 4/11")
        try t.keys("Tab")
        try t.waitFor("› ")
        let before = try t.screen()
        let focused = try #require(before.components(separatedBy: "\n").first { $0.hasPrefix("›") }, "\(before)")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        let draft = try #require(t.drafts().first)

        let again = TmuxSession(reusing: t)
        try again.start(["open", draft.path])
        let screen = try again.waitFor("Écran 4/11")
        #expect(screen.contains(focused), "the same field has the focus:\n\(screen)")
        try again.keys("C-q")
        try again.waitFor("RECOURS-ENDED")
    }

    /// At the narrowest width and a wide one, F1's box fits the pane and its texts wrap whole: nothing cut.
    @Test(arguments: [60, 100]) func theHelpFitsTheTerminalAndWrapsItsText(width: Int) throws {
        let t = TmuxSession()
        try t.start(["new"], width: width, height: 24)
        try t.waitFor("Votre dossier")
        try t.keys("F1")
        let screen = try t.waitFor("Aide — les touches")
        let lines = screen.components(separatedBy: "\n")
        let top = try #require(lines.firstIndex { $0.contains("┌") }, "\(screen)")
        let bottom = try #require(lines.firstIndex { $0.contains("└") }, "\(screen)")
        #expect(lines[top].contains("┐"), "the box's right edge is on screen:\n\(screen)")
        // The box alone (the wizard's header behind it may end with "…"): nothing cut in it.
        let box = lines[top...bottom].map { line -> String in
            guard let left = line.firstIndex(where: { "┌│└".contains($0) }),
                let right = line.lastIndex(where: { "┐│┘".contains($0) })
            else { return "" }
            return String(line[left...right])
        }
        #expect(!box.contains { $0.contains("…") }, "nothing cut:\n\(screen)")
        // The help of Ctrl-Z (a long line at 60 columns) is there whole, wrapped or not.
        let words = box.joined(separator: "\n").split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" })
            .joined(separator: " ")
        #expect(words.contains("annuler la dernière modification"), "\(screen)")
        try t.keys("Escape", "C-q")
        try t.waitFor("RECOURS-ENDED")
    }
}
