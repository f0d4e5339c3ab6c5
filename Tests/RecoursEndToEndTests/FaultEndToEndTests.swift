import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Faults seen from the wizard, in tmux: signals (SIGTERM is in `EndToEndTests`), closing the terminal, job
/// control, and saves that fail (folder gone, disk full, read-only). Each time the draft is saved or the user is
/// told it is not, the dossier stays in memory until saving works again, and the terminal is restored
/// (`stty -g` before and after).
@Suite(.serialized, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct FaultEndToEndTests {
    static func json(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }

    /// The screen as one line, runs of spaces and line breaks as one space: a message wrapped over lines reads whole.
    static func collapsed(_ screen: String) -> String {
        screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The state letter of a process (R, S, T for stopped, Z…), nil once it is gone.
    static func state(of pid: pid_t) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        return stat[stat.index(close, offsetBy: 2)]
    }

    // MARK: Signals

    @Test(arguments: [(SIGHUP, "129"), (SIGINT, "130"), (SIGQUIT, "131")])
    func signalSavesTheDraftAndRestoresTheTerminal(signal: Int32, status: String) throws {
        let t = TmuxSession()
        try t.start(["new"])
        try t.waitFor("Votre dossier")
        try t.type("Signal reçu ç")
        try t.waitFor("Signal reçu ç")
        let pid = try #require(try t.recoursPID())
        kill(pid, signal)
        try t.waitFor("RECOURS-ENDED")
        #expect(t.exitStatus == "EXIT:\(status)")
        #expect(t.terminalRestored)
        #expect(Self.json(try #require(t.drafts().first)).contains("\"title\" : \"Signal reçu ç\""))
    }

    /// Ctrl-C is a key in the wizard (the terminal is in raw mode): it quits after saving, like Ctrl-Q.
    @Test func ctrlCQuitsAfterSaving() throws {
        let t = TmuxSession()
        try t.start(["new"])
        try t.waitFor("Votre dossier")
        try t.type("Interrompu par Ctrl-C")
        try t.waitFor("Interrompu par Ctrl-C")
        try t.keys("C-c")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.exitStatus == "EXIT:0")
        #expect(t.terminalRestored)
        #expect(Self.json(try #require(t.drafts().first)).contains("\"title\" : \"Interrompu par Ctrl-C\""))
    }

    /// The terminal closed (its window, an ssh connection): SIGHUP from the kernel; the draft is saved and the
    /// program ends (it does not spin on a dead terminal).
    @Test func closingTheTerminalSavesTheDraft() throws {
        let t = TmuxSession()
        try t.start(["new"])
        try t.waitFor("Votre dossier")
        try t.type("Fenêtre fermée")
        try t.waitFor("Fenêtre fermée")
        let pid = try #require(try t.recoursPID())
        try t.tmux(["kill-server"])
        #expect(t.waitUntil { Self.state(of: pid) == nil || Self.state(of: pid) == "Z" }, "still running")
        #expect(Self.json(try #require(t.drafts().first)).contains("\"title\" : \"Fenêtre fermée\""))
    }

    /// Job control, as in an interactive shell (`bash` with `set -m`): `kill -TSTP` (what a shell's Ctrl-Z sends
    /// when a program is not in raw mode; in the wizard Ctrl-Z is Undo) saves the draft, gives the terminal back
    /// as it was and stops (the shell sees a stopped job, status 148); `fg` brings the wizard back, repainted,
    /// where it was. Twice.
    @Test func suspendSavesAndRestoresThenFgRepaints() throws {
        let t = TmuxSession()
        try t.startWithJobControl(["new"])
        try t.waitFor("Votre dossier")
        try t.type("Avant la pause")
        try t.waitFor("Avant la pause")
        try t.type(" é")
        let pid = try #require(try t.recoursPID())
        for round in 1...2 {
            kill(pid, SIGTSTP)
            #expect(t.waitUntil { Self.state(of: pid) == "T" }, "not stopped")
            #expect(t.waitUntil { t.file("stopped-\(round)") == "STOPPED:148" }, "the shell did not see a stopped job")
            // Stopped: the draft holds everything typed, the terminal is in the shell's mode, the screen is left.
            let title = round == 1 ? "Avant la pause é" : "Avant la pause é puis la suite"
            #expect(Self.json(try #require(t.drafts().first)).contains("\"title\" : \"\(title)\""))
            #expect(t.file("stty-stopped-\(round)") == t.file("stty-before"), "terminal not restored while stopped")
            #expect(try !t.screen().contains("Votre dossier"))
            try Data().write(to: t.home.appendingPathComponent("fg-\(round)"))
            try t.waitFor(title)
            try t.waitFor("Votre dossier")
            if round == 1 {
                try t.type(" puis la suite")
                try t.waitFor("Avant la pause é puis la suite")
            }
        }
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.exitStatus == "EXIT:0")
        #expect(t.terminalRestored)
        #expect(Self.json(try #require(t.drafts().first)).contains("\"title\" : \"Avant la pause é puis la suite\""))
    }

    // MARK: Saving fails

    /// The drafts folder removed while the wizard runs (`rm -r ~/.local/share/recours`): Recours's own folder is
    /// created again, private, at the next save, so that the dossier on screen is not lost.
    @Test func draftsFolderRemovedWhileRunningIsCreatedAgain() throws {
        let t = TmuxSession()
        try t.start(["new"])
        try t.waitFor("Votre dossier")
        try t.waitFor("✓ Enregistré")
        try FileManager.default.removeItem(at: t.home.appendingPathComponent(".local/share/recours"))
        try t.type("Toujours là")
        try t.waitFor("Toujours là")
        #expect(t.waitUntil { Self.json(t.drafts().first ?? t.home).contains("Toujours là") }, "not saved again")
        try t.waitFor("✓ Enregistré")
        var info = stat()
        #expect(stat(t.draftsDirectory.path, &info) == 0 && info.st_mode & 0o777 == 0o700)
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)
    }

    /// A draft in a folder the user chose (a USB stick…), and the folder vanishes: the wizard says saving is
    /// impossible and why, the header says "Non enregistré", quitting is refused once (the dossier only exists in
    /// memory), and saving is retried until the folder is back.
    @Test func chosenFolderVanishesThenComesBack() throws {
        let t = TmuxSession()
        let folder = t.home.appendingPathComponent("clé usb")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let draft = folder.appendingPathComponent("dossier.json")
        try FileManager.default.copyItem(
            at: TmuxSession.root.appendingPathComponent("Examples/partenamut-kinesitherapie.json"), to: draft)
        try t.start(["open", draft.path])
        try t.waitFor("Votre dossier")
        try FileManager.default.removeItem(at: folder)
        try t.keys("End")
        try t.type(" — modifié")
        try t.waitFor("Enregistrement impossible")
        let screen = try t.waitFor("⚠ Non enregistré")
        #expect(Self.collapsed(screen).contains("le dossier n'existe pas ou plus"), "\(screen)")
        #expect(!FileManager.default.fileExists(atPath: folder.path), "the folder is not created again")

        try t.keys("C-q")
        try t.waitFor("Recours reste ouvert et réessaie")
        #expect(t.exitStatus == nil, "quit although the dossier is not saved")

        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try t.waitFor("✓ Enregistré", timeout: 20)
        #expect(Self.json(draft).contains("— modifié"))
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.exitStatus == "EXIT:0")
        #expect(t.terminalRestored)
    }

    /// Still failing, a second Ctrl-Q quits, and says what was not saved.
    @Test func secondQuitWhileSavingFailsSaysWhatIsLost() throws {
        let t = TmuxSession()
        let folder = t.home.appendingPathComponent("amovible")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let draft = folder.appendingPathComponent("dossier.json")
        try FileManager.default.copyItem(
            at: TmuxSession.root.appendingPathComponent("Examples/caami-incapacite.json"), to: draft)
        try t.start(["open", draft.path])
        try t.waitFor("Votre dossier")
        try FileManager.default.removeItem(at: folder)
        try t.type("x")
        try t.waitFor("⚠ Non enregistré")
        try t.keys("C-q")
        try t.waitFor("Recours reste ouvert et réessaie")
        try t.keys("C-q")
        let screen = try t.waitFor("RECOURS-ENDED")
        #expect(screen.contains("les dernières modifications n'ont pas pu être enregistrées"), "\(screen)")
        #expect(t.terminalRestored)
    }

    /// A real full disk (a 128 KB tmpfs, where this machine lets the tests mount one): "le disque est plein", the
    /// draft on disk stays the old one byte for byte, no temporary file, and the save goes through once there is
    /// room again.
    @Test(.enabled(if: TestMount.available, "needs root and mount (tmpfs)"))
    func fullDiskThenRoomAgain() throws {
        let t = TmuxSession()
        let mount = try TestMount(at: t.home.appendingPathComponent("disque"), sizeKB: 128)
        defer { mount.remove() }
        let draft = mount.directory.appendingPathComponent("dossier.json")
        try FileManager.default.copyItem(
            at: TmuxSession.root.appendingPathComponent("Examples/partenamut-kinesitherapie.json"), to: draft)
        let before = try Data(contentsOf: draft)
        let filler = mount.directory.appendingPathComponent("remplissage")
        mount.fill(filler)
        try t.start(["open", draft.path])
        try t.waitFor("Votre dossier")
        try t.keys("End")
        try t.type(" — disque plein")
        let full = try t.waitFor("⚠ Non enregistré")
        #expect(Self.collapsed(full).contains("le disque est plein"), "\(full)")
        #expect(try Data(contentsOf: draft) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: mount.directory.path).sorted() == [
                "dossier.json", "remplissage",
            ])
        try FileManager.default.removeItem(at: filler)
        try t.waitFor("✓ Enregistré", timeout: 20)
        #expect(Self.json(draft).contains("— disque plein"))
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.exitStatus == "EXIT:0")
        #expect(t.terminalRestored)
    }

    /// A read-only disk (root ignores folder permissions, not a read-only mount).
    @Test(.enabled(if: TestMount.available, "needs root and mount (tmpfs)"))
    func readOnlyDiskThenWritableAgain() throws {
        let t = TmuxSession()
        let mount = try TestMount(at: t.home.appendingPathComponent("disque"), sizeKB: 256)
        defer { mount.remove() }
        let draft = mount.directory.appendingPathComponent("dossier.json")
        try FileManager.default.copyItem(
            at: TmuxSession.root.appendingPathComponent("Examples/identites-mutuelle-optique.json"), to: draft)
        let before = try Data(contentsOf: draft)
        try mount.remount(readOnly: true)
        try t.start(["open", draft.path])
        try t.waitFor("Votre dossier")
        try t.keys("End")
        try t.type(" — lecture seule")
        let readOnly = try t.waitFor("⚠ Non enregistré")
        #expect(Self.collapsed(readOnly).contains("le disque est en lecture seule"), "\(readOnly)")
        #expect(try Data(contentsOf: draft) == before)
        try mount.remount(readOnly: false)
        try t.waitFor("✓ Enregistré", timeout: 20)
        #expect(Self.json(draft).contains("— lecture seule"))
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)
    }

    // MARK: Leftovers

    /// Temporary files of saves cut short are removed when the wizard starts, in every mode: the drafts folder's,
    /// and the opened draft's own in its folder (not other files there).
    @Test(arguments: [["new"], ["open"], []])
    func startRemovesLeftoversOfInterruptedSaves(arguments: [String]) throws {
        let t = TmuxSession()
        try FileManager.default.createDirectory(at: t.draftsDirectory, withIntermediateDirectories: true)
        let elsewhere = t.home.appendingPathComponent("ailleurs")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let draft = elsewhere.appendingPathComponent("dossier.json")
        try FileManager.default.copyItem(
            at: TmuxSession.root.appendingPathComponent("Examples/caami-incapacite.json"), to: draft)
        let partial = "{\"schemaVersion\": 1, \"id\": \"coup"
        let inDrafts = t.draftsDirectory.appendingPathComponent(".abc.json.tmp-p4000001-12")
        let ofDraft = elsewhere.appendingPathComponent(".dossier.json.tmp-p4000002-34")
        let other = elsewhere.appendingPathComponent(".autre.json.tmp-p4000003-56")
        for url in [inDrafts, ofDraft, other] { try Data(partial.utf8).write(to: url) }
        try t.start(arguments == ["open"] ? ["open", draft.path] : arguments)
        try t.waitFor(arguments.isEmpty ? "Nouveau dossier" : "Votre dossier")
        #expect(!FileManager.default.fileExists(atPath: inDrafts.path))
        #expect(FileManager.default.fileExists(atPath: ofDraft.path) == (arguments != ["open"]))
        #expect(FileManager.default.fileExists(atPath: other.path), "another draft's file is left alone")
        try t.keys("C-q")
        try t.waitFor("RECOURS-ENDED")
        #expect(t.terminalRestored)
    }
}

