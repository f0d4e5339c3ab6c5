import Foundation
import RecoursCore
import RecoursUI

/// Performs the effects the update asks for (files, child programs) and answers with events.
struct EffectRunner {
    let env: AppEnvironment

    func run(_ effect: Effect, screen: TerminalScreen?) -> Event? {
        switch effect {
        case .save(let dossier, let url):
            // `updatedAt` is the time of the last change, set by the update: a save that only records where the
            // user is (the resume point) does not make the draft look changed in the list.
            do {
                // The drafts folder is created (0700) when needed; a folder the user chose is left as it is.
                let inDraftsFolder =
                    url.deletingLastPathComponent().standardizedFileURL.path
                    == env.draftsDirectory.standardizedFileURL.path
                try DraftStore.save(dossier, to: url, makeFolderPrivate: inDraftsFolder)
                return .saved(.success(url.path))
            } catch {
                return .saved(.failure(SaveFailure(error.message)))
            }
        case .listDrafts:
            AtomicFile.removeLeftovers(in: env.draftsDirectory)
            let entries = DraftStore(directory: env.draftsDirectory).list().map { entry -> DraftListing in
                switch entry.result {
                case .success(let dossier): DraftListing(url: entry.url, dossier: dossier, error: nil)
                case .failure(let error): DraftListing(url: entry.url, dossier: nil, error: error.message)
                }
            }
            return .draftsListed(entries)
        case .open(let url):
            do {
                return .opened(DraftListing(url: url, dossier: try DraftStore.load(url), error: nil))
            } catch {
                return .opened(DraftListing(url: url, dossier: nil, error: error.message))
            }
        case .delete(let url):
            do {
                try FileManager.default.removeItem(at: url)
                return .deleted(.success(url.path))
            } catch {
                return .deleted(.failure(SaveFailure(Texts.text("status.deleteFailed", url.path))))
            }
        case .export(let text, let url, let overwrite):
            switch ExportPolicy.targetProblem(url, overwrite: overwrite) {
            case .exists(let path)?: return .exported(.failure(.fileExists(path: path)))
            case .directory(let path)?: return .exported(.failure(.failed(Texts.text("status.exportIsFolder", path))))
            case nil: break
            }
            do {
                try ExportFolder.prepareFolder(for: url)
                try AtomicFile.write(Data(text.utf8), to: url)
                return .exported(.success(url.path))
            } catch {
                return .exported(.failure(.failed(error.message)))
            }
        case .editExternally(let text):
            return editExternally(text, screen: screen)
        case .suspend, .quit:
            return nil  // the main loop's own: they change the loop, not the world
        }
    }

    /// Opens `$VISUAL`, `$EDITOR`, then nano, then vi on a private temporary file and reads it back.
    func editExternally(_ text: String, screen: TerminalScreen?) -> Event {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.filter { !$0.isEmpty }
        let editor = candidates.first ?? (Self.which("nano") ?? Self.which("vi") ?? "")
        guard !editor.isEmpty else {
            return .editorFinished(
                text: nil, error: Texts.text("status.editor.none"))
        }
        // A private folder (0700) and file (0600): the text is health data.
        var template = Array((NSTemporaryDirectory() + "/recours-XXXXXX").utf8CString)
        guard let dir = mkdtemp(&template).map({ String(cString: $0) }) else {
            return .editorFinished(text: nil, error: Texts.text("status.editor.noTemporaryFile"))
        }
        let file = URL(fileURLWithPath: dir).appendingPathComponent("texte.txt")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do {
            try AtomicFile.write(Data(text.utf8), to: file)
        } catch {
            return .editorFinished(text: nil, error: error.message)
        }
        screen?.suspend()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor variable may hold arguments ("code -w"): let the shell split it.
        process.arguments = ["-c", "\(editor) \"$1\"", "recours-editor", file.path]
        var failure: String?
        do {
            try process.run()
            Self.runInForeground(processGroup: process.processIdentifier) { process.waitUntilExit() }
            if process.terminationStatus != 0 {
                failure = Texts.text("status.editor.failed")
            }
        } catch {
            failure = Texts.text("status.editor.notStarted", editor)
        }
        screen?.resume()
        if let failure { return .editorFinished(text: nil, error: failure) }
        guard let data = try? Data(contentsOf: file) else {
            return .editorFinished(text: nil, error: Texts.text("status.editor.unreadable"))
        }
        var edited = String(decoding: data, as: UTF8.self)
        if edited.hasSuffix("\n") { edited.removeLast() }  // editors add a final newline
        return .editorFinished(text: edited, error: nil)
    }

    /// Foundation's `Process` starts the child in a process group of its own, which the terminal does not read
    /// for: an interactive editor (vi) was stopped by SIGTTOU at its first touch of the terminal, and Recours
    /// waited for it forever (found by hand; the end-to-end test's editor is a script that never reads the
    /// terminal). The child's group gets the terminal (and a SIGCONT, if it was stopped before), and Recours takes
    /// it back afterwards. Without a terminal (tests), nothing changes hands.
    static func runInForeground(processGroup: Int32, _ wait: () -> Void) {
        let terminal = STDIN_FILENO
        guard isatty(terminal) == 1, tcgetpgrp(terminal) == getpgrp() else { return wait() }
        // Taking the terminal back from the background sends SIGTTOU unless it is ignored.
        let previous = signal(SIGTTOU, SIG_IGN)
        defer { signal(SIGTTOU, previous) }
        _ = tcsetpgrp(terminal, processGroup)
        kill(-processGroup, SIGCONT)
        wait()
        _ = tcsetpgrp(terminal, getpgrp())
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
