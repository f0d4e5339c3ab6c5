import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile input and privacy, seen from the wizard in tmux: escape sequences typed or pasted, or read from a
/// draft, never reach the terminal (tmux's pane title would change) nor a field; unreadable drafts are reported
/// and left untouched; files and folders are private under `umask 000`, the `$EDITOR` file too (and removed);
/// no Internet socket is ever opened.
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct HostileInputEndToEndTests {
    static let corpus = TmuxSession.root.appendingPathComponent("Tests/RecoursCoreTests/Corpus")
    static let escape = "\u{1B}]0;PWNED\u{7}\u{1B}[2J\u{1B}[31m"

    func paneTitle(_ t: TmuxSession) throws -> String {
        try t.tmux(["display", "-p", "-t", "main", "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Escape sequences pasted into a field: dropped whole (not just their ESC), nothing reaches the terminal.
    @Test func pastedEscapeSequencesAreDropped() throws {
        let t = TmuxSession()
        try t.start(["new"])
        try t.waitFor("Votre dossier")
        let title = try paneTitle(t)
        try t.type("Avant \(Self.escape)rouge\u{1B}]8;;http://exemple.invalid\u{1B}\\ après")
        try t.waitFor("Avant rouge après")
        #expect(try paneTitle(t) == title)
        #expect(try !t.screen().contains("PWNED"))
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)
        let json = try String(contentsOf: try #require(t.drafts().first), encoding: .utf8)
        #expect(json.contains("\"title\" : \"Avant rouge après\""), "\(json)")
    }

    /// A draft written by something else, with escape sequences and control characters in its texts: it opens,
    /// every screen draws, the terminal never receives them (its title stays), and the file is not rewritten.
    @Test func aDraftFullOfEscapesOpensAndSendsNothingRaw() throws {
        let t = TmuxSession()
        let draft = t.home.appendingPathComponent("echappements.json")
        try FileManager.default.copyItem(
            at: Self.corpus.appendingPathComponent("drafts-accepted/sequences-echappement.json"), to: draft)
        let before = try Data(contentsOf: draft)
        try t.start(["open", draft.path])
        try t.waitFor("Votre dossier")
        let title = try paneTitle(t)
        for _ in 0..<9 { try t.keys("NPage") }
        try t.waitFor("Relecture et export")
        try t.keys("PPage", "PPage", "PPage", "PPage", "PPage", "PPage", "PPage")
        try t.waitFor("Le litige")
        #expect(try paneTitle(t) == title)
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)
        // Nothing of it is rewritten (its escapes stay as they were): only where the user was is recorded, and the
        // current stage's request and reasons prefilled, as typed, when the demands screen was shown (with the
        // time of that change).
        func content(_ data: Data) throws -> NSDictionary {
            var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            if var stages = object["stages"] as? [String: Any] {
                for (name, record) in stages {
                    if var fields = record as? [String: Any] {
                        fields["request"] = nil
                        fields["reasons"] = nil
                        stages[name] = fields
                    }
                }
                object["stages"] = stages
            }
            return object.filter { $0.key != "resumePoint" && $0.key != "updatedAt" } as NSDictionary
        }
        let after = try Data(contentsOf: draft)
        #expect(try content(after) == content(before), "an unchanged draft keeps its content")
        #expect(String(decoding: after, as: UTF8.self).contains("\"resumePoint\""))
    }

    /// Unreadable drafts opened from the command line: exit code 2, the message names the file, the file keeps
    /// its bytes, the terminal is as before.
    @Test(arguments: [
        "binaire-elf.json", "imbrication-100000.json", "version-2.json", "utf8-invalide.json", "type-etape-texte.json",
    ])
    func refusedDraftsAreNamedAndLeftUntouched(name: String) throws {
        let t = TmuxSession()
        let draft = t.home.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent("drafts-refused/\(name)"), to: draft)
        let before = try Data(contentsOf: draft)
        try t.start(["open", draft.path])
        // The message wraps at the terminal's edge: the lines joined read it whole.
        let screen = try t.waitFor("RECOURS-ENDED").replacingOccurrences(of: "\n", with: "")
        #expect(t.exitStatus == "EXIT:2")
        #expect(screen.contains(draft.path), "\(screen)")
        #expect(screen.contains("Il n'a pas été modifié"), "\(screen)")
        #expect(try Data(contentsOf: draft) == before)
        #expect(t.terminalRestored)
    }

    /// 100 MB in the drafts folder beside a good draft: the list shows it as unreadable (too large) without
    /// reading it, opening it is refused, it is never changed.
    @Test func theListShowsUnreadableDraftsAndNeverTouchesThem() throws {
        let t = TmuxSession()
        try FileManager.default.createDirectory(at: t.draftsDirectory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TmuxSession.root.appendingPathComponent("Examples/partenamut-kinesitherapie.json"),
            to: t.draftsDirectory.appendingPathComponent("bon.json"))
        let huge = t.draftsDirectory.appendingPathComponent("enorme.json")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: Data("{".utf8)))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()
        let binary = t.draftsDirectory.appendingPathComponent("binaire.json")
        try FileManager.default.copyItem(
            at: Self.corpus.appendingPathComponent("drafts-refused/binaire-elf.json"), to: binary)
        let before = try [huge, binary].map { try Data(contentsOf: $0) }
        try t.start([])
        try t.waitFor("enorme.json : illisible")
        let screen = try t.waitFor("binaire.json : illisible")
        #expect(screen.contains("Kinésithérapie") || screen.contains("Partenamut"), "\(screen)")
        // Down to the unreadable ones, Enter: a message, nothing opened.
        // (The status area shows three lines: with this test's long paths, the end of the message is cut.)
        try t.keys("Down", "Down", "Enter")
        var shown = try t.waitForWrapped("est illisible : ce n'est pas du texte UTF-8")
        #expect(shown, "\((try? t.screen()) ?? "")")
        try t.keys("Down", "Enter")
        shown = try t.waitForWrapped("est trop volumineux (100 Mo)")
        #expect(shown, "\((try? t.screen()) ?? "")")
        #expect(try !t.screen().contains("Votre dossier"), "nothing opened")
        try t.keys("q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.exitStatus == "EXIT:0")
        #expect(try [huge, binary].map { try Data(contentsOf: $0) } == before)
        #expect(t.terminalRestored)
    }

    /// 1 MB of facts and 1,000 attachments in the real binary: it opens, shows the facts and the attachments,
    /// takes an edit and saves everything back.
    @Test func aMegabyteOfFactsAndAThousandAttachments() throws {
        let t = TmuxSession()
        let data = try Data(
            contentsOf: TmuxSession.root.appendingPathComponent("Examples/partenamut-kinesitherapie.json"))
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var dispute = try #require(json["dispute"] as? [String: Any])
        let paragraph = "Le 3 mars 2026, la mutuelle a refusé la séance n° 12 : « hors délai ». "
        dispute["facts"] = String(repeating: paragraph + "\n", count: 1_048_576 / paragraph.utf8.count + 1)
        dispute["attachments"] = (1...1_000).map {
            ["description": "Pièce n° \($0)", "date": "01/03/2026", "path": ""]
        }
        json["dispute"] = dispute
        let draft = t.home.appendingPathComponent("gros.json")
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted]).write(to: draft)
        try t.start(["open", draft.path, "--date", "22/11/2026"])
        try t.waitFor("Votre dossier", timeout: 60)
        try t.keys("End")
        try t.type(" (gros)")
        try t.keys("NPage", "NPage")
        try t.waitFor("la séance n° 12", timeout: 60)
        for _ in 0..<5 { try t.keys("NPage") }
        try t.waitFor("Pièce n° 1", timeout: 60)
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED", timeout: 60)
        #expect(t.exitStatus == "EXIT:0")
        let saved = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: draft)) as? [String: Any])
        #expect((saved["title"] as? String)?.hasSuffix(" (gros)") == true)
        let savedDispute = try #require(saved["dispute"] as? [String: Any])
        #expect((savedDispute["facts"] as? String) == (dispute["facts"] as? String))
        #expect((savedDispute["attachments"] as? [Any])?.count == 1_000)
        #expect(Self.mode(draft) == 0o600)
    }

    // MARK: Privacy

    static func mode(_ url: URL) -> mode_t? {
        var info = stat()
        return stat(url.path, &info) == 0 ? info.st_mode & 0o777 : nil
    }

    /// Under `umask 000`: the folders Recours creates are 0700, the draft 0600; the `$EDITOR` file is 0600 in a
    /// 0700 folder and is gone afterwards; an exported letter is 0600.
    @Test func filesArePrivateUnderAnOpenUmask() throws {
        let t = TmuxSession()
        let editor = t.home.appendingPathComponent("editeur.sh")
        try Data(
            """
            #!/bin/sh
            stat -c %a "$1" > "$HOME/editor-file-mode"
            stat -c %a "$(dirname "$1")" > "$HOME/editor-dir-mode"
            echo "$1" > "$HOME/editor-path"
            echo "Texte écrit dans l'éditeur externe." > "$1"

            """.utf8
        ).write(to: editor)
        chmod(editor.path, 0o755)
        try t.startCustom(["new"], prelude: "umask 000", editor: editor.path)
        try t.waitFor("Votre dossier")
        try t.type("Privé")
        try t.keys("NPage", "NPage")
        try t.waitFor("Le litige")
        for _ in 0..<6 { try t.keys("Tab") }
        try t.waitFor("Ctrl-E : éditeur externe")
        try t.keys("C-e")
        try t.waitFor("Texte écrit dans l'éditeur externe.")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)

        #expect(t.file("editor-file-mode") == "600")
        #expect(t.file("editor-dir-mode") == "700")
        let editorPath = try #require(t.file("editor-path"))
        #expect(!FileManager.default.fileExists(atPath: editorPath))
        #expect(
            !FileManager.default.fileExists(atPath: URL(fileURLWithPath: editorPath).deletingLastPathComponent().path))
        // Every folder Recours created, up to the home folder, is private.
        var folder = t.draftsDirectory
        while folder.path != t.home.path {
            #expect(Self.mode(folder) == 0o700, "\(folder.path): \(String(Self.mode(folder) ?? 0, radix: 8))")
            folder = folder.deletingLastPathComponent()
        }
        let draft = try #require(t.drafts().first)
        #expect(Self.mode(draft) == 0o600)
        #expect(try String(contentsOf: draft, encoding: .utf8).contains("Texte écrit dans l'éditeur externe."))

        // An exported letter.
        let complete = t.draftsDirectory.appendingPathComponent("complet.json")
        try FileManager.default.copyItem(
            at: TmuxSession.root.appendingPathComponent("Examples/partenamut-kinesitherapie.json"), to: complete)
        let again = TmuxSession(reusing: t)
        try again.startCustom(["open", complete.path, "--date", "22/11/2026"], prelude: "umask 000")
        try again.waitFor("Votre dossier")
        try again.keys("C-x")
        try again.waitFor("Exporter la lettre")
        try again.keys("Enter")
        try again.waitFor("Lettre écrite dans")
        try again.keys("C-q")
        try again.waitFor("RECOURS-ENDED")
        let letter = try #require(again.exportedLetters().first)
        #expect(Self.mode(letter) == 0o600)
        #expect(Self.mode(letter.deletingLastPathComponent()) == 0o700, "the letters' folder Recours created")
    }

    /// Nothing leaves the machine: a whole session under strace opens no Internet socket.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "needs strace"))
    func theWizardOpensNoInternetSocket() throws {
        let t = TmuxSession()
        let trace = t.home.appendingPathComponent("trace")
        try t.startCustom(["new"], wrapper: "strace -f -qq -e trace=socket,connect -o '\(trace.path)'")
        try t.waitFor("Votre dossier")
        try t.type("Rien ne sort")
        try t.keys("NPage", "NPage", "NPage")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        let calls = try String(contentsOf: trace, encoding: .utf8)
        for family in ["AF_INET", "AF_INET6", "AF_PACKET"] { #expect(!calls.contains(family), "\(calls)") }
        #expect(t.drafts().count == 1)
    }
}