/// A small tmpfs mounted for one test (root only), unmounted afterwards.
struct TestMount {
    let directory: URL

    static let available: Bool = {
        guard getuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("recours-probe-\(UUID().uuidString)")
        guard let mount = try? TestMount(at: probe, sizeKB: 64) else { return false }
        mount.remove()
        return true
    }()

    struct Failed: Error {}

    init(at directory: URL, sizeKB: Int) throws {
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard Self.run(["mount", "-t", "tmpfs", "-o", "size=\(sizeKB)k,mode=0700", "recours-test", directory.path])
        else {
            try? FileManager.default.removeItem(at: directory)
            throw Failed()
        }
    }

    func remount(readOnly: Bool) throws {
        guard Self.run(["mount", "-o", "remount,\(readOnly ? "ro" : "rw")", directory.path]) else { throw Failed() }
    }

    /// Fills the disk with one file.
    func fill(_ url: URL) {
        let fd = open(url.path, O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0x41, count: 4096)
        while write(fd, block, block.count) > 0 {}
        close(fd)
    }

    func remove() {
        _ = Self.run(["umount", "-l", directory.path])
        try? FileManager.default.removeItem(at: directory)
    }

    static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

extension TmuxSession {
    /// Starts `recours ARGS` from a script run by bash with job control (`set -m`), as from an interactive shell:
    /// the program is a job of its own; each time it stops, the script records the status and the terminal
    /// settings (`stopped-N`, `stty-stopped-N`), waits for the file `fg-N`, then runs `fg`.
    func startWithJobControl(_ arguments: [String], stops: Int = 2) throws {
        let home = self.home.path
        var script = """
            set -m
            stty -g > '\(home)/stty-before'
            '\(Self.binary.path)' \(arguments.map { "'\($0)'" }.joined(separator: " "))
            status=$?

            """
        for round in 1...stops {
            script += """
                if [ $status -eq 148 ]; then
                  echo "STOPPED:$status" > '\(home)/stopped-\(round)'; stty -g > '\(home)/stty-stopped-\(round)'
                  while [ ! -e '\(home)/fg-\(round)' ]; do sleep 0.05; done
                  fg; status=$?
                fi

                """
        }
        script += """
            echo "EXIT:$status" > '\(home)/exit-status'
            stty -g > '\(home)/stty-after'; echo RECOURS-ENDED; sleep 600

            """
        let file = self.home.appendingPathComponent("job-control.sh")
        try Data(script.utf8).write(to: file)
        let command =
            "env -u LANG -u LC_ALL -u LC_CTYPE HOME='\(home)' EDITOR=true VISUAL=true TERM=xterm-256color bash '\(file.path)'"
        try tmux(["new-session", "-d", "-s", "main", "-x", "80", "-y", "24", command])
        try tmux(["set", "-sg", "escape-time", "0"])
    }

    /// A file of the home folder, trimmed; nil when absent.
    func file(_ name: String) -> String? {
        (try? String(contentsOf: home.appendingPathComponent(name), encoding: .utf8))?.trimmingCharacters(
            in: .whitespacesAndNewlines)
    }
}
