import Foundation
import Testing

/// A real terminal for end-to-end tests: a private tmux server (its own socket, no config), one pane
/// running the real `recours` binary. Tests poll the pane until the text they expect shows.
final class TmuxSession {
    let socket = "recours-e2e-\(UUID().uuidString.prefix(8))"
    let home: URL
    private(set) var started = false

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: URL {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map {
                URL(fileURLWithPath: $0)
            }
            ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("recours")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/recours")
    }

    private let ownsHome: Bool

    init() {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("recours-e2e-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        ownsHome = true
    }

    init(home: URL) {
        self.home = home
        ownsHome = false
        for name in ["exit-status", "stty-before", "stty-after"] {
            try? FileManager.default.removeItem(at: home.appendingPathComponent(name))
        }
    }

    deinit {
        _ = try? tmux(["kill-server"])
        if ownsHome { try? FileManager.default.removeItem(at: home) }
    }

    var draftsDirectory: URL { home.appendingPathComponent(".local/share/recours/drafts") }

    /// Runs a tmux client command with posix_spawn and waitpid. (Foundation's Process did not reap the
    /// client of `new-session` here, and a pipe would be inherited and held open by the server.)
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outputPath = home.appendingPathComponent(".tmux-out-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let out = arguments.first == "new-session" ? "/dev/null" : outputPath
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for arg in cArgs { free(arg) } }
        // The test runner's threads block most signals, and a spawned process inherits the mask: a tmux server
        // started with SIGCHLD, SIGTERM… blocked never ends (kill-server leaves it and its panes running, and a
        // closed pane never hangs up). Start it with no signal blocked and default actions.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArgs, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// Starts `recours ARGS` in an 80×24 pane with LANG unset (as in CI) and TERM set to `term`, inside a shell that records
    /// the terminal settings before and after, so that tests can check the terminal is restored.
    func start(
        _ arguments: [String], width: Int = 80, height: Int = 24, editor: String = "true",
        term: String = "xterm-256color"
    )
        throws
    {
        let args = arguments.map { "'\($0)'" }.joined(separator: " ")
        let script = """
            stty -g > '\(home.path)/stty-before'; \
            '\(Self.binary.path)' \(args); echo "EXIT:\\$?" > '\(home.path)/exit-status'; \
            stty -g > '\(home.path)/stty-after'; echo RECOURS-ENDED; sleep 600
            """
        let command =
            "env -u LANG -u LC_ALL -u LC_CTYPE HOME='\(home.path)' EDITOR='\(editor)' VISUAL='\(editor)' TERM=\(term) sh -c \"\(script.replacingOccurrences(of: "\"", with: "\\\""))\""
        try tmux(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", command])
        try tmux(["set", "-sg", "escape-time", "0"])
        started = true
    }

    func keys(_ names: String...) throws {
        try tmux(["send-keys", "-t", "main"] + names)
    }

    /// Types text literally, as a person (or a paste) would.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the pane until `text` shows (or the time is up), then until the screen is still for a moment, so
    /// that what is returned is not a capture taken in the middle of a repaint; returns the last screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> String
    {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) {
                for _ in 0..<40 {
                    Thread.sleep(forTimeInterval: 0.05)
                    let again = try screen()
                    if again == last { break }
                    last = again
                }
                if last.contains(text) { return last }
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("« \(text) » never showed. Last screen:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    func waitUntil(timeout: Double = 15, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// The pid of the recours process in the pane (a child of the pane's shell), from /proc.
    func recoursPID() throws -> Int32? {
        guard
            let shell = Int32(
                try tmux(["display", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            )
        else { return nil }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            let name = stat[stat.index(after: stat.firstIndex(of: "(")!)..<close]
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            if name == "recours", fields.count > 1, Int32(fields[1]) == shell { return pid }
        }
        return nil
    }

    var exitStatus: String? {
        (try? String(contentsOf: home.appendingPathComponent("exit-status"), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var terminalRestored: Bool {
        let before = try? String(contentsOf: home.appendingPathComponent("stty-before"), encoding: .utf8)
        let after = try? String(contentsOf: home.appendingPathComponent("stty-after"), encoding: .utf8)
        return before != nil && before == after
    }

    /// The letters the wizard exported: text files anywhere under the home folder (by default in
    /// `~/Documents/Recours` or `~/Recours`, under their readable names).
    func exportedLetters() -> [URL] {
        let enumerator = FileManager.default.enumerator(at: home, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "txt" }
    }

    func drafts() -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: draftsDirectory, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" }
    }
}
