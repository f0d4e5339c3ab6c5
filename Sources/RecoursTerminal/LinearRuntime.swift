import Foundation
import RecoursCore
import RecoursUI

/// The linear view's loop: print what the session says, read one line, run the effects. Output is only ever
/// appended (no curses, no escape sequence), so a screen reader, a braille display or a dumb terminal reads it as
/// it comes. Saves are made at once, before the next question (every answer is on disk when it is acknowledged).
public enum LinearRuntime {
    /// Runs until the user quits or the input ends; returns the exit status.
    public static func run(_ start: Runtime.Start, env: AppEnvironment, width: Int? = nil) -> Int32 {
        AtomicFile.removeLeftovers(in: env.draftsDirectory)
        if case .open(let url, _) = start { AtomicFile.removeLeftovers(of: url) }
        let width = width ?? terminalWidth()
        let runner = EffectRunner(env: env)

        let opened: (Dossier, URL, Bool)?
        switch start {
        case .newDossier:
            let draft = env.newDraft()
            opened = (draft.dossier, draft.url, true)
        case .open(let url, let dossier):
            opened = (dossier, url, false)
        case .home:
            opened = chooseDraft(runner: runner, env: env, width: width)
        }
        guard let (dossier, url, isNew) = opened else { return 0 }

        var (session, output) = LinearSession.start(dossier: dossier, url: url, isNew: isNew, env: env, width: width)
        while true {
            if perform(output, session: &session, runner: runner, env: env) { return 0 }
            guard let line = readLine(strippingNewline: true) else {
                _ = perform(session.endOfInput(), session: &session, runner: runner, env: env)
                return 0
            }
            output = session.answer(line, env: env)
        }
    }

    /// Prints the output and runs its effects, feeding their results back, until a prompt waits. True to quit.
    static func perform(
        _ output: LinearOutput, session: inout LinearSession, runner: EffectRunner, env: AppEnvironment
    ) -> Bool {
        var queue = [output]
        var prompt = ""
        var quit = false
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for line in next.lines { write(line + "\n") }
            if !next.prompt.isEmpty { prompt = next.prompt }
            for effect in next.effects {
                if effect == .quit {
                    quit = true
                    continue
                }
                if let event = runner.run(effect, screen: nil) { queue.append(session.handle(event, env: env)) }
            }
        }
        if quit { return true }
        // Typed answers are echoed by the terminal after the prompt; from a pipe nothing is, so the prompt ends
        // its own line.
        write(isatty(STDIN_FILENO) == 1 ? prompt : prompt + "\n")
        return false
    }

    /// The numbered list of drafts; nil when the input ends before a choice.
    static func chooseDraft(runner: EffectRunner, env: AppEnvironment, width: Int) -> (Dossier, URL, Bool)? {
        guard case .draftsListed(let drafts)? = runner.run(.listDrafts, screen: nil) else { return nil }
        for line in LinearHome.lines(drafts, env: env, width: width) { write(line + "\n") }
        while true {
            write(isatty(STDIN_FILENO) == 1 ? LinearHome.prompt : LinearHome.prompt + "\n")
            guard let line = readLine(strippingNewline: true) else { return nil }
            switch LinearHome.choice(line, drafts: drafts) {
            case .newDossier:
                let draft = env.newDraft()
                return (draft.dossier, draft.url, true)
            case .open(let url):
                guard case .opened(let listing)? = runner.run(.open(url), screen: nil), let dossier = listing.dossier
                else {
                    write(Texts.text("status.openFailed") + "\n")
                    continue
                }
                return (dossier, url, false)
            case .invalid(let message):
                write(message.oneLine() + "\n")
            }
        }
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The terminal's width when there is one, else `COLUMNS`, else 80.
    static func terminalWidth() -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }
}