extension TmuxSession {
    /// Polls until `text` shows, also when the wizard wrapped it over the lines of its status area.
    func waitForWrapped(_ text: String, timeout: Double = 15) throws -> Bool {
        try waitUntil(timeout: timeout) {
            try screen().split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ").contains(text)
        }
    }

    /// Like `start`, with shell commands before the program (`prelude`, e.g. `umask 000`) and a command it runs
    /// under (`wrapper`, e.g. strace).
    func startCustom(_ arguments: [String], prelude: String = "", wrapper: String = "", editor: String = "true") throws
    {
        let home = self.home.path
        let script = """
            stty -g > '\(home)/stty-before'
            \(prelude)
            \(wrapper) '\(Self.binary.path)' \(arguments.map { "'\($0)'" }.joined(separator: " "))
            echo "EXIT:$?" > '\(home)/exit-status'
            stty -g > '\(home)/stty-after'; echo RECOURS-ENDED; sleep 600

            """
        let file = self.home.appendingPathComponent("start-\(UUID().uuidString.prefix(8)).sh")
        try Data(script.utf8).write(to: file)
        let command =
            "env -u LANG -u LC_ALL -u LC_CTYPE HOME='\(home)' EDITOR='\(editor)' VISUAL='\(editor)' TERM=xterm-256color sh '\(file.path)'"
        try tmux(["new-session", "-d", "-s", "main", "-x", "80", "-y", "24", command])
        try tmux(["set", "-sg", "escape-time", "0"])
    }
}
